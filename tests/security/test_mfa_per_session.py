"""The second factor is checked per session, for everyone who sees personal data.

City staff, administrators and every organisation member (owners and
recruiters) reach the Wagtail admin and the employer area only after typing a
code in the session they are using; having an authenticator is not enough.
"""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from talentportal.organisations.models import Membership
from tests.factories import city_group, organisation, totp_code, verified_user, with_totp
from tests.security.urlwalk import all_urls

PASSWORD = "correct-horse-battery"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def sign_in_with_password_only(client, user):
    """A real log-in that stops after the password: what a person whose code
    was never asked for (or an attacker with the password) would hold."""
    client.force_login(user)
    from allauth.account.internal.flows.login import record_authentication
    from django.http import HttpRequest

    request = HttpRequest()
    request.session = client.session
    record_authentication(request, user, "password", email=user.email)
    request.session.save()


def protected_urls(samples):
    """Every URL of the admin and of the employer area, in every language."""
    return sorted(
        url for url in all_urls(samples) if url.startswith("/admin/") or "/employer/" in url
    )


@pytest.fixture
def hr(db):
    owner = verified_user(email="owner@example.org")
    recruiter = verified_user(email="recruiter@example.org", language="zh-hans")
    org = organisation(owner=owner)
    Membership.objects.create(organisation=org, user=recruiter, role="recruiter")
    return {"org": org, "owner": owner, "recruiter": recruiter}


def city_staff():
    user = verified_user(email="moderator@example.org")
    user.groups.add(city_group("beijing", role="moderator"))
    return user


@pytest.mark.django_db
def test_every_employer_and_admin_url_asks_for_the_code_of_this_session(hr):
    recruiter = hr["recruiter"]
    with_totp(recruiter)
    admin = verified_user(email="root@example.org", is_staff=True, is_superuser=True)
    with_totp(admin)
    urls = protected_urls({"pk": str(hr["org"].pk)})
    employer = [url for url in urls if "/employer/" in url]
    # Signing out is always allowed (and would end the sweep's session).
    admin_urls = [url for url in urls if url.startswith("/admin/") and url != "/admin/logout/"]
    assert len(employer) >= 6 * 10 and len(admin_urls) > 100

    for person, where in ((recruiter, employer), (admin, admin_urls)):
        client = Client()
        sign_in_with_password_only(client, person)
        let_through = []
        for url in where:
            response = client.get(url)
            if not (
                response.status_code == 302
                and re.match(r"^/[a-z-]+/accounts/2fa/reauthenticate/\?next=", response["Location"])
            ):
                let_through.append((url, response.status_code))
        assert let_through == []


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["owner", "recruiter"])
def test_an_organisation_member_types_the_code_and_comes_back(client, hr, role):
    person = hr[role]
    secret = with_totp(person)
    sign_in_with_password_only(client, person)
    target = f"/en/employer/{hr['org'].pk}/"
    response = client.get(target)
    assert (
        response["Location"]
        == f"/en/accounts/2fa/reauthenticate/?next={target.replace('/', '%2F')}"
    )

    page = client.get(response["Location"])
    assert page.status_code == 200
    response = client.post(response["Location"], {"code": "000000"})
    assert client.get(target).status_code == 302
    response = client.post(
        f"/en/accounts/2fa/reauthenticate/?next={target}", {"code": totp_code(secret)}
    )
    assert response["Location"] == target
    assert client.get(target).status_code == 200


@pytest.mark.django_db
def test_a_recruiter_without_an_authenticator_sets_one_up_then_continues(client, hr):
    recruiter = hr["recruiter"]
    client.force_login(recruiter)
    target = f"/zh-hans/employer/{hr['org'].pk}/"
    response = client.get(target)
    assert response["Location"] == "/zh-hans/accounts/2fa/totp/activate/"

    # Switching the authenticator on asks for the password first (allauth).
    response = client.get(response["Location"])
    client.post(
        response["Location"].split("?")[0] + "?next=/zh-hans/accounts/2fa/totp/activate/",
        {"password": PASSWORD},
    )
    page = client.get("/zh-hans/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post("/zh-hans/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    codes_page = client.get(response["Location"]).content.decode()
    # The codes page leads back to where the recruiter was going.
    assert f'href="{target}"' in codes_page
    assert client.get(target).status_code == 200


@pytest.mark.django_db
def test_city_staff_without_an_authenticator_are_sent_to_set_one_up(client):
    moderator = city_staff()
    client.force_login(moderator)
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[0][0] == "/en/accounts/2fa/totp/activate/"
    assert "must turn on two-factor authentication" in response.content.decode()


@pytest.mark.django_db
def test_a_code_typed_in_another_session_does_not_count(hr, fresh_login):
    owner = hr["owner"]
    laptop = Client()
    fresh_login(owner, client=laptop)
    assert laptop.get(f"/en/employer/{hr['org'].pk}/").status_code == 200

    phone = Client()
    sign_in_with_password_only(phone, owner)
    assert phone.get(f"/en/employer/{hr['org'].pk}/").status_code == 302
    assert phone.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_a_post_waits_for_the_code_and_is_then_carried_out(client, hr):
    """Typing the code in the middle of a form loses nothing."""
    owner = hr["owner"]
    secret = with_totp(owner)
    sign_in_with_password_only(client, owner)
    url = f"/en/employer/{hr['org'].pk}/invite/"
    response = client.post(url, {"email": "colleague@example.org", "role": "recruiter"})
    assert response["Location"].startswith("/en/accounts/2fa/reauthenticate/")
    assert not hr["org"].invitations.exists()
    client.post(response["Location"], {"code": totp_code(secret)})
    assert hr["org"].invitations.filter(email="colleague@example.org").exists()


@pytest.mark.django_db
def test_people_without_personal_data_to_see_are_not_asked(client):
    professional = verified_user(email="pro@example.org")
    client.force_login(professional)
    assert client.get("/en/employer/").status_code == 200
    assert client.get("/en/accounts/").status_code == 200
