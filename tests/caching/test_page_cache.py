"""Who gets a stored page, and which pages are never stored."""

import pytest
from django.conf import settings

from cms.models import HomePage
from tests.factories import verified_user
from tests.page_factories import CityPageFactory, GuideIndexPageFactory, GuidePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PUBLIC_PAGES = [
    "/{lang}/",
    "/{lang}/beijing/",
    "/{lang}/beijing/guides/arriving/",
    "/{lang}/openings/",
    "/{lang}/openings/?city=shanghai&sort=deadline",
]
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _public_pages(db):
    """The pages of PUBLIC_PAGES: Beijing with a guide, and Shanghai to filter openings by."""
    beijing = CityPageFactory(title="Beijing")
    CityPageFactory(title="Shanghai")
    GuidePageFactory(parent=GuideIndexPageFactory(parent=beijing), title="Arriving")


def _warm(client, url):
    first = client.get(url)
    assert first.status_code == 200
    return client.get(url)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_anonymous_readers_get_the_stored_page_in_their_language(client, page_cache, lang):
    for template in PUBLIC_PAGES:
        url = template.format(lang=lang)
        again = _warm(client, url)
        assert again["X-Page-Cache"] == "hit", url
        assert again["Content-Language"] == lang
        cache_control = again["Cache-Control"]
        assert cache_control.startswith("public, max-age=")
        assert "s-maxage=" in cache_control
        assert "stale-while-revalidate=" in cache_control


def test_each_query_string_is_its_own_page(client, page_cache):
    _warm(client, "/en/openings/?city=shanghai")
    other = client.get("/en/openings/?city=beijing")
    assert other["X-Page-Cache"] == "miss"


def test_reader_with_only_a_csrf_cookie_still_gets_a_stored_page(client, page_cache):
    """Visiting the log-in page leaves a csrftoken cookie; it must not cost cache hits."""
    client.get("/en/beijing/")
    client.get("/en/accounts/login/")
    assert settings.CSRF_COOKIE_NAME in client.cookies
    again = client.get("/en/beijing/")
    assert again["X-Page-Cache"] == "hit"
    # The reader's cookie cannot end up in anyone's copy.
    assert not again.cookies


def test_signed_in_reader_never_gets_a_stored_page(client, page_cache, fresh_login):
    anonymous = _warm(client, "/en/")
    assert anonymous["X-Page-Cache"] == "hit"
    assert "Sign out" not in anonymous.content.decode()

    fresh_login(verified_user())
    for template in PUBLIC_PAGES:
        url = template.format(lang="en")
        for _ in range(2):
            response = client.get(url)
            assert "X-Page-Cache" not in response, url
            assert response["Cache-Control"] == "private, no-store", url
            assert "Sign out" in response.content.decode(), url


def test_signed_in_page_is_never_handed_to_an_anonymous_reader(client, page_cache, fresh_login):
    member = client.__class__()
    fresh_login(verified_user(), client=member)
    assert "Sign out" in member.get("/en/beijing/").content.decode()
    anonymous = client.get("/en/beijing/")
    assert anonymous["X-Page-Cache"] == "miss"
    assert "Sign out" not in anonymous.content.decode()


@pytest.mark.parametrize("cookie", [settings.SESSION_COOKIE_NAME, "messages"])
def test_a_session_or_a_waiting_notice_skips_the_stored_page(client, page_cache, cookie):
    _warm(client, "/en/")
    client.cookies[cookie] = "expired-or-forged"
    response = client.get("/en/")
    assert "X-Page-Cache" not in response


@pytest.fixture
def odd_views(settings):
    settings.ROOT_URLCONF = "tests.caching.urls"


@pytest.mark.parametrize("path", ["test-cookie", "test-csrf", "test-preview"])
def test_personal_responses_are_never_stored(client, page_cache, odd_views, path):
    """A cookie being set, a CSRF token in the page, a preview: every reader gets a fresh one."""
    # The same view without the personal part is stored, so the cache is at work here.
    assert _warm(client, "/en/test-plain/")["X-Page-Cache"] == "hit"

    first = client.get(f"/en/{path}/")
    client.cookies.clear()
    second = client.get(f"/en/{path}/")
    assert first.content != second.content
    assert "X-Page-Cache" not in second
    assert "public" not in second.get("Cache-Control", "")


def test_personal_sections_are_not_stored(client, page_cache):
    for url in ("/en/accounts/login/", "/en/accounts/signup/"):
        client.cookies.clear()
        response = client.get(url)
        assert "X-Page-Cache" not in response
        assert "public" not in response.get("Cache-Control", "")


def test_compressed_and_plain_copies_are_kept_apart(client, page_cache):
    plain = _warm(client, "/en/")
    packed = client.get("/en/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert plain.get("Content-Encoding") is None
    assert packed["X-Page-Cache"] == "miss"
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert client.get("/en/", HTTP_ACCEPT_ENCODING="gzip")["X-Page-Cache"] == "hit"


def test_the_cache_being_down_costs_speed_not_the_page(client, page_cache, settings):
    settings.CACHES = {
        **settings.CACHES,
        "broken": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # Nothing listens on port 9 (discard) on loopback.
            "LOCATION": "redis://127.0.0.1:9/0",
        },
    }
    settings.PAGE_CACHE_ALIAS = "broken"
    response = client.get("/en/")
    assert response.status_code == 200
    assert HomePage.objects.live().first().title in response.content.decode()
    assert "X-Page-Cache" not in response
