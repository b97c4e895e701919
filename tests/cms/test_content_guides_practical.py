"""The practical guides: driving licence, pets, labour rights, learning Chinese, Hong Kong.

The demo is seeded once for the test session (tests/conftest.py). Each guide is
read as a reader gets it in all six languages: the page answers, has one heading
that is its own title, cites every source of its file with the label the official
list gives it and the day it was checked, and states its key facts.
"""

import datetime
import html
import re

import pytest
import yaml
from django.conf import settings
from django.test import Client
from django.utils import translation

from cms.demo.content import CONTENT_DIR
from cms.models import GuideIndexPage, GuidePage
from cms.sources import is_official
from talentportal.languages.formats import format_day

pytestmark = pytest.mark.usefixtures("demo_site")

LANGUAGES = [code for code, _name in settings.LANGUAGES]
FILES = {
    "driving-licence": "living-in-china/driving-licence.yaml",
    "bringing-a-pet": "living-in-china/bringing-a-pet.yaml",
    "labour-rights-and-12333": "living-in-china/labour-rights-and-12333.yaml",
    "learning-chinese": "living-in-china/learning-chinese.yaml",
    "crossing-to-hong-kong": "shenzhen/guides/crossing-to-hong-kong.yaml",
}
# Facts every language states, written the same way in each (figures, names, numbers).
KEY_FACTS = {
    "driving-licence": ["<b>100", "<b>90", "12122"],
    "bringing-a-pet": ["11784", "0.5|0,5", "30", "深圳市养犬服务"],
    "labour-rights-and-12333": ["12333", "150", "200", "300", "<b>80", "36"],
    "learning-chinese": ["HSK 3.0", "2026", "<b>5"],
    "crossing-to-hong-kong": ["6:30|6 h 30", "22:30|22 h 30", "2024"],
}
CASES = [(slug, language) for slug in FILES for language in LANGUAGES]


def content(slug):
    return yaml.safe_load((CONTENT_DIR / FILES[slug]).read_text("utf-8"))


def read(page, language):
    # The request activates its language; the override restores ours afterwards.
    with translation.override(language):
        url = page.get_url()
        response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(markup):
    return html.unescape(re.sub(r"<[^>]+>", "", markup)).strip()


def source_paragraphs(page):
    return re.findall(r'<p class="source source-(\w+)">(.*?)</p>', page, re.S)


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "language"), CASES)
def test_guide_reads_with_its_title_dated_sources_and_key_facts(slug, language):
    data = content(slug)
    page = read(GuidePage.objects.get(slug=slug), language)

    headings = re.findall(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert len(headings) == 1
    assert text_of(headings[0]) == data["title"][language]

    cited = [b["value"] for b in data["body"][language] if b["type"] == "source"]
    shown = source_paragraphs(page)
    assert len(shown) == len(cited) >= 3
    with translation.override(language):
        for source, (kind, markup) in zip(cited, shown, strict=True):
            assert f'href="{source["url"]}"'.replace("&", "&amp;") in markup
            assert kind == ("official" if is_official(source["url"]) else "other")
            label = "Official source:" if kind == "official" else "Other source:"
            assert re.search(
                rf'<span class="source-label"[^>]*>{re.escape(translation.gettext(label))}</span>',
                markup,
            )
            day = datetime.date.fromisoformat(source["verified_on"])
            assert format_day(day) in html.unescape(markup)

    for fact in KEY_FACTS[slug]:
        assert any(option in page for option in fact.split("|")), (slug, language, fact)


@pytest.mark.django_db
def test_official_bodies_are_labelled_official_and_the_rest_other():
    driving = read(GuidePage.objects.get(slug="driving-licence"), "en")
    kinds = {kind for kind, markup in source_paragraphs(driving) if "wuhu.gov.cn" in markup}
    assert kinds == {"official"}
    kinds = {kind for kind, markup in source_paragraphs(driving) if "angloinfo.com" in markup}
    assert kinds == {"other"}
    # The HSK is run for the Ministry of Education: its site counts as official.
    learning = read(GuidePage.objects.get(slug="learning-chinese"), "fr")
    official = [markup for kind, markup in source_paragraphs(learning) if kind == "official"]
    assert any("chinesetest.cn" in markup for markup in official)
    assert "Source officielle\u00a0:" in learning


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sections_list_the_new_guides(language):
    national = GuidePage.objects.get(slug="driving-licence").get_parent()
    listing = read(national, language)
    for slug in (
        "driving-licence",
        "bringing-a-pet",
        "labour-rights-and-12333",
        "learning-chinese",
    ):
        with translation.override(language):
            url = GuidePage.objects.get(slug=slug).get_url()
        assert f'href="{url}"' in listing, slug
    # The Shenzhen guides index promised a Hong Kong crossing guide; it now leads to one.
    shenzhen = GuideIndexPage.objects.get(
        pk=GuidePage.objects.get(slug="crossing-to-hong-kong").get_parent().pk
    )
    with translation.override(language):
        url = GuidePage.objects.get(slug="crossing-to-hong-kong").get_url()
    assert f'href="{url}"' in read(shenzhen, language)


@pytest.mark.django_db
def test_the_crossing_guide_says_what_brings_a_resident_back_and_that_hours_change():
    page = read(GuidePage.objects.get(slug="crossing-to-hong-kong"), "en")
    assert "A valid residence permit in your passport" in page
    assert "It is single-entry: leaving uses it up" in page
    assert "is for Chinese citizens" in page
    assert "The hours above come from reports of 2023 and 2024" in page
    assert "往返深圳与香港" in read(GuidePage.objects.get(slug="crossing-to-hong-kong"), "zh-hans")
