"""Security headers: the Content-Security-Policy, the resource and permissions
policies, and `Cache-Control: private, no-store` on everything personal."""

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from django.core.files.base import ContentFile
from django.http import HttpRequest
from django.urls import get_resolver, reverse
from django.utils import timezone, translation

from cms.models import CityPage, GuidePage, HomePage
from talentportal.applications.models import Application
from talentportal.openings.models import SearchAlert
from talentportal.organisations.models import Membership
from talentportal.profiles.models import Profile
from tests.factories import opening, organisation, verified_user, with_totp
from tests.page_factories import small_site
from tests.profiles.test_cv_and_photo import PDF

SESSION_MIDDLEWARE = "django.contrib.sessions.middleware.SessionMiddleware"
ROOT = Path(__file__).resolve().parents[2]


def csp_directives(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def cache_directives(response):
    return {d.strip() for d in response.get("Cache-Control", "").split(",") if d.strip()}


def assert_private(response, where):
    directives = cache_directives(response)
    assert {"private", "no-store"} <= directives, f"{where}: Cache-Control {directives}"
    assert not directives & {"public", "s-maxage"}, f"{where}: Cache-Control {directives}"


@pytest.fixture
def public_pages(db):
    """The home page, a city and a guide (with the rest of a small site) to fetch."""
    return small_site()


def public_urls():
    home = HomePage.objects.live().first()
    return [
        home.url,
        "/zh-hans/" + home.url.split("/", 2)[2],
        CityPage.objects.live().first().url,
        GuidePage.objects.live().first().url,
        reverse("openings_list"),
        reverse("search") + "?q=visa",
        reverse("account_login"),
        reverse("account_signup"),
        "/en/no-such-page/",
    ]


# --- Content-Security-Policy ----------------------------------------------------


@pytest.mark.django_db
def test_public_pages_send_a_strict_policy_without_a_nonce(client, public_pages):
    seen = set()
    for url in public_urls():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        policy = csp_directives(response)
        assert policy["default-src"] == ["'self'"], url
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"], url
        assert policy["base-uri"] == ["'none'"], url
        assert policy["form-action"] == ["'self'"], url
        assert policy["frame-ancestors"] == ["'none'"], url
        header = response["Content-Security-Policy"]
        assert "unsafe-inline" not in header and "unsafe-eval" not in header, url
        assert "nonce-" not in header, url
        seen.add(header)
    # One policy, byte for byte, for every anonymous page: the page cache can keep them.
    assert len(seen) == 1


@pytest.mark.django_db
def test_static_files_carry_the_policy_too(client):
    response = client.get("/static/img/favicon.svg")
    assert response.status_code == 200
    assert csp_directives(response)["script-src"] == ["'self'"]
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"


def _staff_with_code(client):
    admin = verified_user(is_superuser=True, is_staff=True)
    with_totp(admin)
    sign_in_with_code(client, admin)
    return admin


def sign_in_with_code(client, user, reauthenticated=False):
    """Signed in with password and second factor in this session, as allauth records it."""
    client.force_login(user)
    session = client.session
    request = HttpRequest()
    request.session = session
    record_authentication(request, user, "password", email=user.email)
    record_authentication(request, user, "mfa", type="totp")
    if reauthenticated:
        record_authentication(request, user, "password", reauthenticated=True)
    session.save()


@pytest.mark.django_db
def test_the_wagtail_admin_gets_its_relaxations_on_its_own_paths_only(client):
    _staff_with_code(client)
    admin = client.get("/admin/")
    assert admin.status_code == 200
    policy = csp_directives(admin)
    assert "'unsafe-inline'" in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]

    # The same person on the public site gets the strict policy.
    public = client.get(reverse("accounts_dashboard"))
    assert public.status_code == 200
    assert csp_directives(public)["script-src"] == ["'self'"]


@pytest.mark.django_db
def test_a_page_preview_may_be_framed_by_the_editor_only(client, public_pages):
    _staff_with_code(client)
    guide = GuidePage.objects.live().first()
    edit_url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[guide.pk])
    form = client.get(edit_url)
    assert form.status_code == 200
    assert csp_directives(form)["frame-ancestors"] == ["'none'"]
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert csp_directives(preview)["frame-ancestors"] == ["'self'"]


