"""The national guides: reachable from the home page, in six languages, with their sources."""

import pytest
from django.test import Client
from django.utils import translation

from cms.models import GuideIndexPage, GuidePage, HomePage

pytestmark = pytest.mark.usefixtures("demo_site")

LANGUAGES = ["en", "zh-hans", "ar", "ru", "es", "fr"]


def get(page, language):
    # The request activates its language; the override restores ours afterwards.
    with translation.override(language):
        url = page.get_url()
        response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_home_links_the_national_guides_in_every_language(language):
    section = GuideIndexPage.objects.child_of(HomePage.objects.get()).get()
    with translation.override(language):
        url = section.get_url()
    assert f'href="{url}"' in get(HomePage.objects.get(), language)
    assert "emergency-numbers" in get(section, language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_emergency_numbers_guide_lists_the_four_numbers_and_its_sources(language):
    page = GuidePage.objects.get(slug="emergency-numbers")
    html = get(page, language)
    for number in ("110", "119", "120", "122", "12110", "12367"):
        assert f">{number}<" in html or f"<b>{number}</b>" in html, number
    assert html.count('class="source source-other"') == 4


@pytest.mark.django_db
def test_visa_free_guide_says_it_never_allows_work_and_dates_the_transit_figures():
    page = GuidePage.objects.get(slug="visa-free-and-transit-entry")
    html = get(page, "en")
    assert "It never allows you to work" in html
    assert "<b>240 hours (10 days)</b>" in html and "published in December 2024" in html
    assert "at least <b>7 days</b> before" in html
    # The Beijing rule is cited from the city government: an official source.
    official = html.split('class="source source-official"')[1]
    assert "english.beijing.gov.cn" in official.split("</p>")[0]
    assert "不允许工作" in get(page, "zh-hans")


@pytest.mark.django_db
def test_permanent_residence_guide_gives_dated_fees_and_says_where_sources_differ():
    page = GuidePage.objects.get(slug="permanent-residence")
    html = get(page, "en")
    assert "<b>RMB 1,500</b>" in html and "in 2017" in html
    assert "We could not check it against an official text" in html
    assert "english.ah.gov.cn" in html.split('class="source source-official"')[1]
    assert "<b>1500元</b>" in get(page, "zh-hans")
