"""The professional's side: accepting an offer, dates, deadlines, ticks, the wallet."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import translation

from talentportal.applications.models import Stage
from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding.models import Document, StepDone, Timeline
from tests.onboarding_factories import SettlingInPageFactory
from tests.page_factories import CityPageFactory

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2028, 2, 1, 9, 0, tzinfo=CHINA_TZ)


def url(name, *args, language="en"):
    with translation.override(language):
        return reverse(name, args=args)


def test_an_offer_shows_the_accept_action_and_accepting_starts_the_timeline(
    client, offer, django_capture_on_commit_callbacks
):
    client.force_login(offer["applicant"])
    page = client.get(url("applications_mine_detail", offer["application"].pk))
    assert "Accept the offer" in page.text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("onboarding_accept", offer["application"].pk), {"route": "z", "consent": "on"}
        )
    # Each member hears of it in their own language, with the way to confirm.
    by = {m.to[0]: m for m in mail.outbox}
    assert by[offer["owner"].email].subject == "Lucía Gómez 已接受您的 Research Engineer 录用"
    assert by[offer["recruiter"].email].subject.startswith("Lucía Gómez a accepté")
    assert f"/applications/{offer['application'].pk}/" in by[offer["owner"].email].body
    timeline = Timeline.objects.get(application=offer["application"])
    assert response.url == url("onboarding_timeline", timeline.pk)
    assert timeline.consent_at is not None
    assert timeline.organisation == offer["org"]
    assert timeline.city.slug == "shanghai"
    page = client.get(response.url)
    assert "Waiting for the employer to confirm the hire." in page.text
    # Accepting twice keeps one timeline.
    client.post(url("onboarding_accept", offer["application"].pk), {"route": "z"})
    assert Timeline.objects.filter(application=offer["application"]).count() == 1


def test_only_an_offer_can_be_accepted_and_only_by_its_applicant(client, offer):
    application = offer["application"]
    client.force_login(offer["outsider"])
    assert client.post(url("onboarding_accept", application.pk), {"route": "z"}).status_code == 404
    application.stage = Stage.INTERVIEW
    application.save()
    client.force_login(offer["applicant"])
    client.post(url("onboarding_accept", application.pk), {"route": "z"})
    assert not Timeline.objects.exists()


def test_hr_confirms_the_hire_through_the_stage_service(client, accepted, fresh_login):
    application = accepted["application"]
    fresh_login(accepted["recruiter"], client=client)
    page = client.get(url("applications_hr_detail", accepted["org"].pk, application.pk))
    assert "Confirm the hire" in page.text
    client.post(url("onboarding_confirm_hire", accepted["org"].pk, application.pk))
    application.refresh_from_db()
    assert application.stage == Stage.HIRED
    assert application.history.last().to_stage == Stage.HIRED


def test_another_organisation_cannot_confirm(client, accepted, fresh_login):
    fresh_login(accepted["outsider"], client=client)
    response = client.post(
        url("onboarding_confirm_hire", accepted["other_org"].pk, accepted["application"].pk)
    )
    assert response.status_code == 404
    accepted["application"].refresh_from_db()
    assert accepted["application"].stage == Stage.OFFER


@time_machine.travel(NOW, tick=False)
def test_entry_date_gives_the_24_hour_and_30_day_deadlines_in_china_time(client, accepted):
    timeline = accepted["timeline"]
    client.force_login(accepted["applicant"])
    response = client.post(
        url("onboarding_timeline", timeline.pk),
        {"entry_date": "2028-01-31", "entry_time": "23:30", "notice_issued_on": "2027-12-01"},
    )
    assert response.status_code == 302
    timeline.refresh_from_db()
    assert timeline.entry_at == dt.datetime(2028, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    assert Document.objects.get(user=accepted["applicant"], kind="permit_notice").date == dt.date(
        2027, 12, 1
    )
    page = client.get(url("onboarding_timeline", timeline.pk)).text
    # Registration: 24 hours, an exact moment, with its UTC instant for the reader's own zone.
    assert "February 1, 2028, 11:30\u202fPM (China Standard Time)" in page
    assert 'datetime="2028-02-01T23:30:00+08:00" data-local-time' in page
    # Work-permit card and residence permit: 30 days, across the leap day.
    assert page.count("March 1, 2028, by the end of the day in China") == 2
    assert "Due soon" in page
    assert "js/local-time.js" in page


@time_machine.travel(NOW, tick=False)
def test_a_past_deadline_is_flagged_overdue(client, accepted):
    timeline = accepted["timeline"]
    timeline.entry_at = dt.datetime(2027, 12, 1, 10, 0, tzinfo=CHINA_TZ)
    timeline.save()
    client.force_login(accepted["applicant"])
    page = client.get(url("onboarding_timeline", timeline.pk)).text
    assert "Overdue" in page


def test_bad_dates_get_a_translated_message_and_lose_nothing(client, accepted):
    timeline = accepted["timeline"]
    client.force_login(accepted["applicant"])
    client.post(url("onboarding_timeline", timeline.pk), {"entry_date": "2028-01-31"})
    response = client.post(
        url("onboarding_timeline", timeline.pk, language="fr"),
        {"entry_date": "", "entry_time": "23:30", "change_on": "pas une date"},
    )
    assert response.status_code == 200
    assert "Veuillez corriger les dates indiquées ci-dessous." in response.text
    timeline.refresh_from_db()
    assert timeline.entry_at.astimezone(CHINA_TZ).date() == dt.date(2028, 1, 31)


@time_machine.travel(NOW, tick=False)
def test_ticking_a_step_records_the_day_and_unticking_removes_it(client, accepted):
    timeline = accepted["timeline"]
    client.force_login(accepted["applicant"])
    client.post(url("onboarding_tick", timeline.pk, "registration"), {"done": "1"})
    assert StepDone.objects.get(timeline=timeline, step="registration").done_on == NOW.date()
    page = client.get(url("onboarding_timeline", timeline.pk)).text
    assert "Done on February 1, 2028" in page
    assert "Mark “Register where you live” as not done" in page
    client.post(url("onboarding_tick", timeline.pk, "registration"), {"done": "0"})
    assert not StepDone.objects.filter(timeline=timeline).exists()
    assert (
        client.post(url("onboarding_tick", timeline.pk, "nonsense"), {"done": "1"}).status_code
        == 404
    )


def test_someone_elses_timeline_is_404(client, accepted):
    client.force_login(accepted["outsider"])
    timeline = accepted["timeline"]
    assert client.get(url("onboarding_timeline", timeline.pk)).status_code == 404
    assert (
        client.post(url("onboarding_tick", timeline.pk, "entry"), {"done": "1"}).status_code == 404
    )
    assert client.post(url("onboarding_consent", timeline.pk), {}).status_code == 404


def test_personal_pages_are_private_and_not_stored(client, accepted):
    client.force_login(accepted["applicant"])
    for address in (
        url("onboarding_home"),
        url("onboarding_timeline", accepted["timeline"].pk),
        url("onboarding_wallet"),
        url("onboarding_add"),
    ):
        cache = client.get(address)["Cache-Control"]
        assert "private" in cache and "no-store" in cache


def test_a_job_found_elsewhere_starts_a_timeline_without_an_employer_link(client, offer):
    client.force_login(offer["applicant"])
    beijing = CityPageFactory(title="Beijing")
    SettlingInPageFactory(parent=beijing)
    response = client.post(
        url("onboarding_add"),
        {
            "employer_name": "Tsinghua Lab",
            "city": beijing.pk,
            "start_date": "2028-03-01",
            "route": "r",
        },
    )
    timeline = Timeline.objects.get(employer_name="Tsinghua Lab")
    assert response.url == url("onboarding_timeline", timeline.pk)
    assert timeline.organisation is None and timeline.application is None
    page = client.get(response.url).text
    assert "R visa" in page and "Z visa" not in page.split("Steps", 1)[1].split("Sharing")[0]
    assert "Sharing with your employer" not in page
    missing = client.post(url("onboarding_add"), {"employer_name": "", "route": "z"})
    assert "This field is required." in missing.text


def test_the_timeline_in_arabic_is_right_to_left_with_the_city_steps(client, accepted):
    client.force_login(accepted["applicant"])
    page = client.get(url("onboarding_timeline", accepted["timeline"].pk, language="ar")).text
    assert 'dir="rtl"' in page
    assert "سجّل مكان إقامتك" in page  # the Shanghai page's registration step, in Arabic


@time_machine.travel(NOW, tick=False)
def test_wallet_keeps_dates_and_switches_only(client, accepted):
    client.force_login(accepted["applicant"])
    data = {
        "criminal_record_date": "2027-08-31",
        "criminal_record_remind": "on",
        "visa_date": "2028-02-05",
    }
    client.post(url("onboarding_wallet"), data)
    wallet = {d.kind: d for d in Document.objects.filter(user=accepted["applicant"])}
    assert wallet["criminal_record"].remind is True
    assert wallet["visa"].remind is False
    page = client.get(url("onboarding_wallet")).text
    # Certificate issued 31 August 2027: accepted until 29 February 2028.
    assert "February 29, 2028" in page
    # The visa runs out in four days.
    assert "February 5, 2028" in page and page.count("Due soon") == 1
    client.post(url("onboarding_wallet"), {"passport_date": "2030-05-01"})
    assert not Document.objects.filter(user=accepted["applicant"], kind="visa").exists()
    assert not Document.objects.filter(user=accepted["applicant"], kind="criminal_record").exists()
    bad = client.post(url("onboarding_wallet"), {"passport_date": "soon"})
    assert "Please correct the dates marked below." in bad.text
    assert Document.objects.get(user=accepted["applicant"], kind="passport").date == dt.date(
        2030, 5, 1
    )