def test_a_preview_rendered_through_the_public_stack_gets_the_editors_policy(rf):
    """Wagtail renders a preview by passing a copy of the request for the page's
    public address through every middleware; the public policy it comes back
    with must not stop the editor from framing it."""
    from django.http import HttpResponse

    from talentportal.headers import ContentSecurityPolicyMiddleware

    def preview_view(request):
        rendered = HttpResponse("<h1>Preview</h1>")
        rendered["Content-Security-Policy"] = "default-src 'self'; frame-ancestors 'none'"
        rendered["X-Frame-Options"] = "SAMEORIGIN"
        return rendered

    middleware = ContentSecurityPolicyMiddleware(preview_view)
    response = middleware(rf.get("/admin/pages/3/edit/preview/?in_preview_panel=true"))
    assert csp_directives(response)["frame-ancestors"] == ["'self'"]
    # A public page that sets its own policy keeps it.
    public = middleware(rf.get("/en/beijing/"))
    assert csp_directives(public)["frame-ancestors"] == ["'none'"]


def test_every_environment_enforces_the_policy():
    """Development and production load the same middleware and policy as the tests."""
    probe = (
        "import importlib, json, sys;"
        "m = importlib.import_module(sys.argv[1]);"
        "print(json.dumps([m.MIDDLEWARE, m.CONTENT_SECURITY_POLICY['DIRECTIVES']['script-src'],"
        " getattr(m, 'CONTENT_SECURITY_POLICY_REPORT_ONLY', None)]))"
    )
    production_env = {
        "SECRET_KEY": "probe-only",
        "ALLOWED_HOSTS": "talent.example.org",
        "DATABASE_URL": "postgres://probe@127.0.0.1/probe",
        "SITE_URL": "https://talent.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "EMAIL_HOST": "mail.example.org",
    }
    for module, extra in (
        ("talentportal.settings.dev", {}),
        ("talentportal.settings.production", production_env),
    ):
        result = subprocess.run(
            [sys.executable, "-c", probe, module],
            cwd=ROOT,
            env={**os.environ, **extra},
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        middleware, script_src, report_only = json.loads(result.stdout)
        assert "talentportal.headers.ContentSecurityPolicyMiddleware" in middleware, module
        private = middleware.index("talentportal.headers.PrivateResponsesMiddleware")
        assert private > middleware.index(SESSION_MIDDLEWARE), module
        assert script_src == ["'self'"], module
        assert report_only is None, module


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.I)
HANDLER_ATTRIBUTE = re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)


def test_no_template_holds_an_inline_script_style_or_handler():
    """The static policy allows none of them: they belong in static/js and static/css."""
    found = []
    for template in sorted((ROOT / "templates").rglob("*.html")):
        text = template.read_text()
        for pattern in (INLINE_SCRIPT, STYLE_ATTRIBUTE, HANDLER_ATTRIBUTE):
            found += [f"{template.relative_to(ROOT)}: {m.group(0)}" for m in pattern.finditer(text)]
        found += [f"{template.relative_to(ROOT)}: <style>" for _ in re.finditer(r"<style", text)]
    assert not found, "\n".join(found)


# --- Other policies ---------------------------------------------------------------


@pytest.mark.django_db
def test_resource_and_permissions_policies_on_every_page(client, public_pages):
    for url in [*public_urls(), "/robots.txt", "/sitemap.xml", reverse("openings_rss")]:
        response = client.get(url)
        assert response["Cross-Origin-Resource-Policy"] == "same-origin", url
        policy = {
            item.split("=")[0].strip(): item.split("=")[1].strip()
            for item in response["Permissions-Policy"].split(",")
        }
        for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
            assert policy[feature] == "()", (url, feature)


# --- Anonymous pages stay cacheable --------------------------------------------------


@pytest.mark.django_db
def test_anonymous_public_pages_are_not_marked_private(client, public_pages):
    for url in public_urls()[:6]:
        response = client.get(url)
        assert "no-store" not in cache_directives(response), url
        assert "private" not in cache_directives(response), url


# --- Private, no-store ---------------------------------------------------------------


def _sample_kwargs(world):
    """A value for every URL parameter, chosen so that the real view answers."""
    by_name = {
        "openings_detail": {"pk": world["opening"].pk},
        "openings_toggle_saved": {"pk": world["opening"].pk},
        "applications_apply": {"pk": world["opening"].pk},
        "openings_delete_alert": {"pk": world["alert"].pk},
        "openings_unsubscribe": {"token": world["alert"].unsubscribe_token},
        "applications_mine_detail": {"pk": world["application"].pk},
        "applications_withdraw": {"pk": world["application"].pk},
        "applications_mine_cv": {"pk": world["application"].pk},
    }
    by_parameter = {
        "pk": world["organisation"].pk,
        "opening_id": world["opening"].pk,
        "application_id": world["hr_application"].pk,
        "member_id": world["membership"].pk,
        "slug": world["organisation"].slug,
        "action": "close",
    }
    return by_name, by_parameter


