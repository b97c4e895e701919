"""On PostgreSQL each search document keeps its stemmed words: a search reads them
through an index, ranks titles first, and follows every edit."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import add_guide
from tests.page_factories import CityPageFactory, GuideIndexPageFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="stored text-search vectors are PostgreSQL's"
    ),
]


def found_titles(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    pages = response.content.decode().split('id="search-pages-heading"', 1)[-1]
    return re.findall(r'<h3><a href="[^"]+"[^>]*>([^<]+)</a>', pages)


def body(text):
    return json.dumps([{"type": "text", "value": f"<p>{text}</p>"}])


@pytest.fixture
def guides(django_capture_on_commit_callbacks):
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    with django_capture_on_commit_callbacks(execute=True):
        # Says "ferries" in its text, many times; the other guide has it in its title.
        add_guide(
            section,
            title="Getting around",
            slug="around",
            body_en=body("Ferries, ferries and more ferries cross the river every hour."),
        )
        add_guide(
            section,
            title="The ferry to the islands",
            slug="ferry",
            title_ru="Паромы на острова",
            body_en=body("Tickets are sold at the pier."),
        )
    return section


def test_a_page_with_the_word_in_its_title_comes_first(client, guides):
    assert found_titles(client, "en", "ferries") == ["The ferry to the islands", "Getting around"]


def test_a_search_reads_each_documents_stored_words(client, guides):
    # Not Wagtail's index table, joined on a cast of the id, whose concatenated
    # title and body no index answers: the words stored in the documents' rows.
    with CaptureQueriesContext(connection) as queries:
        assert found_titles(client, "ru", "паромов") == ["Паромы на острова"]
    sql = "\n".join(query["sql"] for query in queries.captured_queries)
    assert "search_vector" in sql
    assert "wagtailsearch_indexentry" not in sql
    assert "to_tsvector" not in sql


def test_an_edited_page_is_found_by_its_new_words_and_no_longer_by_its_old(
    client, guides, django_capture_on_commit_callbacks
):
    ferry = guides.get_children().get(slug="ferry").specific
    ferry.body_en = body("Tickets are sold on board the hovercraft.")
    with django_capture_on_commit_callbacks(execute=True):
        ferry.save_revision().publish()
    assert found_titles(client, "en", "hovercraft") == ["The ferry to the islands"]
    assert found_titles(client, "en", "pier") == []
