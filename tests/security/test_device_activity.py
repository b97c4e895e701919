"""The signed-in devices page keeps up without a write on every request: a
device's row moves once a minute, and at once when its address or browser changes."""

import datetime

import pytest
import time_machine
from allauth.usersessions.models import UserSession
from allauth.usersessions.signals import session_client_changed
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories import verified_user

PASSWORD = "correct-horse-battery"
START = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def _writes(client, **headers):
    """The statements writing to the devices table while the dashboard is read."""
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/accounts/", **headers).status_code == 200
    return [q["sql"] for q in captured.captured_queries if "usersessions_usersession" in q["sql"]]


def test_a_device_is_seen_once_a_minute_and_at_once_when_its_browser_changes():
    user = verified_user(email="reader@example.org")
    changes = []

    def changed(sender, from_session, to_session, **kwargs):
        changes.append((from_session.user_agent, to_session.user_agent))

    session_client_changed.connect(changed)
    try:
        with time_machine.travel(START, tick=False) as clock:
            client = Client(HTTP_USER_AGENT=BROWSER)
            client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
            device = UserSession.objects.get(user=user)
            assert device.last_seen_at == START and device.user_agent == BROWSER

            # The first request after signing in notes which device this is.
            clock.shift(datetime.timedelta(seconds=20))
            assert _writes(client)
            clock.shift(datetime.timedelta(seconds=30))
            assert _writes(client) == []
            device.refresh_from_db()
            assert device.last_seen_at == START + datetime.timedelta(seconds=20)

            clock.shift(datetime.timedelta(seconds=15))
            assert _writes(client)
            device.refresh_from_db()
            assert device.last_seen_at == START + datetime.timedelta(seconds=65)

            clock.shift(datetime.timedelta(seconds=5))
            assert _writes(client, HTTP_USER_AGENT="Other browser/1.0")
            device.refresh_from_db()
            assert device.user_agent == "Other browser/1.0"
            assert changes == [(BROWSER, "Other browser/1.0")]
    finally:
        session_client_changed.disconnect(changed)


def test_a_visitor_who_is_not_signed_in_is_not_recorded():
    client = Client(HTTP_USER_AGENT=BROWSER)
    for url in ("/en/openings/", "/en/accounts/login/"):
        assert client.get(url).status_code == 200
    assert not UserSession.objects.exists()
