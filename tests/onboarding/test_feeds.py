"""Calendar feeds and the interview invitation."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import translation
from icalendar import Calendar

from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding import services
from talentportal.onboarding.models import CalendarFeed

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2028, 2, 1, 9, 0, tzinfo=CHINA_TZ)


def url(name, *args):
    with translation.override("en"):
        return reverse(name, args=args)


def events(content):
    calendar = Calendar.from_ical(content)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


@pytest.fixture
def subscribed(client, accepted):
    timeline = accepted["timeline"]
    timeline.entry_at = dt.datetime(2028, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    timeline.save()
    services.set_wallet_date(accepted["applicant"], "criminal_record", dt.date(2027, 8, 31))
    client.force_login(accepted["applicant"])
    client.post(url("onboarding_personal_feed"), {"action": "renew"})
    accepted["feed"] = CalendarFeed.objects.get(user=accepted["applicant"], organisation=None)
    return accepted


@time_machine.travel(NOW, tick=False)
def test_personal_feed_parses_with_all_day_and_utc_events_and_stable_uids(client, subscribed):
    feed_url = url("onboarding_feed", subscribed["feed"].token)
    client.logout()  # calendar apps carry no session
    response = client.get(feed_url)
    assert response["Content-Type"].startswith("text/calendar")
    assert "no-store" in response["Cache-Control"]
    first = events(response.content)
    timeline = subscribed["timeline"]
    registration = next(
        e for uid, e in first.items() if uid.startswith(f"timeline-{timeline.pk}-registration@")
    )
    start = registration.decoded("DTSTART")
    assert start == dt.datetime(2028, 2, 1, 15, 30, tzinfo=dt.UTC)
    assert start.tzinfo is not None and start.utcoffset() == dt.timedelta(0)
    residence = next(
        e for uid, e in first.items() if uid.startswith(f"timeline-{timeline.pk}-residence_permit@")
    )
    assert residence.decoded("DTSTART") == dt.date(2028, 3, 1)
    assert residence.decoded("DTEND") == dt.date(2028, 3, 2)
    assert f"/onboarding/{timeline.pk}/" in str(residence["URL"])
    wallet = next(e for uid, e in first.items() if uid.startswith("wallet-"))
    assert wallet.decoded("DTSTART") == dt.date(2028, 2, 29)
    # Built again later, the same events keep their UIDs.
    with time_machine.travel(NOW + dt.timedelta(hours=5), tick=False):
        again = events(client.get(feed_url).content)
    assert set(again) == set(first)


@time_machine.travel(NOW, tick=False)
def test_a_done_step_leaves_the_feed(client, subscribed):
    services.tick(subscribed["timeline"], "registration", True)
    content = client.get(url("onboarding_feed", subscribed["feed"].token)).content
    assert not any("registration" in uid for uid in events(content))


def test_revoked_and_renewed_addresses_answer_404(client, subscribed):
    old = subscribed["feed"].token
    client.post(url("onboarding_personal_feed"), {"action": "renew"})
    new = CalendarFeed.objects.get(pk=subscribed["feed"].pk).token
    assert new != old
    assert client.get(url("onboarding_feed", old)).status_code == 404
    assert client.get(url("onboarding_feed", new)).status_code == 200
    client.post(url("onboarding_personal_feed"), {"action": "revoke"})
    assert client.get(url("onboarding_feed", new)).status_code == 404


def test_an_organisation_feed_stops_when_its_holder_leaves(client, accepted, fresh_login):
    fresh_login(accepted["recruiter"], client=client)
    client.post(url("onboarding_employer_feed", accepted["org"].pk), {"action": "renew"})
    feed = CalendarFeed.objects.get(user=accepted["recruiter"])
    assert client.get(url("onboarding_feed", feed.token)).status_code == 200
    accepted["org"].memberships.filter(user=accepted["recruiter"]).delete()
    assert client.get(url("onboarding_feed", feed.token)).status_code == 404


def test_interview_details_come_with_an_ics_attachment(
    client, offer, fresh_login, django_capture_on_commit_callbacks
):
    application = offer["application"]
    application.stage = "interview"
    application.save()
    fresh_login(offer["recruiter"], client=client)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("applications_hr_detail", offer["org"].pk, application.pk),
            {
                "action": "interview",
                "interview-interview_at": "2028-02-03 10:00",
                "interview-interview_place": "Room 301, 88 Century Avenue",
            },
        )
    message = next(m for m in mail.outbox if m.to == [offer["applicant"].email])
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == ("interview.ics", "text/calendar")
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == dt.datetime(2028, 2, 3, 2, 0, tzinfo=dt.UTC)
    assert str(event["LOCATION"]) == "Room 301, 88 Century Avenue"
    assert str(event["UID"]).startswith(f"interview-{application.pk}@")
    assert str(event["SUMMARY"]).startswith("Entrevista")  # the applicant reads Spanish
