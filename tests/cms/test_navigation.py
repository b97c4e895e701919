"""Where a page sits: `city_of` and `cities_of` (cms/navigation.py), the one place that reads the tree for it."""

import pytest
from wagtail.models import Page

from cms.models import CityPage, GuidePage, HomePage, VisaResourcePage
from cms.navigation import cities_of, city_of
from tests.page_factories import (
    CityPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    VisaResourcePageFactory,
    small_site,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _site(db):
    """Pages of every type under Beijing and at national level, and a guide in each other city."""
    small_site()
    VisaResourcePageFactory(title="Residence permit")
    for name in ("Shanghai", "Shenzhen"):
        GuidePageFactory(parent=GuideIndexPageFactory(parent=CityPageFactory(title=name)))


def test_a_page_under_a_city_belongs_to_that_city_and_a_city_to_itself():
    beijing = CityPage.objects.get(slug="beijing")
    guide = GuidePage.objects.descendant_of(beijing).first()

    assert city_of(guide) == beijing
    assert city_of(beijing) == beijing


def test_home_and_the_national_visa_pages_belong_to_no_city():
    national = VisaResourcePage.objects.filter(url_path__startswith="/home/visas-and-permits/")

    assert city_of(HomePage.objects.get()) is None
    assert national.exists()
    assert all(city_of(page) is None for page in national)


def test_cities_of_gives_each_page_under_a_city_its_own_city_in_one_query(
    django_assert_num_queries,
):
    pages = list(Page.objects.filter(depth__gte=3).specific())
    expected = {page.pk: city_of(page) for page in pages}

    with django_assert_num_queries(1):
        found = cities_of(pages)

    assert found == {pk: city for pk, city in expected.items() if city is not None}
    assert {city.slug for city in found.values()} == {"beijing", "shanghai", "shenzhen"}
