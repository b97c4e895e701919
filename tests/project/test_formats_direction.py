"""Right to left holds when text falls back to another language.

Only the untranslated text is marked `lang="en" dir="ltr"`; the labels,
buttons, dates and the page's own direction stay the reader's.
"""

import html5lib
import pytest
from django.utils import translation

from tests.factories import add_guide, opening, organisation
from tests.page_factories import (
    CityPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    TalentApartmentPageFactory,
    site,
    stream,
)

NS = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(autouse=True)
def english_while_building():
    """Factories write the active language's field: a request in Arabic must not leave it active."""
    with translation.override("en"):
        yield


@pytest.fixture
def beijing_guides(db):
    """Beijing's guide section and the pages above it, translated into Arabic as the demo's are."""
    home = site()
    home.title_ar, home.intro_ar = "بوابة المواهب", "العيش والعمل في بكين وشنغهاي وشنتشن."
    home.save_revision().publish()
    beijing = CityPageFactory(
        title="Beijing",
        title_ar="بكين",
        intro_ar="عاصمة الصين، وفيها أبرز جامعاتها.",
        why_city_ar="<p>جامعات ومعاهد أبحاث وشركات ناشئة.</p>",
    )
    return GuideIndexPageFactory(
        parent=beijing, title_ar="أدلة عملية", intro_ar="أدلة عملية للاستقرار."
    )


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return html5lib.parse(response.content, namespaceHTMLElements=True)


def with_parents(tree):
    """Each element with the nearest enclosing `lang` (the element's own first)."""

    def walk(element, lang):
        lang = element.get("lang", lang)
        yield element, lang
        for child in element:
            yield from walk(child, lang)

    return walk(tree, None)


def text(element):
    return "".join(element.itertext())


def language_of_text(tree, needle):
    """The language in force where `needle` appears (innermost element holding it)."""
    found = [lang for element, lang in with_parents(tree) if needle in (element.text or "")]
    assert found, f"{needle!r} not on the page"
    return found[-1]


def marked_english(tree):
    main = tree.find(f".//{NS}main")
    return [e for e in main.iter() if e.get("lang") == "en"]


@pytest.mark.django_db
def test_an_english_only_guide_marks_only_its_own_text_english_on_the_arabic_page(
    client, beijing_guides
):
    guide = add_guide(beijing_guides)
    tree = parse(client, guide.get_url().replace("/en/", "/ar/", 1))
    assert (tree.get("lang"), tree.get("dir")) == ("ar", "rtl")

    h1 = tree.find(f".//{NS}h1")
    assert (h1.get("lang"), h1.get("dir")) == ("en", "ltr")
    assert language_of_text(tree, "English text only.") == "en"
    assert language_of_text(tree, "Only written in English so far.") == "en"
    # The interface around the English text stays Arabic: the fallback notice,
    # the review date and the breadcrumb trail of translated sections.
    meta = next(p for p in tree.iter(f"{NS}p") if "meta" in (p.get("class") or "").split())
    assert language_of_text(tree, text(meta).strip()[:12]) == "ar"
    assert "مارس" not in text(meta) and "نوفمبر" in text(meta)
    crumbs = tree.find(f".//{NS}nav[@class='breadcrumbs container']")
    assert [a.get("lang") for a in crumbs.iter(f"{NS}a")] == [None] * len(
        list(crumbs.iter(f"{NS}a"))
    )
    assert crumbs.find(f".//{NS}span[@lang='en']") is not None
    main_content = tree.find(f".//{NS}div[@class='main-content']")
    assert main_content.get("lang") is None and main_content.get("dir") is None


@pytest.mark.django_db
def test_a_translated_guide_marks_nothing_english(client, beijing_guides):
    guide = GuidePageFactory(
        parent=beijing_guides,
        title_ar="الوصول والتسجيل",
        intro_ar="ما يجب معرفته أولاً.",
        body_ar=stream("أحضر جواز سفرك."),
    )
    assert guide.title_ar
    tree = parse(client, guide.get_url().replace("/en/", "/ar/", 1))
    assert marked_english(tree) == []


@pytest.mark.django_db
def test_an_english_only_opening_keeps_arabic_labels_around_its_english_text(client):
    CityPageFactory(title="Beijing")
    job = opening(organisation(), requirements_en="<p>Five years of robots.</p>")
    tree = parse(client, f"/ar/openings/{job.pk}/")
    h1 = tree.find(f".//{NS}h1")
    assert (h1.get("lang"), h1.get("dir")) == ("en", "ltr")
    assert language_of_text(tree, "Build robots.") == "en"
    assert language_of_text(tree, "Five years of robots.") == "en"
    labels = list(tree.iter(f"{NS}dt"))
    assert labels
    marked = {id(e) for e in marked_english(tree)}
    for element, lang in with_parents(tree):
        if element.tag == f"{NS}dt":
            assert lang == "ar", text(element)
            assert id(element) not in marked


@pytest.mark.django_db
def test_an_opening_written_in_arabic_is_marked_right_to_left_for_english_readers(client):
    CityPageFactory(title="Beijing")
    job = opening(
        organisation(),
        original_language="ar",
        title="مهندس أبحاث",
        title_en="",
        title_ar="مهندس أبحاث",
        description_en="",
        description_ar="<p>نبني الروبوتات.</p>",
    )
    tree = parse(client, f"/en/openings/{job.pk}/")
    h1 = tree.find(f".//{NS}h1")
    assert (h1.get("lang"), h1.get("dir")) == ("ar", "rtl")
    assert language_of_text(tree, "نبني الروبوتات.") == "ar"


@pytest.mark.django_db
def test_a_phone_number_keeps_its_order_in_arabic(client):
    flat = TalentApartmentPageFactory(contact="+86 21 5080 1234")
    html = client.get(flat.get_url().replace("/en/", "/ar/", 1)).content.decode()
    assert f"<bdi>{flat.contact_ar or flat.contact}</bdi>" in html
