"""Every demo page, in every language, as a reader gets it."""

import re

import pytest
from django.conf import settings
from django.utils import translation

from cms.models import (
    CityPage,
    GuideIndexPage,
    GuidePage,
    HomePage,
    HousingIndexPage,
    NeighbourhoodPage,
    TalentApartmentPage,
    VisaIndexPage,
    VisaResourcePage,
)
from tests.factories import add_guide

pytestmark = pytest.mark.usefixtures("demo_site")

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
PAGE_TYPES = [
    HomePage,
    CityPage,
    GuideIndexPage,
    GuidePage,
    VisaIndexPage,
    VisaResourcePage,
    HousingIndexPage,
    NeighbourhoodPage,
    TalentApartmentPage,
]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


@pytest.mark.django_db
def test_every_page_answers_in_every_language_with_one_h1(client, pages):
    assert len(pages) > 40
    for page in pages:
        for language in LANGUAGE_CODES:
            url = url_in(page, language)
            assert url.startswith(f"/{language}/")
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert html.count("<h1") == 1, url
            assert f'<html lang="{language}"' in html
            assert "None" not in re.sub(r"<[^>]+>", " ", html).split(), url


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_demo_pages_show_their_own_translation(client, language):
    city = CityPage.objects.get(slug="shanghai")
    response = client.get(url_in(city, language))
    html = response.content.decode()
    assert getattr(city, f"title_{language.replace('-', '_')}") in html
    assert "notice-untranslated" not in html


@pytest.mark.django_db
def test_arabic_is_right_to_left_and_others_are_not(client):
    home = HomePage.objects.get()
    assert '<html lang="ar" dir="rtl">' in client.get(url_in(home, "ar")).content.decode()
    for language in ("en", "zh-hans", "fr"):
        html = client.get(url_in(home, language)).content.decode()
        assert f'<html lang="{language}" dir="ltr">' in html


@pytest.mark.django_db
def test_untranslated_page_shows_english_with_a_translated_notice(client):
    section = GuideIndexPage.objects.get(slug="guides", url_path__startswith="/home/beijing/")
    guide = add_guide(section)
    response = client.get(url_in(guide, "fr"))
    html = response.content.decode()
    assert "English text only." in html
    assert "pas encore été traduite" in html
    assert 'lang="en"' in html
    english = client.get(url_in(guide, "en")).content.decode()
    assert "notice-untranslated" not in english


@pytest.mark.django_db
def test_head_names_every_language_version(client):
    guide = GuidePage.objects.live().first()
    html = client.get(url_in(guide, "ru")).content.decode()
    for language in LANGUAGE_CODES:
        expected = f'hreflang="{language}" href="http://127.0.0.1:8000{url_in(guide, language)}"'
        assert expected in html
    assert 'hreflang="x-default"' in html


@pytest.mark.django_db
def test_language_switcher_keeps_the_reader_on_the_same_page(client):
    guide = GuidePage.objects.live().first()
    html = client.get(url_in(guide, "en")).content.decode()
    assert f'href="{url_in(guide, "zh-hans")}" lang="zh-hans"' in html
    assert f'href="{url_in(guide, "ar")}" lang="ar"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_each_page_type_stays_within_twelve_queries(client, django_assert_max_num_queries, model):
    page = model.objects.live().first()
    url = url_in(page, "zh-hans")
    client.get(url)  # Site root paths are cached after the first request.
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_visa_page_shows_last_verified_date_and_sources(client):
    page = VisaResourcePage.objects.live().first()
    html = client.get(url_in(page, "en")).content.decode()
    assert "Last verified on" in html
    # Each source says whether it is official (cms/sources.py decides).
    assert 'class="source-label"' in html


@pytest.mark.django_db
def test_city_links_the_national_visa_pages(client):
    city = CityPage.objects.get(slug="shenzhen")
    html = client.get(url_in(city, "es")).content.decode()
    for resource in VisaResourcePage.objects.filter(
        url_path__startswith="/home/visas-and-permits/"
    ):
        assert url_in(resource, "es") in html


@pytest.mark.django_db
def test_unknown_page_is_a_translated_404(client):
    response = client.get("/zh-hans/no-such-page/")
    assert response.status_code == 404
    assert "找不到" in response.content.decode() or "不存在" in response.content.decode()
