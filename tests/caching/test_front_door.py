"""The WSGI application production runs: stored pages answered before Django, the rest through it.

Django's test client starts inside Django, past talentportal/wsgi.py; these
tests call the WSGI application itself, as gunicorn does.
"""

import datetime
import io
import wsgiref.util
from http.cookies import SimpleCookie

import pytest
import time_machine
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils import timezone

from cms.models import GuideIndexPage
from talentportal.caching import store
from talentportal.caching.front_door import StoredPageApplication
from tests.caching.test_invalidation import ARRIVING, _beijing_arriving, _field
from tests.factories import opening, organisation
from tests.page_factories import CityPageFactory, GuideIndexPageFactory, GuidePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _arriving(db):
    GuidePageFactory(
        parent=GuideIndexPageFactory(parent=CityPageFactory(title="Beijing")),
        slug="arriving",
        **{_field("title", lang): title for lang, title in ARRIVING.items()},
    )


class Django:
    """Django's own WSGI handler, counting the requests that reach it."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.requests = 0

    def __call__(self, environ, start_response):
        self.requests += 1
        return self.handler(environ, start_response)


@pytest.fixture
def django_app():
    """As Django's test client does: the test's transaction holds the one database
    connection, which the end of a request would otherwise close."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield Django()
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def app(django_app):
    return StoredPageApplication(django_app)


def call(app, path, method="GET", **headers):
    """(status, headers, body) of one request, as a WSGI server would make it."""
    path, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        # As a WSGI server hands it over: the address's bytes, read as Latin-1.
        "PATH_INFO": path.encode().decode("latin-1"),
        "QUERY_STRING": query,
        "HTTP_HOST": "testserver",
        "wsgi.input": io.BytesIO(b""),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    wsgiref.util.setup_testing_defaults(environ)
    started = {}

    def start_response(status, header_list, exc_info=None):
        started["status"], started["headers"] = status, dict(header_list)

    chunks = app(environ, start_response)
    try:
        body = b"".join(chunks)
    finally:
        getattr(chunks, "close", lambda: None)()
    return started["status"], started["headers"], body


def test_a_stored_page_is_answered_before_django_in_every_language(app, django_app, page_cache):
    for lang in LANGUAGES:
        path = f"/{lang}/beijing/guides/arriving/"
        status, first, body = call(app, path)
        assert (status, first["X-Page-Cache"]) == ("200 OK", "miss")
        reached = django_app.requests

        status, again, stored = call(app, path)

        assert django_app.requests == reached, path
        assert (status, again["X-Page-Cache"]) == ("200 OK", "hit")
        assert stored == body
        assert ARRIVING[lang] in stored.decode()
        assert again["Content-Language"] == lang
        # The headers the middleware added when the page was rendered, as they were.
        for name in ("Content-Security-Policy", "Content-Type", "Cache-Control", "Vary"):
            assert again[name] == first[name], name
        assert again["X-Request-ID"] != first["X-Request-ID"]


def test_an_address_outside_ascii_is_served_and_then_stored(app, django_app, page_cache):
    GuidePageFactory(
        parent=GuideIndexPage.objects.get(url_path="/home/beijing/guides/"),
        slug="抵达须知",
        title_zh_hans="抵达须知",
    )
    path = "/zh-hans/beijing/guides/抵达须知/"

    status, first, body = call(app, path)
    reached = django_app.requests
    again = call(app, path)

    assert (status, first["X-Page-Cache"]) == ("200 OK", "miss")
    assert "抵达须知" in body.decode()
    assert (again[0], again[1]["X-Page-Cache"], again[2]) == ("200 OK", "hit", body)
    assert django_app.requests == reached
    assert call(app, "/zh-hans/beijing/guides/未有此页/")[0].startswith("404")


def test_a_miss_asks_the_shared_cache_once(app, page_cache, monkeypatch):
    lookups = []
    lookup = store.lookup
    monkeypatch.setattr(store, "lookup", lambda key: lookups.append(key) or lookup(key))

    _status, headers, _body = call(app, "/fr/beijing/guides/arriving/")

    assert headers["X-Page-Cache"] == "miss"
    assert len(lookups) == 1
    assert call(app, "/fr/beijing/guides/arriving/")[1]["X-Page-Cache"] == "hit"


def test_a_published_change_reaches_the_next_reader(app, page_cache, committed):
    path = "/ru/beijing/guides/arriving/"
    call(app, path)
    assert call(app, path)[1]["X-Page-Cache"] == "hit"
    guide = _beijing_arriving()
    with committed():
        guide.title_ru = "Прибытие и первые дни"
        guide.save_revision().publish()

    _status, headers, body = call(app, path)

    assert headers["X-Page-Cache"] == "miss"
    assert "Прибытие и первые дни" in body.decode()


@pytest.mark.parametrize(
    ("method", "cookie"),
    [
        ("GET", f"{settings.SESSION_COOKIE_NAME}=abc"),
        ("GET", "messages=notice"),
        ("HEAD", ""),
        ("POST", ""),
    ],
)
def test_readers_with_a_session_and_other_methods_are_answered_by_django(
    app, django_app, page_cache, method, cookie
):
    path = "/es/beijing/guides/arriving/"
    call(app, path)
    assert call(app, path)[1]["X-Page-Cache"] == "hit"
    reached = django_app.requests

    _status, headers, _body = call(app, path, method=method, cookie=cookie)

    assert django_app.requests == reached + 1
    assert headers.get("X-Page-Cache") != "hit"


def test_a_reader_with_only_a_csrf_cookie_gets_the_stored_page(app, django_app, page_cache):
    path = "/ar/beijing/guides/arriving/"
    call(app, path)
    cookie = SimpleCookie({settings.CSRF_COOKIE_NAME: "x" * 32}).output(header="").strip()
    reached = django_app.requests

    assert call(app, path, cookie=cookie)[1]["X-Page-Cache"] == "hit"
    assert django_app.requests == reached


def test_a_host_that_is_not_allowed_gets_djangos_refusal(app, page_cache):
    status, _headers, _body = call(app, "/en/beijing/guides/arriving/", host="evil.example")
    assert status.startswith("400")


def test_a_sane_request_id_is_kept_and_anything_else_replaced(app, page_cache):
    path = "/zh-hans/beijing/guides/arriving/"
    call(app, path)

    kept = call(app, path, x_request_id="edge-4f1c2a9b")[1]
    replaced = call(app, path, x_request_id="<script>alert(1)</script>")[1]

    assert kept["X-Page-Cache"] == replaced["X-Page-Cache"] == "hit"
    assert kept["X-Request-ID"] == "edge-4f1c2a9b"
    assert len(replaced["X-Request-ID"]) == 32 and replaced["X-Request-ID"].isalnum()


def test_a_stored_listing_tells_shared_caches_to_drop_it_by_a_deadline(app, page_cache):
    """The stored copy keeps its deadline; each hit counts the time left again."""
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        opening(organisation(), deadline=start + datetime.timedelta(minutes=8))
        call(app, "/en/openings/")
        clock.shift(datetime.timedelta(minutes=5))

        headers = call(app, "/en/openings/")[1]

    assert headers["X-Page-Cache"] == "hit"
    s_maxage = int(headers["Cache-Control"].split("s-maxage=")[1].split(",")[0])
    assert s_maxage <= 3 * 60
