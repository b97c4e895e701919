"""District names are translated fields, not pinyin in every language."""

import pytest
from django.utils import translation

from cms.models import NeighbourhoodPage, TalentApartmentPage
from tests.page_factories import (
    CityPageFactory,
    HousingIndexPageFactory,
    NeighbourhoodPageFactory,
    TalentApartmentPageFactory,
)


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "district"),
    [
        ("en", "<dd>Chaoyang</dd>"),
        ("zh-hans", "<dd>朝阳区</dd>"),
        ("ar", "<dd>تشاويانغ</dd>"),
        ("ru", "<dd>Чаоян</dd>"),
    ],
)
def test_a_districts_name_is_written_in_the_readers_language(client, language, district):
    place = NeighbourhoodPageFactory(
        parent=HousingIndexPageFactory(parent=CityPageFactory(title="Beijing")),
        title="Chaoyang: Sanlitun and the CBD",
        district="Chaoyang",
        district_zh_hans="朝阳区",
        district_ar="تشاويانغ",
        district_ru="Чаоян",
    )
    assert district in client.get(url_in(place, language)).content.decode()


@pytest.mark.django_db
def test_the_housing_list_names_a_talent_apartments_district_in_chinese(client):
    flat = TalentApartmentPageFactory(
        parent=HousingIndexPageFactory(parent=CityPageFactory(title="Shanghai")),
        title="Zhangjiang talent apartments",
        district="Pudong (Zhangjiang)",
        district_zh_hans="浦东新区（张江）",
    )
    housing = flat.get_parent()
    html = client.get(url_in(housing, "zh-hans")).content.decode()
    assert "浦东新区（张江）" in html
    assert "Pudong (Zhangjiang)" not in html


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
def test_every_demo_district_is_written_in_all_six_languages():
    """A guard of the demo content: every district it names, in every language."""
    for model in (NeighbourhoodPage, TalentApartmentPage):
        for page in model.objects.all():
            names = [
                page.district_en,
                page.district_zh_hans,
                page.district_ar,
                page.district_ru,
                page.district_es,
                page.district_fr,
            ]
            assert all(names), (page.slug, names)
            assert page.district_zh_hans != page.district_en, page.slug
