"""The results of a site search are kept until the next content change or opening deadline.

Readers ask the same things ("visa", "housing"): a search asked again since
the last change runs none of its queries. These tests read as a signed-in
reader, whom the full-page cache never serves.
"""

from datetime import timedelta

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import add_guide, opening, organisation, verified_user
from tests.page_factories import CityPageFactory, GuideIndexPageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client):
    client.force_login(verified_user())
    return client


@pytest.fixture
def guides(committed):
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    with committed():
        add_guide(section, title="Ferry timetables", slug="timetables")
    return section


def _main(html: str) -> str:
    return html.split("<main ", 1)[1].split("</main>", 1)[0]


def _search(reader, lang, query, **params):
    response = reader.get(f"/{lang}/search/", {"q": query, **params})
    assert response.status_code == 200
    return _main(response.content.decode())


def test_a_search_asked_again_runs_none_of_its_queries_until_a_publish_shows_the_new_page(
    reader, guides, committed
):
    for lang in LANGUAGES:
        first = _search(reader, lang, "ferry")
        assert "Ferry timetables" in first, lang
        with CaptureQueriesContext(connection) as queries:
            again = _search(reader, lang, "ferry")
        assert again == first, lang
        asked = "\n".join(query["sql"] for query in queries.captured_queries)
        assert "cms_searchdocument" not in asked, lang
        assert "openings_opening" not in asked, lang

    with committed():
        add_guide(guides, title="Ferry fares", slug="fares")
    for lang in LANGUAGES:
        assert "Ferry fares" in _search(reader, lang, "ferry"), lang


def test_each_page_of_results_and_each_query_is_kept_apart(reader, committed, settings):
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    with committed():
        for n in range(21):  # one more than a page of results
            add_guide(section, title=f"Ferry pier {n}", slug=f"pier-{n}")
    first, second = _search(reader, "en", "ferry"), _search(reader, "en", "ferry", page="2")
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in second
    assert "Nothing found for “trams”" in _search(reader, "en", "trams")


def test_a_published_opening_shows_in_a_kept_search_at_once(reader, guides, committed):
    employer = organisation()
    # Closes first: the new opening leaves the next deadline as it was.
    opening(employer, title_en="Tram Driver", deadline=timezone.now() + timedelta(days=2))
    assert 'id="search-openings-heading"' not in _search(reader, "en", "ferry")
    with committed():
        opening(employer, title_en="Ferry Engineer", deadline=timezone.now() + timedelta(days=20))
    assert "Ferry Engineer" in _search(reader, "en", "ferry")


def test_an_opening_leaves_a_kept_search_when_its_deadline_passes(reader, guides):
    # Sooner than kept results would expire by themselves.
    deadline = timezone.now() + timedelta(minutes=3)
    opening(organisation(), title_en="Ferry Pilot", deadline=deadline)
    assert "Ferry Pilot" in _search(reader, "en", "ferry")
    assert "Ferry Pilot" in _search(reader, "en", "ferry")

    with time_machine.travel(deadline + timedelta(minutes=1)):
        assert "Ferry Pilot" not in _search(reader, "en", "ferry")


def test_a_flood_of_searches_and_listing_pages_leaves_the_kept_page_bodies_alone(
    reader, guides, settings
):
    """What readers type, and the cards of every opening, are kept apart from the pages' parts."""
    small = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    settings.CACHES = {
        **settings.CACHES,
        **{
            alias: {**small, "LOCATION": f"flood-{alias}", "OPTIONS": {"MAX_ENTRIES": 30}}
            for alias in ("template_fragments", "kept_searches", "kept_cards")
        },
    }
    employer = organisation()
    for n in range(41):  # three pages of cards
        opening(employer, title_en=f"Deckhand {n}")
    guide = guides.get_children().get(slug="timetables").specific
    built = {t.name for t in reader.get(guide.url).templates}
    kept = {t.name for t in reader.get(guide.url).templates}
    assert kept < built
    for n in range(40):
        _search(reader, "en", f"ferry {n}")
        assert reader.get("/en/openings/", {"q": f"ferry{n}"}).status_code == 200
    for page in (1, 2, 3):
        assert "Deckhand" in reader.get("/en/openings/", {"page": page}).content.decode()
    assert {t.name for t in reader.get(guide.url).templates} == kept
