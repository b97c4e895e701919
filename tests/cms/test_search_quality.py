"""Site search finds inflected words, groups openings, and shows the page's own words."""

import json
import re

import pytest
from django.db import connection
from django.utils import translation

from tests.factories import add_guide, opening, organisation
from tests.page_factories import CityPageFactory, GuideIndexPageFactory, VisaResourcePageFactory

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="per-language stemming is PostgreSQL's (SQLite matches whole words)",
)


def search(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def page_links(html):
    """The addresses of the pages found, in order."""
    return re.findall(r'<h3><a href="([^"]+)">', html.split('id="search-pages-heading"', 1)[-1])


@pytest.mark.django_db
@on_postgresql
@pytest.mark.usefixtures("demo_site")
def test_plural_and_singular_find_the_same_pages_in_english(client):
    """On the demo site's many pages that say "visa" or "visas"."""
    singular = page_links(search(client, "en", "visa"))
    plural = page_links(search(client, "en", "visas"))
    assert singular
    assert sorted(plural) == sorted(singular)


@pytest.mark.django_db
@on_postgresql
@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        # Forms the pages do not hold as such: the stemmer brings them to their root.
        ("ru", "чайными домами", "Чайные дома Пекина"),
        ("es", "teterías", "La tetería de Pekín"),
        ("fr", "salons", "Le salon de thé de Pékin"),
    ],
)
def test_an_inflected_word_finds_its_page(
    client, django_capture_on_commit_callbacks, language, query, title
):
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    code = language.replace("-", "_")
    with django_capture_on_commit_callbacks(execute=True):
        add_guide(section, title="Tea houses", slug="tea-houses", **{f"title_{code}": title})
    with translation.override(language):
        assert title in search(client, language, query)


@pytest.mark.django_db
def test_openings_appear_as_their_own_group_above_the_pages(
    client, django_capture_on_commit_callbacks
):
    # A page about visas, so the openings' group has another group below it.
    with django_capture_on_commit_callbacks(execute=True):
        VisaResourcePageFactory(title="Z visa", permit_type="visa-z")
    CityPageFactory(title="Shanghai")
    org = organisation("shanghai", name="Glacier Institute", name_en="Glacier Institute")
    opening(org, title="Visa officer", title_en="Visa officer")
    html = search(client, "en", "visa")
    group = html.split('id="search-openings-heading">', 1)[1]
    assert group.startswith("Openings</h2>")
    assert "Visa officer</a>" in group
    assert "Glacier Institute" in group
    assert html.index("Visa officer") < html.index('id="search-pages-heading"')

    in_russian = search(client, "ru", "visa")
    assert 'id="search-openings-heading">Вакансии</h2>' in in_russian


@pytest.mark.django_db
def test_an_opening_alone_is_found_and_links_to_the_listing(client):
    CityPageFactory(title="Beijing")
    org = organisation("beijing", name="Zephyrine Lab", name_en="Zephyrine Lab")
    job = opening(org, title="Glaciologist", title_en="Glaciologist")
    html = search(client, "en", "glaciologist")
    assert f'href="/en/openings/{job.pk}/">Glaciologist</a>' in html
    assert 'href="/en/openings/?q=glaciologist"' in html
    assert "No guide or information page matches" in html
    assert "Nothing found" not in html


BODY = [
    {"type": "heading", "value": {"text": "Before you travel", "level": "h2"}},
    {
        "type": "callout",
        "value": {"kind": "warning", "title": "Mind the queue", "text": "<p>Zebracorn forms.</p>"},
    },
    {"type": "text", "value": "<p>Bring your passport.</p>"},
]


@pytest.mark.django_db
def test_snippets_show_the_pages_words_never_block_names(
    client, django_capture_on_commit_callbacks
):
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    with django_capture_on_commit_callbacks(execute=True):
        add_guide(section, title="Queues", slug="queues", body_en=json.dumps(BODY))
    html = search(client, "en", "zebracorn")
    snippet = html.split(">Queues</a></h3>", 1)[1].split("</li>", 1)[0]
    assert "Before you travel" in snippet
    assert "Mind the queue" in snippet
    assert "Zebracorn forms." in snippet
    words = re.findall(r"\w+", snippet)
    assert "h2" not in words
    assert "warning" not in words


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize("language", ["en", "zh-hans", "ar", "ru", "es", "fr"])
def test_no_snippet_of_the_demo_site_shows_a_heading_level(client, language):
    """A guard of the demo content: its headings and callouts, in every language."""
    for query in ("visa", "签证", "تأشيرة", "виза", "visado", "visa"):
        html = search(client, language, query)
        snippets = re.findall(r"<p>(.*?)</p>", html, re.DOTALL)
        for snippet in snippets:
            assert not {"h2", "h3"} & set(re.findall(r"\w+", snippet)), snippet
