"""Expiry reminders: once per lead time, in the recipient's language, and never twice."""

import datetime as dt

import pytest
import time_machine
from django.core import mail

from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding import reminders, services
from talentportal.onboarding.models import ReminderLog
from talentportal.onboarding.reminders import send_due_reminders
from tests.queue import run_worker

pytestmark = pytest.mark.django_db
# A criminal-record certificate issued on 31 August 2027 is accepted until 29 February 2028.
ISSUED = dt.date(2027, 8, 31)
DUE = dt.date(2028, 2, 29)


def at(day, hour=9):
    return dt.datetime.combine(day, dt.time(hour), tzinfo=CHINA_TZ)


def run_schedule_on(day, hour=9):
    with time_machine.travel(at(day, hour), tick=False):
        return send_due_reminders()


@pytest.fixture
def person(offer):
    person = offer["applicant"]  # writes in Spanish
    services.set_wallet_date(person, "criminal_record", ISSUED)
    return person


def test_one_reminder_per_lead_time_in_the_recipients_language(person):
    days = [DUE - dt.timedelta(days=n) for n in range(75, -3, -1)]
    for day in days:
        run_schedule_on(day)
        run_schedule_on(day, hour=21)  # the schedule runs every hour: twice a day here
    assert len(mail.outbox) == 3
    assert [m.to for m in mail.outbox] == [[person.email]] * 3
    subjects = [m.subject for m in mail.outbox]
    assert all(s.startswith("Recordatorio: Certificado de antecedentes penales") for s in subjects)
    assert "29 de febrero de 2028" in mail.outbox[0].body
    assert sorted(ReminderLog.objects.values_list("lead_days", flat=True)) == [7, 30, 60]


def test_the_60_day_reminder_is_sent_on_the_day_it_is_reached(person):
    run_schedule_on(DUE - dt.timedelta(days=61))
    assert mail.outbox == []
    run_schedule_on(DUE - dt.timedelta(days=60))
    assert len(mail.outbox) == 1


def test_no_reminder_after_the_date_changes(person):
    run_schedule_on(DUE - dt.timedelta(days=60))
    assert len(mail.outbox) == 1
    # A new certificate: the old date's 30- and 7-day reminders never go out.
    services.set_wallet_date(person, "criminal_record", dt.date(2028, 1, 10))
    run_schedule_on(DUE - dt.timedelta(days=30))
    run_schedule_on(DUE - dt.timedelta(days=7))
    assert len(mail.outbox) == 1


def test_no_reminder_when_the_step_is_done_or_the_kind_is_switched_off(accepted):
    person = accepted["applicant"]
    services.set_wallet_date(person, "criminal_record", ISSUED)
    services.set_wallet_date(person, "passport", DUE, remind=False)
    services.tick(accepted["timeline"], "work_permit", True)  # the certificate has served
    run_schedule_on(DUE - dt.timedelta(days=7))
    assert mail.outbox == []


def test_the_schedule_running_twice_sends_once(person):
    run_schedule_on(DUE - dt.timedelta(days=30))
    run_schedule_on(DUE - dt.timedelta(days=30))
    assert len(mail.outbox) == 1


def test_a_worker_killed_mid_run_neither_loses_nor_doubles_a_reminder(
    offer, task_queue, monkeypatch
):
    """Two people are due; the run dies after the first one's e-mail is queued."""
    first, second = offer["applicant"], offer["recruiter"]
    for person in (first, second):
        services.set_wallet_date(person, "criminal_record", ISSUED)
    real_send = reminders.send_reminder
    calls = []

    def dies_on_second(document, due, lead):
        calls.append(document.user_id)
        if len(calls) == 2:
            raise SystemExit("worker killed")
        return real_send(document, due, lead)

    monkeypatch.setattr(reminders, "send_reminder", dies_on_second)
    with pytest.raises(SystemExit):
        run_schedule_on(DUE - dt.timedelta(days=7))
    monkeypatch.setattr(reminders, "send_reminder", real_send)
    # The schedule runs again, twice, and the worker delivers what is queued.
    run_schedule_on(DUE - dt.timedelta(days=7), hour=10)
    run_schedule_on(DUE - dt.timedelta(days=7), hour=11)
    run_worker()
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted([first.email, second.email])
    by = {m.to[0]: m.subject for m in mail.outbox}
    assert by[first.email].startswith("Recordatorio")  # Spanish
    assert by[second.email].startswith("Rappel")  # French


def test_a_crash_inside_the_claiming_transaction_leaves_nothing_behind(
    person, task_queue, monkeypatch
):
    """Killed between claiming the log row and committing: the next run sends it."""

    def killed(message):
        raise SystemExit("worker killed while queueing")

    with monkeypatch.context() as patch:
        patch.setattr(reminders, "send_later", killed)
        with pytest.raises(SystemExit):
            run_schedule_on(DUE - dt.timedelta(days=7))
    assert not ReminderLog.objects.exists()
    run_schedule_on(DUE - dt.timedelta(days=7), hour=10)
    run_worker()
    assert len(mail.outbox) == 1
