"""Failed sign-ins and lock-outs are logged with the request id, never with the
password or the whole e-mail address; every log line carries a request id."""

import logging

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

from talentportal.accounts.audit import mask_email
from talentportal.request_id import RequestIdFilter
from tests.factories import verified_user, with_totp

EMAIL = "jane.doe@example.org"
WRONG = "Wrong-Horse-Battery-77"


class Collect(logging.Handler):
    """A log handler wired like the real ones: with the request-id filter."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.addFilter(RequestIdFilter())
        self.records = []

    def emit(self, record):
        self.records.append(record)

    def lines(self):
        return [f"[{r.request_id}] {r.name} {r.getMessage()}" for r in self.records]


@pytest.fixture
def logs():
    handler = Collect()
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.INFO)
    cache.clear()
    yield handler
    root.removeHandler(handler)
    root.setLevel(old_level)


@pytest.mark.django_db
def test_a_failed_password_is_logged_with_the_request_id_and_no_personal_data(client, logs):
    verified_user(email=EMAIL)
    response = client.post(
        "/en/accounts/login/",
        {"login": EMAIL, "password": WRONG},
        HTTP_X_REQUEST_ID="edge-7f3a9c21",
    )
    assert response["X-Request-ID"] == "edge-7f3a9c21"
    failed = [line for line in logs.lines() if "Sign-in failed" in line]
    assert failed == [
        f"[edge-7f3a9c21] talentportal.signin Sign-in failed: wrong password for {mask_email(EMAIL)}"
    ]
    assert mask_email(EMAIL).startswith("j***@example.org (")
    everything = "\n".join(logs.lines())
    assert WRONG not in everything
    assert EMAIL not in everything


@pytest.mark.django_db
def test_a_lock_out_is_logged(client, logs):
    verified_user(email=EMAIL)
    for _attempt in range(6):
        response = client.post("/en/accounts/login/", {"login": EMAIL, "password": WRONG})
    refused = [r for r in logs.records if "too many failed attempts" in r.getMessage()]
    assert len(refused) == 1
    assert refused[0].request_id == response["X-Request-ID"]
    assert EMAIL not in refused[0].getMessage()


@pytest.mark.django_db
def test_a_wrong_two_factor_code_is_logged_without_the_code(logs):
    person = verified_user(email=EMAIL)
    with_totp(person)
    client = Client()
    client.post("/en/accounts/login/", {"login": EMAIL, "password": "correct-horse-battery"})
    response = client.post("/en/accounts/2fa/authenticate/", {"code": "123456"})
    lines = [line for line in logs.lines() if "two-factor" in line]
    assert lines == [
        f"[{response['X-Request-ID']}] talentportal.signin Sign-in failed: wrong two-factor code for {mask_email(EMAIL)}"
    ]
    assert "123456" not in "\n".join(logs.lines())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "inbound",
    ["", "short", "x" * 65, "abc def 12345", "id\nFAKE LOG LINE", "<script>alert(1)</script>"],
)
def test_an_unsafe_inbound_request_id_is_replaced(client, inbound):
    response = client.get("/robots.txt", HTTP_X_REQUEST_ID=inbound)
    request_id = response["X-Request-ID"]
    assert request_id != inbound
    assert len(request_id) == 32 and request_id.isalnum()


@pytest.mark.django_db
def test_error_lines_carry_the_request_id(client, logs):
    response = client.get("/en/no-such-page-at-all/", HTTP_X_REQUEST_ID="proxy-0123456789")
    assert response.status_code == 404
    not_found = [r for r in logs.records if r.name == "django.request"]
    assert not_found and {r.request_id for r in not_found} == {"proxy-0123456789"}


def test_every_log_handler_adds_the_request_id():
    from talentportal.settings import base

    for name, handler in base.LOGGING["handlers"].items():
        assert "request_id" in handler.get("filters", []), name
    assert "%(request_id)s" in base.LOGGING["formatters"]["plain"]["format"]
    assert settings.MIDDLEWARE[0] == "talentportal.request_id.RequestIdMiddleware"
