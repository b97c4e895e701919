"""Honest sources: what is labelled official, where facts come from, what is an estimate."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from cms.models import (
    CityPage,
    HousingIndexPage,
    NeighbourhoodPage,
    TalentApartmentPage,
    VisaIndexPage,
    VisaResourcePage,
)
from cms.sources import is_official

pytestmark = pytest.mark.usefixtures("demo_site")

# The label sits right after the source's class, so each source says which it is.
LABEL = re.compile(r'>\s*<span class="source-label"[^>]*>([^<]*)</span>')


def rendered(page, language="en"):
    # The request activates its language; the override restores ours afterwards.
    with translation.override(language):
        url = page.get_url()
        response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize(
    ("url", "official"),
    [
        ("https://english.beijing.gov.cn/livinginbeijing/", True),
        ("http://www.gov.cn/zhengce/", True),
        ("https://www.cscse.edu.cn/", True),
        ("https://www.bayarea.gov.hk/en/", True),
        ("https://notgov.cn/", False),
        ("https://gov.cn.example.com/", False),
        ("https://govt.chinadaily.com.cn/s/2023/guide.html", False),
        ("https://kaizencpa.com/cht/knowledge/info/id/2068.html", False),
    ],
)
def test_only_official_domains_count_as_official(url, official):
    assert is_official(url) is official


def test_the_official_list_is_configurable(settings):
    settings.OFFICIAL_SOURCE_DOMAINS = ["example.org"]
    assert is_official("https://www.example.org/notice")
    assert not is_official("https://www.gov.cn/")


@pytest.mark.django_db
def test_sources_are_labelled_official_or_other_and_look_different():
    page = VisaResourcePage.objects.get(slug="work-permit-class-a", depth=4)
    html = rendered(page)
    official = html.split('class="source source-official"')
    other = html.split('class="source source-other"')
    assert len(official) > 1 and len(other) > 1
    assert all(LABEL.match(chunk)[1] == "Official source:" for chunk in official[1:])
    assert all(LABEL.match(chunk)[1] == "Other source:" for chunk in other[1:])
    assert "kaizencpa.com" in other[1] or any(
        "kaizencpa.com" in c.split("</p>")[0] for c in other[1:]
    )
    assert "其他来源" in rendered(page, "zh-hans")


@pytest.mark.django_db
def test_national_visa_and_permit_pages_cite_no_home_pages():
    section = VisaIndexPage.objects.get(slug="visas-and-permits")
    for page in VisaResourcePage.objects.child_of(section):
        assert len(page.sources) > 0, page.slug
        for block in page.sources:
            path = urlsplit(block.value["url"]).path
            assert path.strip("/"), f"{page.slug} cites a home page: {block.value['url']}"


@pytest.mark.django_db
def test_every_page_that_states_facts_shows_sources_and_a_verified_date():
    fact_pages = [
        *VisaIndexPage.objects.all(),
        *CityPage.objects.all(),
        *HousingIndexPage.objects.all(),
        *VisaResourcePage.objects.all(),
        *NeighbourhoodPage.objects.all(),
        *TalentApartmentPage.objects.all(),
    ]
    assert len(fact_pages) > 20
    for page in fact_pages:
        html = rendered(page)
        assert 'id="sources-heading"' in html, page.url_path
        assert "Last verified on" in html, page.url_path
        assert 'class="source source-' in html, page.url_path


@pytest.mark.django_db
def test_a_section_without_a_checked_date_says_so_instead_of_inventing_one():
    city = CityPage.objects.get(slug="beijing")
    city.last_verified = None
    city.save_revision().publish()
    html = rendered(CityPage.objects.get(pk=city.pk))
    assert "have not been checked against their sources yet" in html
    assert "Last verified on" not in html


@pytest.mark.django_db
def test_unsourced_rents_sizes_and_commutes_are_labelled_indicative_estimates():
    place = NeighbourhoodPage.objects.get(slug="chaoyang-sanlitun-cbd")
    html = rendered(place)
    rent = html.split("Typical rent")[1].split("</dd>")[0]
    assert "indicative estimate" in rent
    commute = html.split('id="commute-heading"')[1].split("</section>")[0]
    assert "indicative estimate" in commute and "not measured" in commute

    flat = TalentApartmentPage.objects.get(slug="e-town-international-talent-apartments")
    html = rendered(flat)
    assert html.count('<span class="estimate-label">indicative estimate</span>') == 2
    assert "No current price list from the operator was found" in html
    assert "参考估算" in rendered(flat, "zh-hans")

    housing = HousingIndexPage.objects.get(pk=flat.get_parent().pk)
    assert "indicative estimate" in rendered(housing)

    # A range taken from a published report is shown as it is.
    sourced = TalentApartmentPage.objects.get(slug="songjiang-g60-talent-apartments")
    assert "indicative estimate" not in rendered(sourced).split("</dl>")[0]


@pytest.mark.django_db
def test_an_estimate_must_say_how_it_was_made():
    flat = TalentApartmentPage.objects.get(slug="e-town-international-talent-apartments")
    flat.estimate_method = ""
    with pytest.raises(ValidationError) as error:
        flat.full_clean()
    assert "estimate_method" in error.value.message_dict
    place = NeighbourhoodPage.objects.get(slug="shunyi")
    place.rent_note = ""
    with pytest.raises(ValidationError) as error:
        place.full_clean()
    assert "rent_note" in error.value.message_dict
