"""A search costs the same number of queries however many kinds of page it finds,
and still marks the results not yet translated: the index knows their languages."""

import html5lib
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms import search
from tests.page_factories import (
    CityPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    StandardPageFactory,
    VisaIndexPageFactory,
    stream,
)

NS = "{http://www.w3.org/1999/xhtml}"


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def marked_titles(html):
    tree = html5lib.parse(html, namespaceHTMLElements=True)
    main = tree.find(f".//{NS}main")
    return {
        "".join(link.itertext()).strip(): link.get("lang")
        for heading in main.iter(f"{NS}h3")
        for link in heading.iter(f"{NS}a")
    }


@pytest.fixture
def nothing_kept(settings):
    """Each search built afresh: asked again, it would be kept (tests/caching/test_kept_searches.py)."""
    settings.CACHES = {
        **settings.CACHES,
        "kept_searches": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


@pytest.mark.django_db
@pytest.mark.usefixtures("nothing_kept")
def test_a_search_over_more_kinds_of_page_costs_no_more_queries(client):
    guides = GuideIndexPageFactory(title="Guides", intro="Tram timetables and more.")
    GuidePageFactory(parent=guides, title="Tram passes", body=stream("Buy a tram pass."))
    search.rebuild()
    client.get("/ar/search/?q=tram")  # the site's root paths are cached after the first request
    one_kind, html = queries_for(client, "/ar/search/?q=tram")
    assert len(marked_titles(html)) == 2

    with translation.override("en"):  # the request left Arabic active
        CityPageFactory(title="Tram city", intro="A city of trams and tram lines.")
        VisaIndexPageFactory(title="Visas", intro="Visas for tram drivers.")
        StandardPageFactory(title="The night tram", body=stream("The tram at night."))
        search.rebuild()
    client.get("/ar/search/?q=tram")
    four_kinds, html = queries_for(client, "/ar/search/?q=tram")

    titles = marked_titles(html)
    assert len(titles) == 5
    assert four_kinds == one_kind
    # Written in English only: each title found is marked English on the Arabic page.
    assert set(titles.values()) == {"en"}, titles
