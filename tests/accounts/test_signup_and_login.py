import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

from tests.factories import city_group, totp_code, verified_user, with_totp
from tests.page_factories import PrivacyPolicyPageFactory

# People agree to the privacy policy when they sign up, and again when it changes.
pytestmark = pytest.mark.usefixtures("privacy_policy")
User = get_user_model()
PASSWORD = "correct-horse-battery"


@pytest.fixture
def privacy_policy(db):
    return PrivacyPolicyPageFactory()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def signup(client, email, language="en", **extra):
    data = {
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "intent": "professional",
        "consent": "on",
    }
    data.update(extra)
    return client.post(f"/{language}/accounts/signup/", data)


def confirmation_link(message):
    return re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+/", message.body).group(0)


@pytest.mark.django_db
def test_signup_sends_a_confirmation_in_the_signup_language_and_confirming_signs_in(client):
    response = signup(client, "amira@example.org", language="ar", intent="hiring")
    assert response.status_code == 302
    user = User.objects.get(email="amira@example.org")
    assert user.preferred_language == "ar"
    assert user.is_hiring and not user.is_professional
    assert user.policy_consents.exists()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["amira@example.org"]
    assert "/ar/accounts/confirm-email/" in message.body
    assert re.search(r"[\u0600-\u06ff]", message.subject), message.subject

    link = confirmation_link(message)
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="amira@example.org").verified
    assert client.get("/ar/accounts/").status_code == 200


@pytest.mark.django_db
def test_signup_without_consent_is_refused_and_creates_nothing(client):
    response = signup(client, "noconsent@example.org", consent="")
    assert response.status_code == 200
    assert "You need to agree to the privacy policy to sign up." in response.content.decode()
    assert not User.objects.filter(email="noconsent@example.org").exists()


@pytest.mark.django_db
def test_signup_does_not_reveal_whether_an_email_is_registered(client):
    verified_user(email="taken@example.org")
    known = signup(client, "taken@example.org")
    unknown = signup(client, "fresh@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert User.objects.filter(email="taken@example.org").count() == 1


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_known_and_unknown_addresses(client):
    verified_user(email="known@example.org", language="zh-hans")
    known = client.post("/en/accounts/password/reset/", {"email": "known@example.org"})
    unknown = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    to_known = [m for m in mail.outbox if m.to == ["known@example.org"]]
    assert len(to_known) == 1
    # Written in the person's own language, whatever page they asked from.
    assert re.search(r"[\u4e00-\u9fff]", to_known[0].subject + to_known[0].body)


@pytest.mark.django_db
def test_password_reset_link_sets_a_new_password(client):
    user = verified_user(email="forgot@example.org")
    client.post("/en/accounts/password/reset/", {"email": user.email})
    link = re.search(
        r"http://testserver(/en/accounts/password/reset/key/[^\s]+)", mail.outbox[-1].body
    ).group(1)
    form_url = client.get(link)["Location"]
    response = client.post(
        form_url, {"password1": "a-new-long-passphrase", "password2": "a-new-long-passphrase"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("a-new-long-passphrase")


@pytest.mark.django_db
def test_sixth_wrong_password_in_a_row_is_refused_even_when_right(client):
    verified_user(email="target@example.org")
    for _attempt in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": "target@example.org", "password": "wrong"}
        )
        assert response.status_code == 200
    response = client.post(
        "/en/accounts/login/", {"login": "target@example.org", "password": PASSWORD}
    )
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in response.content.decode()


@pytest.mark.django_db
def test_next_parameter_never_leads_off_site(client):
    verified_user(email="safe@example.org")
    response = client.post(
        "/en/accounts/login/?next=https://evil.example/",
        {"login": "safe@example.org", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert response["Location"] == "/en/accounts/"


@pytest.mark.django_db
def test_next_parameter_keeps_the_reader_on_our_own_page(client):
    verified_user(email="stay@example.org")
    response = client.post(
        "/en/accounts/login/",
        {"login": "stay@example.org", "password": PASSWORD, "next": "/en/profile/"},
    )
    assert response["Location"] == "/en/profile/"


@pytest.mark.django_db
def test_two_factor_enrolment_and_sign_in_with_a_code(client):
    user = verified_user(email="careful@example.org")
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    # Turning on two-factor asks for the password again first.
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(page["Location"], {"password": PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    client.post("/en/accounts/logout/")

    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    assert "_auth_user_id" not in client.session
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_admin_sign_in_goes_through_the_site_log_in(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "next=/admin/pages/" in response["Location"]
    response = client.post("/admin/login/", {"username": "x@example.org", "password": "y"})
    assert response.status_code == 302


@pytest.mark.django_db
def test_city_staff_must_turn_on_two_factor_before_using_the_admin(client):
    editor = verified_user(email="editor@example.org")
    editor.groups.add(city_group("beijing", role="editor"))
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].endswith("/accounts/2fa/totp/activate/")
    secret = with_totp(editor)
    # Having an authenticator is not enough: the code is asked in this session.
    response = client.get("/admin/")
    assert response["Location"] == "/en/accounts/2fa/reauthenticate/?next=%2Fadmin%2F"
    response = client.post(response["Location"], {"code": totp_code(secret)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_new_policy_version_asks_for_consent_again_at_next_log_in(client):
    from cms.models import PrivacyPolicyPage

    user = verified_user(email="returning@example.org")
    policy = PrivacyPolicyPage.current()
    policy.version += 1
    policy.save_revision().publish()

    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    response = client.get("/en/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/consent/")
    page = client.get(response["Location"])
    assert "Our privacy policy has changed" in page.content.decode()
    response = client.post(response["Location"], {"consent": "on", "next": "/en/profile/"})
    assert response["Location"] == "/en/profile/"
    assert user.has_consented_to(policy.version)
    assert client.get("/en/profile/").status_code == 200
