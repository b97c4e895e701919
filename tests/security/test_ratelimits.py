"""Limits that hold behind a proxy and across workers: 429, a translated message, nothing saved."""

import datetime
import subprocess
import sys

import pytest
import time_machine
from django.core import mail
from django.core.checks import run_checks
from django.test import RequestFactory

from talentportal.applications.models import Application, Message
from talentportal.clientip import client_ip
from talentportal.organisations.models import Invitation
from tests.factories import opening
from tests.security.data_setup import application_data, hiring_setting, sign_in


@pytest.fixture
def setting(db):
    return hiring_setting()


# --- The client's address -------------------------------------------------------


def _request(remote, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


def test_without_trusted_proxies_forwarded_for_is_ignored(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request("198.51.100.7", "203.0.113.1")) == "198.51.100.7"


def test_behind_one_proxy_the_rightmost_entry_is_the_client(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # The client wrote "6.6.6.6" itself; our proxy appended the address it saw.
    request = _request("10.0.0.2", "6.6.6.6, 203.0.113.9")
    assert client_ip(request) == "203.0.113.9"


def test_behind_two_proxies_the_second_from_the_right_is_the_client(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    request = _request("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1")
    assert client_ip(request) == "203.0.113.9"


def test_a_request_that_bypassed_the_proxies_falls_back_to_the_socket(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    assert client_ip(_request("198.51.100.7", "6.6.6.6")) == "198.51.100.7"


def test_trusted_proxy_count_comes_from_the_environment_for_allauth_too():
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.TRUSTED_PROXY_COUNT, settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={
            "DJANGO_SETTINGS_MODULE": "talentportal.settings.test",
            "TRUSTED_PROXY_COUNT": "2",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["2", "2"]


LOCKED = "Too many failed login attempts."


def _fail_login(client, n, **headers):
    """One wrong password (for a new address each time); True when refused as locked out."""
    response = client.post(
        "/en/accounts/login/",
        {"login": f"nobody{n}@example.org", "password": "wrong-password-123"},
        **headers,
    )
    return response.status_code == 429 or LOCKED in response.content.decode()


def test_forged_forwarded_for_neither_evades_nor_causes_a_lockout(client, db, settings):
    from django.core.cache import cache

    cache.clear()
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    attacker, victim = "198.51.100.66", "198.51.100.7"
    locked = [
        _fail_login(client, n, REMOTE_ADDR=attacker, HTTP_X_FORWARDED_FOR=victim) for n in range(12)
    ]
    # A forged address does not give a fresh allowance...
    assert locked[-1]
    # ...and naming the victim's address did not use up the victim's.
    assert not _fail_login(client, 99, REMOTE_ADDR=victim)


def test_behind_a_proxy_each_client_has_its_own_allowance(client, db, settings):
    from django.core.cache import cache

    cache.clear()
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    locked = [
        _fail_login(client, n, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5")
        for n in range(12)
    ]
    assert locked[-1]
    # Another client behind the same proxy is not locked out with the first, even
    # when it forges the first one's address on the left.
    assert not _fail_login(
        client, 99, REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5, 203.0.113.6"
    )


# --- Our own limits ---------------------------------------------------------------


def test_applying_past_the_daily_limit_is_refused_and_nothing_is_saved(client, setting, settings):
    settings.RATE_LIMITS = {"apply": "1/86400"}
    second = opening(setting["org"], title_en="Second", title="Second")
    sign_in(client, setting["applicant"])
    first = client.post(f"/en/openings/{setting['job'].pk}/apply/", application_data())
    assert first.status_code == 200
    response = client.post(f"/en/openings/{second.pk}/apply/", application_data())
    assert response.status_code == 429
    assert "You have sent many applications today." in response.content.decode()
    assert Application.objects.count() == 1
    assert response["Cache-Control"] == "private, no-store"

    # The next day the allowance is back.
    with time_machine.travel(datetime.timedelta(days=1, minutes=1)):
        again = client.post(f"/en/openings/{second.pk}/apply/", application_data())
    assert again.status_code == 200
    assert Application.objects.count() == 2


def test_the_refusal_is_in_the_readers_language(client, setting, settings):
    settings.RATE_LIMITS = {"apply": "0/86400"}
    sign_in(client, setting["applicant"])
    response = client.post(f"/es/openings/{setting['job'].pk}/apply/", application_data())
    assert response.status_code == 429
    assert "Ha enviado muchas solicitudes hoy." in response.content.decode()


def _applied(client, setting):
    sign_in(client, setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", application_data())
    return Application.objects.get()


def test_applicant_messages_are_limited_per_thread(client, setting, settings):
    settings.RATE_LIMITS = {"message_thread": "2/3600"}
    application = _applied(client, setting)
    url = f"/en/applications/{application.pk}/"
    for n in range(2):
        assert client.post(url, {"body": f"Hello {n}"}).status_code == 302
    response = client.post(url, {"body": "One too many"})
    assert response.status_code == 429
    assert "You have sent many messages in the last hour." in response.content.decode()
    assert list(Message.objects.values_list("body", flat=True)) == ["Hello 0", "Hello 1"]


def test_messages_are_limited_per_account_over_all_threads(client, setting, settings):
    settings.RATE_LIMITS = {"message_account": "1/3600"}
    application = _applied(client, setting)
    second = opening(setting["org"], title_en="Second", title="Second")
    client.post(f"/en/openings/{second.pk}/apply/", application_data())
    other = Application.objects.exclude(pk=application.pk).get()
    assert client.post(f"/en/applications/{application.pk}/", {"body": "A"}).status_code == 302
    response = client.post(f"/en/applications/{other.pk}/", {"body": "B"})
    assert response.status_code == 429
    assert Message.objects.count() == 1


def test_hr_messages_and_interview_invitations_are_limited(client, setting, settings):
    settings.RATE_LIMITS = {"message_thread": "1/3600"}
    application = _applied(client, setting)
    sign_in(client, setting["recruiter"])
    url = f"/en/employer/{setting['org'].pk}/applications/{application.pk}/"
    sent = client.post(url, {"action": "message", "message-body": "Thank you"})
    assert sent.status_code == 302
    outbox = len(mail.outbox)
    response = client.post(url, {"action": "message", "message-body": "Again"})
    assert response.status_code == 429
    interview = client.post(
        url,
        {
            "action": "interview",
            "interview-interview_at": "2027-01-05T10:00",
            "interview-interview_place": "Room 1",
        },
    )
    assert interview.status_code == 429
    application.refresh_from_db()
    assert application.interview_at is None  # nothing half-saved
    assert Message.objects.filter(from_organisation=True).count() == 1
    assert len(mail.outbox) == outbox


def test_invitations_are_limited_per_organisation_per_hour(client, setting, settings):
    settings.RATE_LIMITS = {"invite": "2/3600"}
    sign_in(client, setting["recruiter"])
    url = f"/en/employer/{setting['org'].pk}/invite/"
    for n in range(2):
        response = client.post(url, {"email": f"colleague{n}@example.org", "role": "recruiter"})
        assert response.status_code == 302
    response = client.post(url, {"email": "third@example.org", "role": "recruiter"})
    assert response.status_code == 429
    assert "has sent many invitations in the last hour" in response.content.decode()
    assert Invitation.objects.count() == 2
    assert not [m for m in mail.outbox if m.to == ["third@example.org"]]

    with time_machine.travel(datetime.timedelta(hours=1, minutes=1)):
        later = client.post(url, {"email": "third@example.org", "role": "recruiter"})
    assert later.status_code == 302


def test_data_exports_are_limited_per_account_per_day(client, setting, settings):
    settings.RATE_LIMITS = {"export": "1/86400"}
    sign_in(client, setting["applicant"])
    assert client.post("/en/accounts/privacy/export/").status_code == 200
    response = client.post("/en/accounts/privacy/export/")
    assert response.status_code == 429
    assert "You have downloaded your data several times today." in response.content.decode()


# --- Shared cache ----------------------------------------------------------------


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_production_with_a_per_process_cache_fails_the_system_check(settings, monkeypatch, backend):
    settings.CACHES = {"default": {"BACKEND": backend}}
    # `check --deploy`, whatever the settings module:
    errors = [e for e in run_checks(include_deployment_checks=True) if e.id == "talentportal.E001"]
    assert len(errors) == 1 and errors[0].is_serious()
    # Every command that runs the checks (migrate, runserver) with production settings:
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "talentportal.settings.production")
    settings.SETTINGS_MODULE = None
    errors = [e for e in run_checks() if e.id == "talentportal.E001"]
    assert len(errors) == 1 and errors[0].is_serious()


def test_production_with_redis_passes_the_check(settings, monkeypatch):
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "talentportal.settings.production")
    settings.SETTINGS_MODULE = None
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379",
        }
    }
    checks = run_checks(include_deployment_checks=True)
    assert not [e for e in checks if e.id == "talentportal.E001"]


def test_development_keeps_its_local_cache_without_complaint(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert not [e for e in run_checks() if e.id == "talentportal.E001"]


def test_applying_is_also_limited_per_client_address_which_a_header_cannot_change(
    client, setting, settings
):
    from tests.factories import verified_user

    settings.RATE_LIMITS = {"apply_ip": "1/86400"}
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    sign_in(client, setting["applicant"])
    url = f"/en/openings/{setting['job'].pk}/apply/"
    assert client.post(url, application_data(), REMOTE_ADDR="198.51.100.8").status_code == 200
    sign_in(client, verified_user())
    response = client.post(
        url,
        application_data(cv_source="upload", cv=_pdf_upload()),
        REMOTE_ADDR="198.51.100.8",
        HTTP_X_FORWARDED_FOR="203.0.113.77",
    )
    assert response.status_code == 429
    assert Application.objects.count() == 1


def _pdf_upload():
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.security.data_setup import PDF

    return SimpleUploadedFile("cv.pdf", PDF)
