"""Trust cues: e-mails speak as the portal, stale facts are flagged up front."""

import datetime
import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone, translation

from tests.factories import verified_user
from tests.page_factories import (
    CityPageFactory,
    NeighbourhoodPageFactory,
    PrivacyPolicyPageFactory,
    VisaResourcePageFactory,
)

PASSWORD = "correct-horse-battery"
URL = re.compile(r"https?://\S+")


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def policy_and_beijing(db):
    """The privacy policy people agree to on sign-up, and a city for organisations."""
    PrivacyPolicyPageFactory()
    CityPageFactory(title="Beijing")


def signup(client, email, language):
    return client.post(
        f"/{language}/accounts/signup/",
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "intent": "professional",
            "consent": "on",
        },
    )


def brand_in(language):
    with translation.override(language):
        return translation.gettext("Talent Portal")


@pytest.mark.django_db
def test_every_account_email_greets_with_the_portals_name_never_the_servers_address(
    client, fresh_login, policy_and_beijing
):
    """Sign-up, a repeated sign-up, password reset and a password change, in four languages."""
    languages = {}
    signup(client, "new.reader@example.org", "zh-hans")
    languages["new.reader@example.org"] = "zh-hans"
    verified_user(email="known.reader@example.org", language="ar")
    signup(client, "known.reader@example.org", "ar")
    languages["known.reader@example.org"] = "ar"
    verified_user(email="forgetful@example.org", language="ru")
    client.post("/ru/accounts/password/reset/", {"email": "forgetful@example.org"})
    languages["forgetful@example.org"] = "ru"
    changer = verified_user(email="changer@example.org", language="fr")
    changer.set_password(PASSWORD)
    changer.save()
    fresh_login(changer)
    client.post(
        "/fr/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "Another-pass-73x", "password2": "Another-pass-73x"},
    )
    languages["changer@example.org"] = "fr"

    assert {m.to[0] for m in mail.outbox} == set(languages)
    for message in mail.outbox:
        text = URL.sub("", f"{message.subject}\n{message.body}")
        # The test client's host is "testserver"; the site's is 127.0.0.1:8000.
        assert "testserver" not in text, message.body
        assert "127.0.0.1" not in message.body.splitlines()[0], message.body
        brand = brand_in(languages[message.to[0]])
        assert brand in message.body.splitlines()[0], message.body
        assert message.subject.startswith(f"[{brand}] "), message.subject


@pytest.mark.django_db
def test_the_due_for_a_check_warning_sits_at_the_top_of_the_page(client):
    for factory in (NeighbourhoodPageFactory, VisaResourcePageFactory):
        page = factory()
        page.last_verified = timezone.localdate() - datetime.timedelta(days=400)
        page.save_revision().publish()
        with translation.override("en"):
            url = page.get_url()
        html = client.get(url).content.decode()
        warning = html.index("These facts are due for a new check")
        assert warning < html.index("</header>", html.index('<main id="main"')), page.url
        assert html.count("These facts are due for a new check") == 1, page.url


@pytest.mark.django_db
def test_a_freshly_checked_page_has_no_warning(client):
    page = VisaResourcePageFactory()
    page.last_verified = timezone.localdate()
    page.save_revision().publish()
    with translation.override("en"):
        url = page.get_url()
    html = client.get(url).content.decode()
    assert "due for a new check" not in html
    assert "Last verified on" in html


CITY_CONTACT_NUMBERS = ("110", "119", "120", "122", "12345", "12367", "12333")


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize("language", ["en", "zh-hans", "ar", "ru", "es", "fr"])
def test_each_city_has_a_contact_page_saying_which_office_answers_what(client, language):
    """A guard of the demo content: each of its cities' contact pages, in every language."""
    from cms.models import CityPage, GuidePage

    for city in CityPage.objects.live():
        page = GuidePage.objects.descendant_of(city).live().get(slug="contacts")
        with translation.override(language):
            url, title, city_url = page.get_url(), page.title, city.get_url()
        assert page.is_translated(language), (city.slug, language)
        html = client.get(url).content.decode()
        for number in CITY_CONTACT_NUMBERS:
            assert f"<td>{number}</td>" in html, (city.slug, language, number)
        # The city page leads to it.
        assert f'href="{url}"' in client.get(city_url).content.decode(), city.slug
        assert title in html


@pytest.mark.django_db
@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_site_map_lists_every_public_page_in_the_readers_language(client, language):
    """Every page of the whole demo site, which has pages of every kind at every depth."""
    from wagtail.models import Page

    html = client.get(f"/{language}/site-map/").content.decode()
    pages = Page.objects.live().public().filter(depth__gt=1)
    assert pages.count() > 30
    for page in pages:
        with translation.override(language):
            assert f'href="{page.get_url()}"' in html, page.url_path
    assert f'href="/{language}/openings/"' in html
    # Every page's footer leads to it.
    assert f'href="/{language}/site-map/"' in client.get(f"/{language}/").content.decode()


@pytest.mark.django_db
def test_the_portals_own_emails_never_name_the_server_either(
    client, fresh_login, django_capture_on_commit_callbacks, policy_and_beijing
):
    """Applying (to the applicant and to HR) and inviting a colleague, in three languages."""
    import io

    from talentportal.openings.models import ScreeningQuestion
    from talentportal.profiles.models import Profile
    from tests.factories import opening, organisation
    from tests.profiles.test_cv_and_photo import PDF

    owner = verified_user(email="owner.hr@example.org", language="ar")
    org = organisation(owner=owner)
    job = opening(org)
    question = ScreeningQuestion.objects.create(
        opening=job, text="Can you start in March?", kind="yesno", required=True
    )
    applicant = verified_user(email="applicant.zh@example.org", language="zh-hans")
    profile = Profile.objects.create(user=applicant, nationality="ES", headline="Roboticist")
    profile.cv.save("cv.pdf", io.BytesIO(PDF), save=True)
    fresh_login(applicant)
    # Mail leaves once the application is committed.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/zh-hans/openings/{job.pk}/apply/",
            {
                "cv_source": "profile",
                "cover_letter": "I build robots.",
                f"question_{question.pk}": "yes",
                "consent": "on",
            },
        )
    fresh_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/ru/employer/{org.pk}/invite/", {"email": "new.hr@example.org", "role": "recruiter"}
        )

    recipients = {m.to[0] for m in mail.outbox}
    assert {"applicant.zh@example.org", "owner.hr@example.org", "new.hr@example.org"} <= recipients
    for message in mail.outbox:
        assert "testserver" not in URL.sub("", f"{message.subject}\n{message.body}"), message.body
