"""Reminders of the timeline's own deadlines: 24 hours to register, 30 days for the permits."""

import datetime as dt

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from django.utils import translation

from talentportal.navigator.clocks import CHINA_TZ
from talentportal.onboarding import reminders, services
from talentportal.onboarding.models import ReminderLog

pytestmark = pytest.mark.django_db
# Entry late in the evening of 10 February 2028: register by 11 February 23:30,
# work-permit card and residence permit by 11 March (a leap February in between).
ENTRY = dt.datetime(2028, 2, 10, 23, 30, tzinfo=CHINA_TZ)
DUE_30 = dt.date(2028, 3, 11)


def schedule_at(moment):
    with time_machine.travel(moment, tick=False):
        return reminders.send_due_reminders() + reminders.send_due_step_reminders()


def run_days(first, last):
    """The hourly schedule, sampled twice a day from first to last."""
    day = first
    while day <= last:
        for hour in (9, 21):
            schedule_at(dt.datetime.combine(day, dt.time(hour), tzinfo=CHINA_TZ))
        day += dt.timedelta(days=1)


def claims():
    return sorted(ReminderLog.objects.values_list("kind", "lead_days", "due_on"))


def sent_on(kind, lead):
    return ReminderLog.objects.get(kind=kind, lead_days=lead).sent_at.astimezone(CHINA_TZ).date()


@pytest.fixture
def arrived(accepted):
    timeline = accepted["timeline"]
    timeline.entry_at = ENTRY
    timeline.save()
    return timeline


def test_entering_the_entry_date_sends_the_24_hour_reminder_at_once(client, accepted):
    timeline, person = accepted["timeline"], accepted["applicant"]  # she writes in Spanish
    with translation.override("es"):
        address = reverse("onboarding_timeline", args=[timeline.pk])
    dates = {"entry_date": "2028-02-10", "entry_time": "23:30"}
    with time_machine.travel(ENTRY + dt.timedelta(hours=1), tick=False):
        client.force_login(person)
        assert client.post(address, dates).status_code == 302
        assert len(mail.outbox) == 1  # at once, not at the next hourly run
        client.post(address, dates)  # saved twice, then the schedule: still one e-mail
        reminders.send_due_step_reminders()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [person.email]
    assert message.subject.startswith("Recordatorio: Registre su lugar de residencia")
    assert "11 de febrero de 2028" in message.subject
    assert "24 horas" in message.body
    assert "#step-registration" in message.body
    assert claims() == [("step:registration", 0, dt.date(2028, 2, 11))]


def test_an_entry_date_entered_ahead_waits_for_the_arrival(arrived):
    schedule_at(ENTRY - dt.timedelta(days=2))
    assert mail.outbox == []
    schedule_at(ENTRY + dt.timedelta(minutes=30))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("Recordatorio")
    # Once the 24 hours are over there is nothing left to remind.
    ReminderLog.objects.all().delete()
    schedule_at(ENTRY + dt.timedelta(hours=25))
    assert len(mail.outbox) == 1


def test_30_day_clocks_are_reminded_7_and_1_days_before_once_each(arrived):
    run_days(ENTRY.date(), DUE_30 + dt.timedelta(days=3))
    assert claims() == [
        ("step:registration", 0, dt.date(2028, 2, 11)),
        ("step:residence_permit", 1, DUE_30),
        ("step:residence_permit", 7, DUE_30),
        ("step:work_permit", 1, DUE_30),
        ("step:work_permit", 7, DUE_30),
    ]
    assert len(mail.outbox) == 5  # twice a day for a month, yet once per lead time
    assert sent_on("step:work_permit", 7) == dt.date(2028, 3, 4)
    assert sent_on("step:work_permit", 1) == dt.date(2028, 3, 10)
    subjects = [m.subject for m in mail.outbox]
    assert sum("11 de marzo de 2028" in s for s in subjects) == 4


def test_a_step_ticked_done_is_no_longer_reminded(arrived):
    services.tick(arrived, "work_permit", True)
    run_days(dt.date(2028, 3, 1), DUE_30)
    assert [kind for kind, _lead, _due in claims()] == ["step:residence_permit"] * 2
    # Ticked after its 7-day reminder, the residence permit gets no 1-day one.
    services.tick(arrived, "residence_permit", True)
    ReminderLog.objects.filter(lead_days=1).delete()
    count = len(mail.outbox)
    schedule_at(dt.datetime(2028, 3, 10, 9, tzinfo=CHINA_TZ))
    assert len(mail.outbox) == count


def test_a_changed_entry_date_stops_the_old_dates_reminders(arrived):
    schedule_at(dt.datetime(2028, 3, 4, 9, tzinfo=CHINA_TZ))
    assert len(mail.outbox) == 2  # the 7-day reminders of both permits
    arrived.entry_at = ENTRY + dt.timedelta(days=10)  # the real arrival was later
    arrived.save()
    schedule_at(dt.datetime(2028, 3, 10, 9, tzinfo=CHINA_TZ))  # the old 1-day mark
    assert len(mail.outbox) == 2
    schedule_at(dt.datetime(2028, 3, 14, 9, tzinfo=CHINA_TZ))  # 7 days before 21 March
    assert len(mail.outbox) == 4
    assert all("21 de marzo de 2028" in m.subject for m in mail.outbox[2:])


def test_the_90_day_notice_is_reminded_once_per_lead_time_through_its_wallet_date(accepted):
    person = accepted["applicant"]
    services.set_wallet_date(person, "permit_notice", dt.date(2028, 1, 3))  # act by 2 April
    run_days(dt.date(2028, 1, 3), dt.date(2028, 4, 5))
    assert claims() == [
        ("permit_notice", 7, dt.date(2028, 4, 2)),
        ("permit_notice", 30, dt.date(2028, 4, 2)),
        ("permit_notice", 60, dt.date(2028, 4, 2)),
    ]
    assert len(mail.outbox) == 3


def test_the_90_day_notice_stops_when_the_visa_step_is_done(accepted):
    services.set_wallet_date(accepted["applicant"], "permit_notice", dt.date(2028, 1, 3))
    services.tick(accepted["timeline"], "visa_z", True)
    run_days(dt.date(2028, 1, 30), dt.date(2028, 4, 2))
    assert mail.outbox == []


def test_a_run_that_dies_while_claiming_leaves_the_reminder_for_the_next_run(arrived, monkeypatch):
    real = reminders.send_later

    def dies(message):
        raise SystemExit("worker killed")

    monkeypatch.setattr(reminders, "send_later", dies)
    with pytest.raises(SystemExit):
        schedule_at(dt.datetime(2028, 3, 4, 9, tzinfo=CHINA_TZ))
    assert ReminderLog.objects.count() == 0
    monkeypatch.setattr(reminders, "send_later", real)
    schedule_at(dt.datetime(2028, 3, 4, 10, tzinfo=CHINA_TZ))
    schedule_at(dt.datetime(2028, 3, 4, 11, tzinfo=CHINA_TZ))
    assert len(mail.outbox) == 2
