"""Dates in e-mails read as CLDR writes them in the recipient's language.

The pages format dates through `talentportal.languages.formats` (Babel); the
reminders, the weekly digest and the interview message must use the same
home, not Django's hand-kept format files (which write "29 فبراير، 2028" with
a comma, "Feb. 29, 2028" in English, "a las 23:30" in Spanish, and nothing
local at all for "2028-02-11 23:30").
"""

import datetime as dt

import pytest
import time_machine
from django.core import mail

from talentportal.applications.services import schedule_interview
from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding import reminders, services

pytestmark = pytest.mark.django_db

ISSUED = dt.date(2027, 8, 31)  # a criminal-record certificate, accepted until 29 February 2028
DUE = dt.date(2028, 2, 29)
# CLDR's long date in each language, as Babel 2.18 writes it (\u202f: a narrow no-break space).
DUE_IN = {
    "en": "February 29, 2028",
    "ar": "29 فبراير 2028",
    "zh-hans": "2028年2月29日",
    "fr": "29 février 2028",
}
ISSUED_IN = {"en": "August 31, 2027", "ar": "31 أغسطس 2027"}
# Entry at 23:30 on 10 February: register within 24 hours, by 23:30 on the 11th.
ENTRY = dt.datetime(2028, 2, 10, 23, 30, tzinfo=CHINA_TZ)
REGISTER_BY = {
    "en": "February 11, 2028, 11:30\u202fPM",
    "ar": "11 فبراير 2028، 11:30 م",
    "es": "11 de febrero de 2028, 23:30",
    "fr": "11 février 2028, 23:30",
}
INTERVIEW = dt.datetime(2028, 2, 3, 10, 0, tzinfo=CHINA_TZ)
INTERVIEW_IN = {
    "ar": "3 فبراير 2028، 10:00 ص",
    "zh-hans": "2028年2月3日 10:00",
    "ru": "3 февраля 2028\u202fг., 10:00",
    "es": "3 de febrero de 2028, 10:00",
}


def reader(person, language):
    person.preferred_language = language
    person.save(update_fields=["preferred_language"])
    return person


@pytest.mark.parametrize("language", ["en", "ar", "zh-hans", "fr"])
def test_a_document_reminder_gives_its_dates_as_cldr_writes_them(offer, language):
    person = reader(offer["applicant"], language)
    services.set_wallet_date(person, "criminal_record", ISSUED)
    with time_machine.travel(dt.datetime(2027, 12, 31, 9, tzinfo=CHINA_TZ), tick=False):
        assert reminders.send_due_reminders() == 1
    (email,) = mail.outbox
    assert DUE_IN[language] in email.subject
    assert DUE_IN[language] in email.body
    if language in ISSUED_IN:
        assert ISSUED_IN[language] in email.body


@pytest.mark.parametrize("language", ["en", "ar", "es", "fr"])
def test_a_step_reminder_gives_its_hour_as_cldr_writes_it(accepted, language):
    reader(accepted["applicant"], language)
    timeline = accepted["timeline"]
    timeline.entry_at = ENTRY
    timeline.save()
    with time_machine.travel(ENTRY + dt.timedelta(hours=1), tick=False):
        assert reminders.send_due_step_reminders() >= 1
    bodies = [m.subject + "\n" + m.body for m in mail.outbox]
    assert any(REGISTER_BY[language] in body for body in bodies), bodies


def test_the_weekly_digest_gives_dates_as_cldr_writes_them_for_the_owner(accepted):
    reader(accepted["owner"], "ar")
    timeline = accepted["timeline"]
    timeline.entry_at = dt.datetime(2028, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    timeline.save()
    services.set_wallet_date(accepted["applicant"], "residence_permit", dt.date(2028, 3, 30))
    with time_machine.travel(dt.datetime(2028, 2, 1, 9, tzinfo=CHINA_TZ), tick=False):
        assert reminders.send_weekly_digests() == 1
    body = mail.outbox[0].body
    # The residence permit's renewal falls due 30 days before 30 March 2028.
    assert "29 فبراير 2028" in body
    assert "فبراير،" not in body


@pytest.mark.parametrize("language", ["ar", "zh-hans", "ru", "es"])
def test_the_interview_message_gives_its_time_as_cldr_writes_it(
    offer, language, django_capture_on_commit_callbacks
):
    applicant = reader(offer["applicant"], language)
    application = offer["application"]
    application.applicant = applicant
    with django_capture_on_commit_callbacks(execute=True):
        schedule_interview(application, offer["recruiter"], INTERVIEW, "Room 5")
    (email,) = mail.outbox
    assert INTERVIEW_IN[language] in email.body
    assert "2028-02-03 10:00" not in email.body
    assert INTERVIEW_IN[language] in application.messages.get().body
