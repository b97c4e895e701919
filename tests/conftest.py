import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.test import Client
from django.utils import translation
from wagtail.models import Page


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Tests that read the demo site run after those that build what they need.

    The demo site is committed to the test database the first time a test asks
    for it, and stays: a test that builds its own pages and counts them must
    not find the demo's beside them. xdist hands each worker its tests in this
    order, so on every worker the demo arrives after the last such test. They
    are marked ``demo``: ``pytest -m "not demo"`` runs the rest without waiting
    for the demo to be built.
    """
    for item in items:
        if "demo_site" in item.fixturenames:
            # A transactional test empties the database when it ends: the demo
            # site, built once for the session, would be gone for the rest.
            marker = item.get_closest_marker("django_db")
            if "transactional_db" in item.fixturenames or (
                marker and marker.kwargs.get("transaction")
            ):
                raise pytest.UsageError(f"{item.nodeid}: the demo site and transaction=True")
            item.add_marker("demo")
    items.sort(key=lambda item: "demo_site" in item.fixturenames)


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo site, for the tests that read it: the guard tests of its
    content, and tests not yet moved to factories (`tests/factories.py`).

    Built once per test database on first request, with image renditions made;
    tests run inside transactions on top of it, so what one test changes the
    next does not see.
    """
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
        client = Client()
        for page in Page.objects.live().filter(depth__gt=1).specific():
            client.get(page.url)


@pytest.fixture(autouse=True)
def _empty_cache_for_each_test():
    """Each test starts with an empty cache.

    What a test caches under the content generation (the openings count of a
    listing, say) would otherwise reach the next test: its changes were rolled
    back without ever announcing a new generation, which happens on commit.
    """
    caches["default"].clear()


@pytest.fixture(autouse=True)
def _default_language_for_each_test():
    """Each test starts in the site's default language.

    A request in another language leaves that language active in the thread
    (LocaleMiddleware activates it and nothing resets it), so without this a
    test's outcome would depend on which test ran before it on the same worker.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def task_queue(settings, monkeypatch, db):
    """Tasks go to the database table and wait for `tests.queue.run_worker()`.

    The worker and the scheduler drop idle connections between passes. Inside a
    test's transaction that would close PostgreSQL's connection for the rest of
    the test, and the worker would then wait forever for the database to come
    back (SQLite's test database ignores the close, so only PostgreSQL shows it).
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    for command in (
        "django_tasks_db.management.commands.db_worker",
        "talentportal.operations.management.commands.run_scheduler",
    ):
        monkeypatch.setattr(f"{command}.close_old_connections", lambda: None)


@pytest.fixture
def pages(demo_site, db):
    return list(Page.objects.live().filter(depth__gt=1).specific().order_by("path"))


@pytest.fixture
def fresh_login(client):
    """Sign a person in on the test client as if they had just typed their
    password and, when they need one (staff, organisation members) or when
    ``code=True``, a two-factor code: allauth's records of both go into the
    session. Gives them an authenticator app first if they need one and have none.
    """
    from allauth.mfa.models import Authenticator

    from bench.sessions import record_sign_in
    from talentportal.accounts.two_factor import requires_two_factor
    from tests.factories import with_totp

    def login(user, client=client, code=None):
        if code is None:
            code = requires_two_factor(user)
        totp = None
        if code:
            if not Authenticator.objects.filter(user=user, type="totp").exists():
                with_totp(user)
            totp = Authenticator.objects.get(user=user, type="totp")
        record_sign_in(client, user, totp)
        return user

    return login
