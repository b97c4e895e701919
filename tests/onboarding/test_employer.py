"""The employer's compliance calendar: only with the hire's consent, gone when it is withdrawn."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import translation

from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding import services
from talentportal.onboarding.reminders import send_weekly_digests

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2028, 2, 1, 9, 0, tzinfo=CHINA_TZ)


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


@pytest.fixture
def hire(accepted):
    timeline = accepted["timeline"]
    timeline.entry_at = dt.datetime(2028, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    timeline.contract_end_on = dt.date(2028, 2, 20)
    timeline.save()
    services.set_wallet_date(accepted["applicant"], "residence_permit", dt.date(2028, 3, 30))
    services.tick(timeline, "notice", True, on=dt.date(2027, 12, 1))
    return accepted


@time_machine.travel(NOW, tick=False)
def test_members_see_a_consenting_hires_status_and_coming_dates(client, hire, fresh_login):
    fresh_login(hire["recruiter"], client=client)
    org, timeline = hire["org"], hire["timeline"]
    page = client.get(url("onboarding_employer_hire", org.pk, timeline.pk))
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    text = page.text
    assert "Lucía Gómez" in text
    assert "Done on December 1, 2027" in text  # the notice
    assert "Apply to extend the residence permit" in text  # 30 days before 30 March
    assert "February 29, 2028" in text
    assert "Employer cancels the work permit" in text  # 10 days after the contract's end
    assert "March 1, 2028" in text
    calendar = client.get(url("onboarding_employer_calendar", org.pk)).text
    assert "Lucía Gómez" in calendar and "February 29, 2028" in calendar


@time_machine.travel(NOW, tick=False)
def test_without_consent_hr_gets_404_and_sees_no_dates(client, hire, fresh_login):
    services.set_consent(hire["timeline"], False)
    fresh_login(hire["owner"], client=client)
    org, timeline = hire["org"], hire["timeline"]
    assert client.get(url("onboarding_employer_hire", org.pk, timeline.pk)).status_code == 404
    calendar = client.get(url("onboarding_employer_calendar", org.pk)).text
    assert "Lucía Gómez" not in calendar and "February 29, 2028" not in calendar
    detail = client.get(url("applications_hr_detail", org.pk, hire["application"].pk)).text
    assert "The hire does not share their timeline with you." in detail
    assert "Timeline status and coming dates" not in detail
    assert "March 1, 2028" not in detail


def test_another_organisation_and_strangers_get_404(client, hire, fresh_login):
    timeline = hire["timeline"]
    fresh_login(hire["outsider"], client=client)
    assert (
        client.get(url("onboarding_employer_hire", hire["other_org"].pk, timeline.pk)).status_code
        == 404
    )
    assert client.get(url("onboarding_employer_calendar", hire["org"].pk)).status_code == 404


@time_machine.travel(NOW, tick=False)
def test_withdrawn_consent_removes_the_hire_from_calendar_and_feed(client, hire, fresh_login):
    org, timeline = hire["org"], hire["timeline"]
    fresh_login(hire["owner"], client=client)
    client.post(url("onboarding_employer_feed", org.pk), {"action": "renew"})
    from talentportal.onboarding.models import CalendarFeed

    feed_url = url("onboarding_feed", CalendarFeed.objects.get(organisation=org).token)
    assert (
        b"Lucia" in client.get(feed_url).content or "Lucía".encode() in client.get(feed_url).content
    )

    applicant = client.__class__()
    applicant.force_login(hire["applicant"])
    applicant.post(url("onboarding_consent", timeline.pk), {"consent": ""})
    timeline.refresh_from_db()
    assert timeline.consent_at is None

    assert "Lucía" not in client.get(url("onboarding_employer_calendar", org.pk)).text
    assert "Lucía".encode() not in client.get(feed_url).content
    assert client.get(url("onboarding_employer_hire", org.pk, timeline.pk)).status_code == 404
    # Consent given again brings them back.
    applicant.post(url("onboarding_consent", timeline.pk), {"consent": "on"})
    assert "Lucía" in client.get(url("onboarding_employer_calendar", org.pk)).text


def test_weekly_digest_goes_to_owners_once_a_week_in_their_language(hire):
    with time_machine.travel(NOW, tick=False):
        assert send_weekly_digests() == 1
        assert send_weekly_digests() == 0  # same week, second run
    assert [m.to for m in mail.outbox] == [[hire["owner"].email]]
    assert "Pudong Robotics" in mail.outbox[0].subject
    assert "合规" in mail.outbox[0].subject  # the owner reads Chinese
    assert "Lucía Gómez" in mail.outbox[0].body
    with time_machine.travel(NOW + dt.timedelta(days=7), tick=False):
        assert send_weekly_digests() == 1
    services.set_consent(hire["timeline"], False)
    with time_machine.travel(NOW + dt.timedelta(days=14), tick=False):
        assert send_weekly_digests() == 0
    assert len(mail.outbox) == 2
