"""The national guides on tax, social insurance, family, changing employer and leaving China.

Each guide is read as a reader gets it, in all six languages: the page answers as
conforming HTML, has one heading of its own title, cites every source of its file with the day it
was checked, states its key figures, and every link it makes to another page of
the site leads somewhere.
"""

import html
import re

import html5lib
import pytest
import yaml
from django.conf import settings
from django.test import Client
from django.utils import translation

from cms.demo.content import CONTENT_DIR
from cms.models import GuidePage

pytestmark = pytest.mark.usefixtures("demo_site")

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Figures each guide states in every language: a reader of any language gets the same facts.
KEY_FACTS = {
    "individual-income-tax": ["183", "30", "24", "2027", "12366", "400"],
    "social-insurance": ["2011", "30", "2019", "11", "12345"],
    "family-and-dependants": ["S1", "S2", "24", "30", "10", "18", "70"],
    "changing-employer": ["10", "12367", "注销证明"],
    "leaving-china": ["10", "注销证明"],
}


def guide_file(slug):
    return yaml.safe_load((CONTENT_DIR / "living-in-china" / f"{slug}.yaml").read_text("utf-8"))


def read(slug, language):
    page = GuidePage.objects.get(slug=slug)
    with translation.override(language):
        url = page.get_url()
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(markup):
    return html.unescape(re.sub(r"<[^>]+>", "", markup)).strip()


CASES = [(slug, language) for slug in KEY_FACTS for language in LANGUAGES]


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "language"), CASES)
def test_guide_reads_in_every_language_with_its_title_sources_and_figures(slug, language):
    page = read(slug, language)
    data = guide_file(slug)
    # Conforming HTML: a strict parser raises on the first error.
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)

    headings = re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert len(headings) == 1
    assert text_of(headings[0]) == data["title"][language]

    sources = [b["value"] for b in data["body"][language] if b["type"] == "source"]
    for source in sources:
        assert f'href="{source["url"]}"' in page.replace("&amp;", "&"), source["url"]
    checked = re.findall(r'<span class="verified"[^>]*>(.*?)</span>', page, re.S)
    assert len(checked) == len(sources) and all("2026" in text_of(c) for c in checked)

    body = text_of(page.split("<h1", 1)[1])
    for fact in KEY_FACTS[slug]:
        assert fact in body, fact


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "language"), CASES)
def test_every_link_to_another_page_of_the_site_answers(slug, language):
    page = read(slug, language)
    article = page.split("<h1", 1)[1].split("</main>", 1)[0]
    for href in re.findall(r'href="(/[^"#]*)', article):
        assert Client().get(href).status_code == 200, href


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_tax_guide_gives_the_day_rules_and_the_dated_end_of_the_allowances(language):
    page = text_of(read("individual-income-tax", language).split("<h1", 1)[1])
    end_of_allowances = {
        "en": "31 December 2027",
        "zh-hans": "2027年12月31日",
        "ar": "31 ديسمبر 2027",
        "ru": "31 декабря 2027 года",
        "es": "31 de diciembre de 2027",
        "fr": "31 décembre 2027",
    }
    assert end_of_allowances[language] in page
    assert "汇算清缴" in page
    assert "60,000" in page or "60 000" in page or "6万" in page


def official_and_other(page):
    """The addresses cited as official sources, and those cited as other sources."""
    labelled = re.findall(r'class="source source-(official|other)".*?<a href="([^"]+)"', page, re.S)
    return (
        {url for kind, url in labelled if kind == "official"},
        {url for kind, url in labelled if kind == "other"},
    )


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_national_guides_index_lists_the_new_guides(language):
    page = GuidePage.objects.get(slug="individual-income-tax").get_parent()
    with translation.override(language):
        url = page.get_url()
    index = Client().get(url).content.decode()
    for slug in KEY_FACTS:
        assert f"/{language}/living-in-china/{slug}/" in index, slug


@pytest.mark.django_db
def test_social_insurance_guide_gives_both_choices_on_leaving_and_labels_its_sources():
    page = read("social-insurance", "en")
    assert "<b>Keep the account.</b>" in page and "<b>Close it and take the money.</b>" in page
    assert "in force since 15 October 2011" in page
    official, other = official_and_other(page)
    assert any("rsj.beijing.gov.cn" in url for url in official)
    # The report that Shanghai never enforced enrolment is a law firm's, and shown as such.
    assert any("morganlewis.com" in url for url in other)
    zh = read("social-insurance", "zh-hans")
    assert "一次性支付给您本人" in zh and "缴费年限累计计算" in zh


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_family_guide_points_to_each_citys_school_guide(language):
    page = read("family-and-dependants", language)
    for city in ("beijing", "shanghai", "shenzhen"):
        assert f'href="/{language}/{city}/guides/schools/"' in page, city
    assert f'href="/{language}/visas-and-permits/s-visa/"' in page


@pytest.mark.django_db
def test_family_guide_says_a_spouse_needs_a_work_permit_of_their_own():
    assert "Not on a family residence permit" in read("family-and-dependants", "en")
    assert "持家庭事由的居留许可不可以工作" in read("family-and-dependants", "zh-hans")


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_changing_employer_guide_links_the_national_permit_pages(language):
    page = read("changing-employer", language)
    for slug in (
        "work-permit-class-a",
        "work-permit-class-b",
        "work-permit-class-c",
        "residence-permit",
    ):
        assert f'href="/{language}/visas-and-permits/{slug}/"' in page, slug
    working_days = {
        "en": "10 working days",
        "zh-hans": "10个工作日",
        "ar": "10 أيام عمل",
        "ru": "10 рабочих дней",
        "es": "10 días hábiles",
        "fr": "10 jours ouvrés",
    }
    assert working_days[language] in text_of(page)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_leaving_china_guide_sends_readers_to_the_tax_and_social_insurance_guides(language):
    page = read("leaving-china", language)
    for slug in ("individual-income-tax", "social-insurance"):
        assert f'href="/{language}/living-in-china/{slug}/"' in page, slug
