"""Phone numbers, web and e-mail addresses keep their order inside right-to-left text.

Written in rich text as plain text (not links), "0755-8812 1678" in an Arabic
paragraph would come out as "1678 8812-0755": each run is isolated in
`<bdi dir="ltr">` wherever rich text is shown.
"""

import re

import html5lib
import pytest
from django.utils import translation
from wagtail.models import Page

from talentportal.languages.isolate import isolate_runs
from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory

NS = "{http://www.w3.org/1999/xhtml}"
# Phone-like runs: digit groups joined by spaces or dashes, at least six digits.
PHONE_LIKE = re.compile(r"\+?\d[\d\- ]*[\- ]\d[\d\- ]*\d")
ISOLATING = {f"{NS}bdi", f"{NS}a", f"{NS}time", f"{NS}code"}


@pytest.mark.parametrize(
    ("html", "isolated"),
    [
        ("<p>اتصل على +86 10 1234 5678.</p>", ["+86 10 1234 5678"]),
        ("<p>للاستفسار 0755-8812 1678.</p>", ["0755-8812 1678"]),
        ("<p>(هاتف 021-2895 1900)</p>", ["021-2895 1900"]),
        (
            "<p>زوروا https://www.gov.cn/zhengce. أو اكتبوا إلى info@example.cn</p>",
            ["https://www.gov.cn/zhengce", "info@example.cn"],
        ),
        # An address ends before the sentence's full stop, never inside an entity.
        (
            "<p>راجع https://example.cn/a?x=1&amp;y=2&amp; الآن</p>",
            ["https://example.cn/a?x=1&amp;y=2&amp;"],
        ),
        # A single group of digits keeps its order anyway.
        ("<p>الخط الساخن 12345 منذ 2026</p>", []),
    ],
)
def test_runs_in_rich_text_are_isolated_left_to_right(html, isolated):
    result = isolate_runs(html)
    assert re.findall(r'<bdi dir="ltr">(.*?)</bdi>', result) == isolated
    assert re.sub(r"</?bdi[^>]*>", "", result) == html


def test_links_attributes_and_code_are_left_alone():
    html = (
        '<p><a href="tel:+861012345678">+86 10 1234 5678</a>'
        '<img alt="+86 10 1234 5678" src="/x.png"><code>10 1234 5678</code></p>'
    )
    assert isolate_runs(html) == html


def test_unsafe_text_is_escaped_before_runs_are_isolated():
    from django.template import Context, Template

    rendered = Template("{% load bidi_isolate %}{{ text|isolate_runs }}").render(
        Context({"text": "<script>x</script> 010 1234 5678"})
    )
    assert rendered == '&lt;script&gt;x&lt;/script&gt; <bdi dir="ltr">010 1234 5678</bdi>'


def arabic(page):
    with translation.override("ar"):
        return page.url


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize(
    ("slug", "number"),
    [
        ("shenzhen-work-and-residence-permits", "0755-8812 1678"),
        ("shanghai-single-window-work-and-residence-permits", "021-2895 1900"),
    ],
)
def test_a_phone_number_in_arabic_demo_text_is_isolated(client, slug, number):
    """A guard of the demo content: numbers its editors typed as plain text."""
    page = Page.objects.get(slug=slug)
    html = client.get(arabic(page)).content.decode()
    assert f'<bdi dir="ltr">{number}</bdi>' in html


@pytest.mark.django_db
def test_an_opening_description_isolates_its_phone_number(client):
    with translation.override("en"):
        CityPageFactory(title="Beijing")
        job = opening(
            organisation(),
            description_ar="<p>للاستفسار اتصلوا على 010-6512 3456.</p>",
        )
    html = client.get(f"/ar/openings/{job.pk}/").content.decode()
    assert '<bdi dir="ltr">010-6512 3456</bdi>' in html


def unisolated_runs(html):
    tree = html5lib.parse(html, namespaceHTMLElements=True)
    main = tree.find(f".//{NS}main")
    found = []

    def walk(element, isolated):
        isolated = isolated or element.tag in ISOLATING or element.get("dir") == "ltr"
        texts = [element.text or ""] if not isolated else []
        for child in element:
            walk(child, isolated)
            if not isolated:
                texts.append(child.tail or "")
        for text in texts:
            found.extend(m for m in PHONE_LIKE.findall(text) if sum(c.isdigit() for c in m) >= 6)

    walk(main, False)
    return found


@pytest.mark.django_db
def test_every_arabic_page_isolates_its_phone_numbers(client, pages):
    """A sweep: no phone-like run on any Arabic page is left to the text's direction."""
    problems = {}
    for page in pages:
        response = client.get(arabic(page))
        if response.status_code != 200:
            continue
        if runs := unisolated_runs(response.content.decode()):
            problems[arabic(page)] = runs
    assert problems == {}