def _every_url(world):
    """Every named URL of the site outside the Wagtail admin, in English."""
    by_name, by_parameter = _sample_kwargs(world)
    resolver = get_resolver()
    urls = {}
    with translation.override("en"):
        for name, possibilities in resolver.reverse_dict.lists():
            if not isinstance(name, str):
                continue
            params = possibilities[0][0][0][1]
            if name == "wagtail_serve":
                urls[name] = GuidePage.objects.live().first().url
                continue
            kwargs = {p: by_name.get(name, {}).get(p, by_parameter.get(p, "1")) for p in params}
            url = reverse(name, kwargs=kwargs)
            if not url.startswith("/admin/"):
                urls[name] = url
    return urls


@pytest.fixture
def world(db):
    """A professional who applied with a CV to an opening of an organisation."""
    small_site()  # first: its privacy policy is the one people agree to
    owner = verified_user()
    org = organisation(owner=owner)
    job = opening(org)
    professional = verified_user(first_name="Lucía", last_name="Gómez")
    profile = Profile.objects.create(user=professional, nationality="ES", headline="Roboticist")
    profile.cv.save("cv.pdf", io.BytesIO(PDF), save=True)
    application = Application.objects.create(
        opening=job,
        applicant=professional,
        cover_letter="I build robots.",
        consent_at=timezone.now(),
        cv_name="lucia.pdf",
    )
    application.cv.save("cv.pdf", ContentFile(PDF), save=True)
    alert = SearchAlert.objects.create(user=professional, query="city=beijing")
    return {
        "professional": professional,
        "application": application,
        "hr_application": application,
        "opening": job,
        "organisation": org,
        "membership": Membership.objects.get(organisation=org, user=owner),
        "owner": owner,
        "alert": alert,
    }


def _sweep(client, urls):
    answered = {}
    for name, url in urls.items():
        response = client.get(url)
        assert_private(response, f"{name} {url} ({response.status_code})")
        answered[name] = response.status_code
    return answered


@pytest.mark.django_db
def test_every_page_a_professional_opens_is_private(client, world):
    client.force_login(world["professional"])
    answered = _sweep(client, _every_url(world))
    # The sweep reached the real pages, not only refusals.
    for name in (
        "accounts_dashboard",
        "accounts_privacy",
        "profiles_edit",
        "profiles_download_cv",
        "applications_mine",
        "applications_mine_detail",
        "applications_mine_cv",
        "openings_saved",
        "openings_list",
        "wagtail_serve",
    ):
        assert answered[name] == 200, (name, answered[name])


@pytest.mark.django_db
def test_every_page_an_organisation_member_opens_is_private(client, world):
    owner = world["owner"]
    with_totp(owner)
    sign_in_with_code(client, owner)
    answered = _sweep(client, _every_url(world))
    for name in (
        "organisations_employer",
        "organisations_manage",
        "applications_pipeline",
        "applications_export",
        "applications_hr_detail",
        "applications_hr_cv",
        "openings_employer",
        "openings_edit",
    ):
        assert answered[name] == 200, (name, answered[name])


@pytest.mark.django_db
def test_the_admin_is_private(client):
    _staff_with_code(client)
    for url in ("/admin/", "/admin/pages/", reverse("wagtailadmin_reports:aging_pages")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_private(response, url)


@pytest.mark.django_db
def test_the_data_export_and_recovery_codes_are_private(client, world):
    professional = world["professional"]
    with_totp(professional)
    RecoveryCodes.activate(professional)
    sign_in_with_code(client, professional, reauthenticated=True)
    export = client.post(reverse("accounts_export"))
    assert export.status_code == 200
    assert export["Content-Type"] == "application/zip"
    assert_private(export, "data export")
    for name in ("mfa_view_recovery_codes", "mfa_download_recovery_codes"):
        response = client.get(reverse(name))
        assert response.status_code == 200, name
        assert_private(response, name)


@pytest.mark.django_db
def test_a_public_page_seen_signed_in_is_private_even_if_the_view_says_public(client, world):
    client.force_login(world["professional"])
    response = client.get(reverse("openings_detail", args=[world["opening"].pk]))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_the_unsubscribe_link_is_never_cached(client, world):
    response = client.get(reverse("openings_unsubscribe", args=[world["alert"].unsubscribe_token]))
    assert response.status_code == 200
    assert_private(response, "unsubscribe")


@pytest.mark.django_db
def test_signed_out_pages_that_show_an_address_are_private(client):
    from allauth.account.models import EmailAddress, EmailConfirmationHMAC

    person = verified_user()
    address = EmailAddress.objects.create(user=person, email="second@example.org", verified=False)
    key = EmailConfirmationHMAC(address).key
    response = client.get(reverse("account_confirm_email", args=[key]))
    assert response.status_code == 200
    assert "second@example.org" in response.text
    assert_private(response, "e-mail confirmation")
