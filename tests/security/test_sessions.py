"""Sessions end on time, and end everywhere when the account's keys change."""

import datetime

import pytest
import time_machine
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.test import Client

from tests.factories import city_group, totp_code, verified_user, with_totp

PASSWORD = "correct-horse-battery"
START = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def minutes(n):
    return datetime.timedelta(minutes=n)


def sign_in(user, secret=None, client=None):
    """The real door: password, then the code when the person has an authenticator."""
    client = client or Client()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    if secret:
        client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    return client


def is_signed_in(client):
    return client.get("/en/accounts/").status_code == 200


@pytest.fixture
def editor(db):
    user = verified_user(email="editor@example.org")
    user.groups.add(city_group("beijing", role="editor"))
    user.secret = with_totp(user)
    return user


@pytest.mark.django_db
def test_staff_sessions_end_after_thirty_idle_minutes(editor):
    with time_machine.travel(START, tick=False) as clock:
        client = sign_in(editor, editor.secret)
        assert client.get("/admin/").status_code == 200
        clock.shift(minutes(29))
        assert client.get("/admin/").status_code == 200
        clock.shift(minutes(31))
        response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")
        assert not is_signed_in(client)


@pytest.mark.django_db
def test_staff_sessions_end_twelve_hours_after_signing_in_however_busy(editor):
    with time_machine.travel(START, tick=False) as clock:
        client = sign_in(editor, editor.secret)
        for _step in range(12 * 60 // 20 - 1):
            clock.shift(minutes(20))
            assert client.get("/admin/").status_code == 200
        clock.shift(minutes(21))
        assert client.get("/admin/").status_code == 302
        assert not is_signed_in(client)


@pytest.mark.django_db
def test_other_sessions_last_two_weeks_of_inactivity():
    person = verified_user(email="reader@example.org")
    with time_machine.travel(START, tick=False) as clock:
        client = sign_in(person)
        for _visit in range(4):
            clock.shift(datetime.timedelta(days=13))
            assert is_signed_in(client)
        clock.shift(datetime.timedelta(days=14, minutes=1))
        assert not is_signed_in(client)


@pytest.mark.django_db
def test_changing_the_password_ends_the_other_sessions_only():
    person = verified_user(email="mover@example.org")
    laptop, phone = sign_in(person), sign_in(person)
    response = laptop.post(
        "/en/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "A-new-passphrase-41",
            "password2": "A-new-passphrase-41",
        },
    )
    assert response.status_code == 302
    assert is_signed_in(laptop)
    assert not is_signed_in(phone)


@pytest.mark.django_db
def test_resetting_two_factor_ends_every_session_of_the_person(editor):
    desk = sign_in(editor, editor.secret)
    assert desk.get("/admin/").status_code == 200
    # An administrator resets the editor's lost authenticator.
    Authenticator.objects.filter(user=editor).delete()
    assert not is_signed_in(desk)


@pytest.mark.django_db
def test_switching_off_ones_own_two_factor_keeps_only_this_session(editor, fresh_login):
    here = Client()
    fresh_login(editor, client=here)
    elsewhere = sign_in(editor, editor.secret)
    response = here.post("/en/accounts/2fa/totp/deactivate/")
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=editor, type="totp").exists()
    assert is_signed_in(here)
    assert not is_signed_in(elsewhere)


@pytest.mark.django_db
def test_deactivating_ends_sessions_and_reactivating_does_not_bring_them_back():
    person = verified_user(email="leaver@example.org")
    client = sign_in(person)
    person.is_active = False
    person.save()
    assert not is_signed_in(client)
    person.is_active = True
    person.save()
    assert not is_signed_in(client)
    assert is_signed_in(sign_in(person))


@pytest.mark.django_db
def test_sign_out_everywhere_from_the_devices_page():
    person = verified_user(email="traveller@example.org")
    laptop, phone = sign_in(person), sign_in(person)
    page = laptop.get("/en/accounts/sessions/").content.decode()
    assert 'action="/en/accounts/sessions/end-all/"' in page
    assert "Sign out everywhere" in page
    response = laptop.post("/en/accounts/sessions/end-all/", follow=True)
    assert "You are signed out on every device." in response.content.decode()
    assert not is_signed_in(laptop)
    assert not is_signed_in(phone)
    assert is_signed_in(sign_in(person))


@pytest.mark.django_db
def test_the_devices_page_button_is_translated(fresh_login, client):
    person = verified_user(email="voyageur@example.org", language="fr")
    fresh_login(person)
    page = client.get("/fr/accounts/sessions/").content.decode()
    assert "Se déconnecter partout" in page


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_devices_and_recovery_codes_pages_are_valid_html(fresh_login, client, language):
    import html5lib
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    person = verified_user(email=f"valid-{language}@example.org", language=language)
    fresh_login(person, code=True)
    RecoveryCodes.activate(person)
    session = client.session
    session["mfa_setup_next"] = f"/{language}/employer/"
    session.save()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    for path in ("accounts/sessions/", "accounts/2fa/recovery-codes/"):
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200, path
        parser.parse(response.content.decode())
    assert f'href="/{language}/employer/"' in response.content.decode()
