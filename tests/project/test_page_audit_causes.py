"""The causes of what the page audit (tests/browser/test_page_audit.py) found, each
checked without a browser: rich text shown as escaped tags, an attribute written
twice, the header's search box stretched on account pages, two landmarks with one
name, and links in table cells closer than 24 px."""

import re
from pathlib import Path

import html5lib
import pytest
from django.utils import translation

from cms.models import VisaResourcePage
from tests import factories
from tests.cms.test_pages import PAGE_TYPES
from tests.page_factories import CityPageFactory, small_site

ROOT = Path(__file__).resolve().parents[2]
STYLESHEET = (ROOT / "static" / "css" / "site.css").read_text()
RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def rules():
    """(selectors, declarations) of every rule in the stylesheet, comments removed."""
    css = re.sub(r"/\*.*?\*/", "", STYLESHEET, flags=re.S)
    return [
        ([s.strip() for s in selectors.split(",")], body) for selectors, body in RULE.findall(css)
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_rich_text_reaches_the_reader_as_html_not_as_escaped_tags(client, language):
    pages = small_site()  # Its rich text has paragraphs and links.
    # The visa pages are written in Arabic too, as the demo's are: their rich text is the reader's.
    for visa in (pages["visa"], pages["local_visa"]):
        visa.title_ar = "تصريح العمل"
        visa.who_for_ar = "المهنيون الذين لديهم عرض عمل."
        visa.eligibility_ar = "<p>شهادة جامعية وسنتان من الخبرة.</p>"
        visa.save_revision().publish()
    for model in PAGE_TYPES:
        page = model.objects.live().first()
        with translation.override(language):
            url = page.get_url()
        html = client.get(url).content.decode()
        assert "&lt;p&gt;" not in html and "&lt;a href" not in html, url
    with translation.override(language):
        url = VisaResourcePage.objects.live().first().get_url()
    assert '<div class="rich-text"><p>' in client.get(url).content.decode()


@pytest.mark.django_db
def test_a_description_shown_in_english_on_an_arabic_page_says_its_direction_once(client):
    CityPageFactory(title="Beijing")
    organisation = factories.organisation(
        slug="desc-fallback", description_en="We build robots.", description_ar=""
    )
    response = client.get(f"/ar/organisations/{organisation.slug}/")
    html = response.content.decode()
    # html5lib's strict parser refuses an attribute written twice.
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(html)
    assert '<div lang="en" dir="ltr"><p>We build robots.</p></div>' in html
    english = client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    assert '<div dir="auto"><p>We build robots.</p></div>' in english


def test_account_pages_size_their_own_fields_not_the_header_search_box():
    for selectors, body in rules():
        if "inline-size: 100%" not in body:
            continue
        for selector in selectors:
            if re.match(r"\.account-page\b", selector) and re.search(
                r"(^|\s)(input|select|textarea)\b", selector
            ):
                assert " main " in f" {selector} ", selector


def test_no_scrolling_table_region_shares_its_sections_name():
    for template in (ROOT / "templates").rglob("*.html"):
        text = template.read_text()
        sections = set(re.findall(r'<section[^>]*aria-labelledby="([^"]+)"', text))
        regions = set(re.findall(r'role="region"[^>]*aria-labelledby="([^"]+)"', text))
        assert not sections & regions, template


def test_links_in_table_cells_are_24px_targets():
    declarations = [body for selectors, body in rules() if "td a:not(.button)" in selectors]
    assert declarations and "min-block-size: 24px" in declarations[0]
    assert "display: inline-block" in declarations[0]
