"""Deadlines across month ends, leap days and time zones."""

import datetime as dt

import pytest
import time_machine

from talentportal.navigator.clocks import CHINA_TZ, CLOCKS
from talentportal.onboarding.deadlines import status, timeline_steps
from talentportal.onboarding.models import Timeline
from talentportal.onboarding.pages import SettlingInPage
from talentportal.onboarding.wallet import Kind, act_by, expires_on

PACIFIC = dt.timezone(dt.timedelta(hours=-8))


def test_registration_entry_at_2330_china_is_next_day_2330_china_and_0730_for_a_reader_in_utc_minus_8():
    entry = dt.datetime(2027, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    due = CLOCKS["registration"].deadline(entry)
    assert due == dt.datetime(2027, 2, 1, 23, 30, tzinfo=CHINA_TZ)
    # The same moment read from UTC−8: half past seven in the morning of 1 February.
    assert due.astimezone(PACIFIC) == dt.datetime(2027, 2, 1, 7, 30, tzinfo=PACIFIC)
    assert due.astimezone(dt.UTC) == dt.datetime(2027, 2, 1, 15, 30, tzinfo=dt.UTC)


def test_entry_typed_in_utc_minus_8_counts_from_the_china_date():
    # 08:30 on 31 January in UTC−8 is already 00:30 on 1 February in China.
    entry = dt.datetime(2027, 1, 31, 8, 30, tzinfo=PACIFIC)
    assert CLOCKS["residence_permit"].deadline(entry) == dt.date(2027, 3, 3)
    # Read in China, 23:30 on 31 January counts from 31 January.
    late = dt.datetime(2027, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    assert CLOCKS["residence_permit"].deadline(late) == dt.date(2027, 3, 2)


@pytest.mark.parametrize(
    ("entry", "thirty_days"),
    [
        (dt.date(2027, 1, 31), dt.date(2027, 3, 2)),  # across February in a common year
        (dt.date(2028, 1, 31), dt.date(2028, 3, 1)),  # across 29 February 2028
        (dt.date(2027, 12, 15), dt.date(2028, 1, 14)),  # across the year's end
    ],
)
def test_thirty_day_clocks_across_month_and_year_ends(entry, thirty_days):
    assert CLOCKS["residence_permit"].deadline(entry) == thirty_days
    assert CLOCKS["work_permit_card"].deadline(entry) == thirty_days


@pytest.mark.parametrize(
    ("issued", "expires"),
    [
        (dt.date(2027, 8, 31), dt.date(2028, 2, 29)),  # to the leap day
        (dt.date(2028, 2, 29), dt.date(2028, 8, 29)),  # from the leap day
        (dt.date(2026, 8, 31), dt.date(2027, 2, 28)),  # no leap day: the month's last day
        (dt.date(2027, 7, 15), dt.date(2028, 1, 15)),  # across the year's end
    ],
)
def test_six_month_certificates_at_month_ends_and_leap_days(issued, expires):
    assert expires_on(Kind.CRIMINAL_RECORD, issued) == expires
    assert expires_on(Kind.MEDICAL, issued) == expires


def test_notice_is_valid_90_days_and_renewals_are_due_30_days_before_expiry():
    assert expires_on(Kind.PERMIT_NOTICE, dt.date(2027, 12, 1)) == dt.date(2028, 2, 29)
    assert act_by(Kind.RESIDENCE_PERMIT, dt.date(2028, 3, 30)) == dt.date(2028, 2, 29)
    assert act_by(Kind.WORK_PERMIT, dt.date(2027, 3, 1)) == dt.date(2027, 1, 30)
    assert act_by(Kind.PASSPORT, dt.date(2030, 5, 1)) == dt.date(2030, 5, 1)


def test_a_date_deadline_lasts_to_the_end_of_the_day_in_china():
    due = dt.date(2027, 3, 2)
    last_minute = dt.datetime(2027, 3, 2, 23, 59, tzinfo=CHINA_TZ)
    assert status(due, last_minute) == "near"
    # 16:30 in UTC is already 00:30 on the next day in China.
    assert status(due, dt.datetime(2027, 3, 2, 16, 30, tzinfo=dt.UTC)) == "past"
    assert status(due, dt.datetime(2027, 2, 1, tzinfo=CHINA_TZ)) == "open"
    assert status(due, dt.datetime(2027, 3, 5, tzinfo=CHINA_TZ), done=True) == "done"


def test_hour_deadline_is_near_and_then_past():
    due = dt.datetime(2027, 2, 1, 23, 30, tzinfo=CHINA_TZ)
    assert status(due, dt.datetime(2027, 2, 1, 23, 29, tzinfo=CHINA_TZ)) == "near"
    assert status(due, dt.datetime(2027, 2, 1, 23, 31, tzinfo=CHINA_TZ)) == "past"


@pytest.mark.django_db
def test_timeline_steps_follow_the_city_page_and_the_route(accepted):
    timeline: Timeline = accepted["timeline"]
    timeline.entry_at = dt.datetime(2028, 1, 31, 23, 30, tzinfo=CHINA_TZ)
    timeline.save()
    page = SettlingInPage.for_city(timeline.city)
    with time_machine.travel(dt.datetime(2028, 2, 1, 12, 0, tzinfo=CHINA_TZ), tick=False):
        steps = {s.key: s for s in timeline_steps(timeline, page)}
    assert "visa_r" not in steps and "visa_z" in steps
    assert [s for s in steps][:4] == ["notice", "visa_z", "entry", "registration"]
    assert steps["registration"].deadline.due == dt.datetime(2028, 2, 1, 23, 30, tzinfo=CHINA_TZ)
    assert steps["registration"].deadline.status == "near"
    assert steps["residence_permit"].deadline.due == dt.date(2028, 3, 1)
    assert steps["work_permit"].deadline.due == dt.date(2028, 3, 1)
    assert steps["notice"].deadline is None
    assert steps["notice"].missing_date
