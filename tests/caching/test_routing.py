"""Pages are found from what the worker remembers (talentportal/caching/routing.py), never wrongly."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from cms.models import CityPage, GuideIndexPage, HomePage
from talentportal.caching import routing, store
from tests.factories import add_guide
from tests.page_factories import (
    CityPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    PortalImageFactory,
)

pytestmark = pytest.mark.django_db
GUIDE = "/en/beijing/guides/arriving/"


@pytest.fixture(autouse=True)
def _pages(db):
    """Beijing with its guides and the GUIDE page, and Shanghai."""
    GuidePageFactory(
        parent=GuideIndexPageFactory(parent=CityPageFactory(title="Beijing")), title="Arriving"
    )
    CityPageFactory(title="Shanghai")


@pytest.fixture(autouse=True)
def _nothing_remembered():
    routing.forget()
    yield
    routing.forget()
    # Tests that change the site leave Wagtail's own copy of its root paths behind.
    Site.clear_site_root_paths_cache()


def _beijing_guides():
    return GuideIndexPage.objects.get(slug="guides", url_path__startswith="/home/beijing/")


def _heading(client, address):
    """The page's own title: the header lists the cities on every page."""
    html = client.get(address).content.decode()
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)


def _queries(client, address):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200, address
    return [query["sql"] for query in captured.captured_queries]


def test_a_page_read_before_is_found_without_walking_the_tree(client):
    first = _queries(client, GUIDE)
    again = _queries(client, GUIDE)
    # Wagtail's walk asks for each child by its slug; the site comes from a query too.
    assert any('"wagtailcore_page"."slug" =' in sql for sql in first)
    assert not any('"wagtailcore_page"."slug" =' in sql for sql in again)
    assert not any('FROM "wagtailcore_site"' in sql for sql in again)
    assert len(again) <= len(first) - 6


def test_an_unpublished_page_is_gone_at_once(client, committed):
    guide = add_guide(_beijing_guides(), title="Short-lived guide", slug="short-lived")
    address = "/en/beijing/guides/short-lived/"
    assert client.get(address).status_code == 200
    with committed():
        guide.unpublish()
    assert client.get(address).status_code == 404


def test_a_hint_is_checked_against_the_page_itself(client):
    guide = add_guide(_beijing_guides(), title="Short-lived guide", slug="short-lived")
    address = "/en/beijing/guides/short-lived/"
    assert client.get(address).status_code == 200
    # Not committed, so no new generation: the kept page goes with the worker's
    # copies; the remembered route is then checked against the page itself.
    guide.unpublish()
    routing._pages.__init__()
    assert client.get(address).status_code == 404


def test_a_renamed_page_answers_at_its_new_address_only(client, committed):
    guide = add_guide(_beijing_guides(), title="Renamed guide", slug="old-name")
    assert client.get("/en/beijing/guides/old-name/").status_code == 200
    guide.slug = "new-name"
    with committed():
        guide.save_revision().publish()
    assert client.get("/en/beijing/guides/old-name/").status_code in (301, 404)
    response = client.get("/en/beijing/guides/new-name/")
    assert response.status_code == 200
    assert "Renamed guide" in response.content.decode()


def test_a_new_page_at_a_remembered_address_is_the_one_served(client, committed):
    first = add_guide(_beijing_guides(), title="First occupant", slug="occupied")
    assert "First occupant" in client.get("/en/beijing/guides/occupied/").content.decode()
    with committed():
        first.delete()
        add_guide(_beijing_guides(), title="Second occupant", slug="occupied")
    html = client.get("/en/beijing/guides/occupied/").content.decode()
    assert "Second occupant" in html
    assert "First occupant" not in html


def test_a_changed_site_is_seen_by_this_worker_at_once(client):
    assert client.get("/en/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.root_page = CityPage.objects.get(slug="shanghai")
    site.save()
    assert CityPage.objects.get(slug="shanghai").title in _heading(client, "/en/")
    assert client.get("/en/shanghai/").status_code == 404


def test_a_site_changed_by_another_worker_is_seen_with_the_next_generation(client):
    shanghai = CityPage.objects.get(slug="shanghai")
    assert shanghai.title not in _heading(client, "/en/")
    # Another worker's change: no signal in this process, only the new generation.
    Site.objects.filter(is_default_site=True).update(root_page=shanghai)
    store.new_generation()
    assert shanghai.title in _heading(client, "/en/")


def test_pages_are_served_while_the_shared_cache_is_down(client, monkeypatch):
    monkeypatch.setattr(store, "current_generation", lambda: store.UNAVAILABLE)
    monkeypatch.setattr(routing, "current_generation", lambda: store.UNAVAILABLE)
    assert HomePage.objects.get().title in client.get("/en/").content.decode()
    assert client.get(GUIDE).status_code == 200
    assert client.get(GUIDE).status_code == 200


def test_a_page_type_with_its_own_routing_turns_the_hints_off(client, monkeypatch):
    monkeypatch.setattr(
        HomePage, "route", lambda self, request, parts: Page.route(self, request, parts)
    )
    routing._plain_routing.cache_clear()
    try:
        _queries(client, GUIDE)
        again = _queries(client, GUIDE)
        # Wagtail's own walk: beijing, guides, arriving.
        assert sum('"wagtailcore_page"."slug" =' in sql for sql in again) == 3
    finally:
        monkeypatch.undo()
        routing._plain_routing.cache_clear()


def test_a_remembered_page_reads_its_hero_image_in_the_same_query(client):
    """The hero picture and the share image need the image: not one more query on every miss."""
    city = CityPage.objects.get(slug="shanghai")
    city.hero_image = PortalImageFactory()
    city.save_revision().publish()
    _queries(client, "/en/shanghai/")
    again = _queries(client, "/en/shanghai/")
    assert not any(sql.lstrip().startswith('SELECT "cms_portalimage"') for sql in again)
    assert 'property="og:image"' in client.get("/en/shanghai/").content.decode()


def test_a_page_read_before_in_this_generation_costs_no_query_to_find_or_guard(client):
    """Kept with its view restrictions until the next generation, which any change starts."""
    _queries(client, GUIDE)
    again = _queries(client, GUIDE)
    assert not any('FROM "wagtailcore_page"' in sql for sql in again)
    assert not any('FROM "wagtailcore_pageviewrestriction"' in sql for sql in again)


def test_a_section_made_private_guards_a_kept_page_at_once(client, committed):
    assert client.get(GUIDE).status_code == 200
    with committed():
        PageViewRestriction.objects.create(
            page=_beijing_guides(), restriction_type=PageViewRestriction.LOGIN
        )
    response = client.get(GUIDE)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
