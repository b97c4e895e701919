"""Sign-in has one door: allauth's, with its rate limits and the second factor.

The sweeping test walks the whole URLconf in every language, finds every
route that takes a password (a form with a password field, or a route named
for logging in, passwords or authentication), posts the right e-mail and
password of an administrator who has two-factor switched on, and checks that
no such post leaves a session that opens the Wagtail dashboard.
"""

import re
import uuid

import pytest
from allauth.account.forms import default_token_generator as allauth_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.test import Client
from django.urls import resolve
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import totp_code, verified_user, with_totp
from tests.page_factories import CityPageFactory
from tests.security.urlwalk import all_urls

PASSWORD = "Quartz-Lantern-Ferry-92"
PASSWORD_ROUTE = re.compile(r"log_?in|password|auth|reset|sign_?in", re.IGNORECASE)
PASSWORD_INPUT = re.compile(r"<input[^>]+type=[\"']?password", re.IGNORECASE)


@pytest.fixture
def administrator(db):
    user = verified_user(email=f"door-{uuid.uuid4().hex[:6]}@example.org", is_staff=True)
    user.is_superuser = True
    user.set_password(PASSWORD)
    user.save()
    user.totp_secret = with_totp(user)
    return user


@pytest.fixture
def samples(administrator):
    """Real values for the arguments of password routes, so that each form is live."""
    page = CityPageFactory(title="Beijing")  # a page of the site, under its home page
    page_restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    collection = Collection.get_first_root_node().add_child(name="Restricted")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PASSWORD,
    )
    document = Document.objects.create(title="Private", collection=collection, file="x.pdf")
    return {
        "page_view_restriction_id": str(page_restriction.pk),
        "page_id": str(page.pk),
        "restriction_id": str(collection_restriction.pk),
        "document_id": str(document.pk),
        # A valid Django reset link (Wagtail's admin form) and a valid allauth one.
        "uidb64": urlsafe_base64_encode(force_bytes(administrator.pk)),
        "token": default_token_generator.make_token(administrator),
        "uidb36": user_pk_to_url_str(administrator),
        "key": allauth_token_generator.make_token(administrator),
    }


def _accepts_a_password(url, route):
    if PASSWORD_ROUTE.search(route) or PASSWORD_ROUTE.search(url):
        return True
    try:
        response = Client().get(url)
    except Exception:
        return False
    return response.status_code == 200 and bool(PASSWORD_INPUT.search(response.content.decode()))


def _post_credentials(url, administrator):
    cache.clear()  # no rate limit may hide a door that opens
    client = Client()
    data = {
        "login": administrator.email,
        "username": administrator.email,
        "email": administrator.email,
        "password": PASSWORD,
        "oldpassword": PASSWORD,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "new_password1": PASSWORD,
        "new_password2": PASSWORD,
        "remember": "on",
        "next": "/admin/",
    }
    client.post(url, data, follow=True)
    return client


@pytest.mark.django_db
def test_no_route_that_takes_a_password_opens_the_admin_without_the_code(administrator, samples):
    urls = all_urls(samples)
    doors = [url for url, route in sorted(urls.items()) if _accepts_a_password(url, route)]
    # The sweep really saw the doors an attacker would try.
    for known in (
        "/admin/login/",
        "/admin/password_reset/",
        "/en/_util/login/",
        "/zh-hans/_util/login/",
        "/ar/accounts/login/",
        "/en/accounts/password/reset/",
    ):
        assert known in doors, known
    assert any("/_util/authenticate_with_password/" in url for url in doors)
    assert any("/admin/password_reset/confirm/" in url for url in doors)

    opened = []
    for url in doors:
        client = _post_credentials(url, administrator)
        if client.get("/admin/").status_code == 200:
            opened.append(url)
    assert opened == []


@pytest.mark.django_db
def test_the_administrator_gets_in_with_the_password_and_the_code(administrator):
    """The control for the sweep: the one door does open, with both factors."""
    cache.clear()
    client = Client()
    response = client.post(
        "/en/accounts/login/", {"login": administrator.email, "password": PASSWORD}
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get("/admin/").status_code == 302
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(administrator.totp_secret)})
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/admin/login/?next=/admin/pages/", "/en/_util/login/?next=/en/beijing/"],
)
def test_wagtail_log_in_forms_lead_to_the_site_log_in(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert resolve(path.split("?")[0]).url_name is None  # ours, not Wagtail's view


@pytest.mark.django_db
def test_admin_password_reset_leads_to_the_site_reset(client):
    response = client.get("/admin/password_reset/")
    assert response["Location"] == "/en/accounts/password/reset/"
    response = client.post("/admin/password_reset/confirm/MQ/abc-def/", {"new_password1": "x"})
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/"


@pytest.mark.django_db
def test_private_pages_send_readers_to_the_site_log_in(client):
    page = CityPageFactory(title="Beijing")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.mark.django_db
def test_the_admin_account_page_offers_no_password_or_email_form(
    fresh_login, client, administrator
):
    fresh_login(administrator)
    page = client.get("/admin/account/").content.decode()
    assert not PASSWORD_INPUT.search(page)
    assert 'name="email-email"' not in page
