"""Sensitive account actions ask for the password or a code again when the last
one was typed more than five minutes ago; security e-mails go out in the
person's language, one per change, through the task queue."""

import datetime
import io
import re
import zipfile

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from django.core import mail
from django.core.cache import cache

from tests.factories import totp_code, verified_user, with_totp

PASSWORD = "correct-horse-battery"
START = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)
LATER = datetime.timedelta(minutes=6)
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def clock():
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


def sign_in(client, user, secret=None):
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    if secret:
        client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})


def asks_again(response):
    return response.status_code == 302 and "/reauthenticate/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("post", "/en/accounts/email/", {"action_add": "", "email": "second@example.org"}),
        ("post", "/en/accounts/privacy/export/", {}),
        ("post", "/en/accounts/privacy/delete/", {"password": PASSWORD, "confirm": "on"}),
        ("get", "/en/accounts/2fa/totp/deactivate/", {}),
        ("get", "/en/accounts/2fa/recovery-codes/generate/", {}),
    ],
)
def test_sensitive_actions_ask_again_after_five_minutes(
    client, fresh_login, clock, method, url, data
):
    person = verified_user(email="careful@example.org")
    if "/2fa/" in url:
        with_totp(person)
    fresh_login(person)
    clock.shift(LATER)
    response = getattr(client, method)(url, data)
    assert asks_again(response), response.status_code
    assert Authenticator.objects.filter(user=person, type="totp").exists() == ("/2fa/" in url)
    assert person.emailaddress_set.count() == 1


@pytest.mark.django_db
def test_export_goes_through_once_the_password_is_typed_again(client, clock):
    person = verified_user(email="exporter@example.org")
    sign_in(client, person)
    clock.shift(LATER)
    response = client.post("/en/accounts/privacy/export/")
    assert (
        response["Location"]
        == "/en/accounts/reauthenticate/?next=%2Fen%2Faccounts%2Fprivacy%2Fexport%2F"
    )
    response = client.post(response["Location"], {"password": PASSWORD})
    # The suspended POST is carried out: the archive arrives.
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert "my-data.json" in archive.namelist()


@pytest.mark.django_db
def test_adding_an_email_within_five_minutes_needs_nothing_more(client, fresh_login, clock):
    person = verified_user(email="quick@example.org")
    fresh_login(person)
    clock.shift(datetime.timedelta(minutes=4))
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "quick2@example.org"})
    assert not asks_again(response)
    assert person.emailaddress_set.filter(email="quick2@example.org").exists()


@pytest.mark.django_db
def test_password_change_sends_one_security_email_in_the_persons_language(client, fresh_login):
    person = verified_user(email="li@example.org", language="zh-hans")
    fresh_login(person)
    mail.outbox.clear()
    response = client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "Another-passphrase-73",
            "password2": "Another-passphrase-73",
        },
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["li@example.org"]
    assert CHINESE.search(message.subject), message.subject
    assert "密码" in message.body


@pytest.mark.django_db
def test_switching_two_factor_on_sends_one_security_email_in_the_persons_language(
    client, fresh_login, django_capture_on_commit_callbacks
):
    person = verified_user(email="wang@example.org", language="zh-hans")
    fresh_login(person)
    client.get("/en/accounts/2fa/totp/activate/")
    secret = client.session["mfa.totp.secret"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert Authenticator.objects.filter(user=person, type="totp").exists()
    assert len(mail.outbox) == 1
    assert CHINESE.search(mail.outbox[0].subject), mail.outbox[0].subject


@pytest.mark.django_db
def test_changing_the_email_address_warns_the_old_address_in_the_persons_language(
    client, fresh_login
):
    from allauth.account.models import EmailAddress

    person = verified_user(email="zhang@example.org", language="zh-hans")
    EmailAddress.objects.create(user=person, email="zhang.new@example.org", verified=True)
    fresh_login(person)
    mail.outbox.clear()
    response = client.post(
        "/en/accounts/email/", {"action_primary": "", "email": "zhang.new@example.org"}
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["zhang@example.org"]
    assert CHINESE.search(mail.outbox[0].subject), mail.outbox[0].subject


@pytest.mark.django_db
def test_security_emails_leave_through_the_task_queue(client, fresh_login, monkeypatch):
    from talentportal import mail as portal_mail

    queued = []
    monkeypatch.setattr(portal_mail, "send_later", queued.append)
    monkeypatch.setattr("talentportal.accounts.adapter.send_later", queued.append)
    person = verified_user(email="queue@example.org")
    fresh_login(person)
    client.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "Queued-passphrase-55",
            "password2": "Queued-passphrase-55",
        },
    )
    assert [m.to for m in queued] == [["queue@example.org"]]
    assert mail.outbox == []
