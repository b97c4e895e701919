"""Each step lists the visa navigator's checklist documents for the person's nationality."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from talentportal.navigator.clocks import CHINA_TZ
from talentportal.navigator.models import RuleVersion, SavedResult
from talentportal.onboarding import services
from talentportal.profiles.models import Profile
from tests.onboarding_factories import SettlingInPageFactory

pytestmark = pytest.mark.django_db


def timeline_page(client, timeline):
    client.force_login(timeline.user)
    with translation.override("en"):
        return client.get(reverse("onboarding_timeline", args=[timeline.pk])).text


def step(html, key):
    """The HTML of one step's card, up to the next step."""
    start = html.index(f'id="step-{key}"')
    end = html.find('id="step-', start + 1)
    return html[start : end if end != -1 else len(html)]


def test_the_notice_step_shows_the_apostille_for_a_french_national(client, accepted):
    Profile.objects.create(user=accepted["applicant"], nationality="FR")
    html = timeline_page(client, accepted["timeline"])
    notice = step(html, "notice")
    assert "Criminal-record certificate" in notice
    assert "Apostille: France is a party to the Apostille Convention" in notice
    assert "Consular legalisation" not in notice
    # Shanghai's own exception to the certificate comes with it.
    assert "notice-and-pledge" in notice
    assert "Add your nationality to your profile" not in html


def test_the_same_step_shows_consular_legalisation_for_a_thai_national(client, accepted):
    Profile.objects.create(user=accepted["applicant"], nationality="TH")
    notice = step(timeline_page(client, accepted["timeline"]), "notice")
    assert "Consular legalisation: your country is not (yet) a party" in notice
    assert "Apostille: " not in notice


def test_a_saved_navigator_result_gives_the_nationality_when_the_profile_does_not(client, accepted):
    SavedResult.objects.create(
        user=accepted["applicant"],
        rule_version=RuleVersion.current(),
        answers={"nationality": "TH", "city": "shanghai"},
        route="z_b",
        klass="B",
    )
    notice = step(timeline_page(client, accepted["timeline"]), "notice")
    assert "Consular legalisation: your country is not (yet) a party" in notice


def test_without_a_nationality_the_generic_list_names_both_ways(client, accepted):
    html = timeline_page(client, accepted["timeline"])
    assert "Apostille if your country is a party" in step(html, "notice")
    assert "Add your nationality to your profile" in html


def test_each_step_shows_only_its_own_documents(client, accepted):
    html = timeline_page(client, accepted["timeline"])
    registration = step(html, "registration")
    assert "Passport" in registration
    assert "Criminal-record certificate" not in registration
    visa = step(html, "visa_z")
    assert "Work-permit notice" in visa and "90 days to apply for the visa." in visa
    assert "Confirmation letter for the R visa" not in visa
    assert "Highest degree" in step(html, "notice")


def test_an_r_route_visa_step_asks_for_the_confirmation_letter(client, offer):
    timeline = services.accept_offer(offer["application"], offer["applicant"], "r", consent=False)
    visa = step(timeline_page(client, timeline), "visa_r")
    assert "Confirmation letter for the R visa" in visa


def test_a_wallet_date_shows_how_long_the_persons_own_certificate_lasts(client, accepted):
    person = accepted["applicant"]
    services.set_wallet_date(person, "criminal_record", dt.date(2027, 8, 31))
    with time_machine.travel(dt.datetime(2028, 1, 5, 9, tzinfo=CHINA_TZ), tick=False):
        notice = step(timeline_page(client, accepted["timeline"]), "notice")
    assert "6 months from its issue date" in notice
    assert "Dated August 31, 2027, valid until February 29, 2028." in notice
    with time_machine.travel(dt.datetime(2028, 3, 1, 9, tzinfo=CHINA_TZ), tick=False):
        notice = step(timeline_page(client, accepted["timeline"]), "notice")
    assert "it ran out on February 29, 2028: you need a new one." in notice


def test_the_public_steps_page_lists_the_checklist_and_the_citys_extras(client):
    page = SettlingInPageFactory()  # Shanghai's
    with translation.override("en"):
        html = client.get(page.get_url()).text
    notice = step(html, "notice")
    assert "Criminal-record certificate" in notice
    assert "Apostille if your country is a party" in notice
    registration = step(html, "registration")
    assert "Passport" in registration
    assert "Also bring, in this city:" in registration and "Lease of your home" in registration
    assert "Confirmation letter for the R visa" in step(html, "visa_r")
