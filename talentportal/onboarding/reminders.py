"""Expiry and step-deadline reminders and the employers' weekly digest, sent by the task worker.

Each e-mail is claimed by a unique log row in the same transaction that queues
it. If the schedule runs twice, the second run finds the row and sends nothing;
if a worker dies before committing, neither the row nor the queued e-mail
exists and the next run sends it. One row, one e-mail.
"""

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from talentportal.languages.formats import format_day, format_moment
from talentportal.mail import send_later
from talentportal.navigator.clocks import CLOCKS, Clock
from talentportal.onboarding.deadlines import (
    china_now,
    coming_dates,
    start_of,
    timeline_steps,
    wallet_dates,
)
from talentportal.onboarding.models import DigestLog, Document, ReminderLog, Timeline
from talentportal.onboarding.pages import SettlingInPage
from talentportal.onboarding.steps import CLOCK_STARTS, STEP_LABELS
from talentportal.onboarding.wallet import RULES, Kind, act_by, expires_on
from talentportal.organisations.models import Membership

LEAD_DAYS = (60, 30, 7)
# Issue-dated documents act at most about six months after their date: older ones need nothing.
OLDEST_RELEVANT = dt.timedelta(days=200)
DIGEST_HORIZON = dt.timedelta(days=30)


def lead_for(days_left: int, leads: tuple[int, ...] = LEAD_DAYS) -> int | None:
    """The reminder due now: the shortest lead time already reached, none once the day is past."""
    if days_left < 0:
        return None
    reached = [lead for lead in leads if days_left <= lead]
    return min(reached) if reached else None


def _site_url(name, *args):
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


def _finished_steps(user) -> set:
    return set(
        Timeline.objects.filter(user=user)
        .values_list("done__step", flat=True)
        .exclude(done__step=None)
    )


def _claim_and_send(user, kind: str, due: dt.date, lead: int, compose) -> bool:
    """Claim (person, kind, due day, lead) and queue its e-mail in one transaction.

    ``compose`` returns (subject, body) and runs in the person's language. Every
    reminder, of a wallet date or of a step's deadline, goes through here.
    """
    with transaction.atomic():
        _log, created = ReminderLog.objects.get_or_create(
            user=user, kind=kind, due_on=due, lead_days=lead
        )
        if not created:
            return False
        with translation.override(user.preferred_language):
            subject, body = compose()
        send_later(EmailMultiAlternatives(subject, body, None, [user.email]))
    return True


def send_reminder(document: Document, due: dt.date, lead: int) -> bool:
    def compose():
        context = {
            "document": Kind(document.kind).label,
            "date_label": RULES[document.kind].date_label,
            "date": format_day(document.date),
            "expires_on": format_day(expires_on(document.kind, document.date)),
            "act_by": format_day(due),
            "lead": lead,
            "url": _site_url("onboarding_wallet"),
        }
        subject = _("Reminder: %(document)s, act by %(act_by)s") % context
        return subject, render_to_string("onboarding/email/reminder.txt", context)

    return _claim_and_send(document.user, document.kind, due, lead, compose)


def send_due_reminders(now: dt.datetime | None = None) -> int:
    today = china_now(now).date()
    sent = 0
    documents = Document.objects.filter(
        remind=True, date__gte=today - OLDEST_RELEVANT
    ).select_related("user")
    finished = {}
    for document in documents.iterator():
        due = act_by(document.kind, document.date)
        lead = lead_for((due - today).days)
        if lead is None:
            continue
        ends = RULES[document.kind].ends_with_steps
        if ends:
            if document.user_id not in finished:
                finished[document.user_id] = _finished_steps(document.user)
            if finished[document.user_id] & set(ends):
                continue
        sent += send_reminder(document, due, lead)
    return sent


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def send_weekly_digests(now: dt.datetime | None = None) -> int:
    """Once a week, tell each organisation's owners the coming dates of consenting hires."""
    now = china_now(now)
    week = _monday(now.date())
    sent = 0
    organisation_ids = (
        Timeline.objects.filter(consent_at__isnull=False, organisation__isnull=False)
        .values_list("organisation_id", flat=True)
        .distinct()
    )
    for organisation_id in organisation_ids:
        sent += _send_digest(organisation_id, week, now)
    return sent


def _send_digest(organisation_id, week, now) -> int:
    timelines = list(
        Timeline.objects.filter(
            organisation_id=organisation_id, consent_at__isnull=False
        ).select_related("user", "organisation")
    )
    rows = []
    for timeline in timelines:
        for deadline in coming_dates(timeline, wallet_dates(timeline.user), now):
            if deadline.sort_key - now <= DIGEST_HORIZON:
                rows.append((deadline, timeline))
    if not rows:
        return 0
    rows.sort(key=lambda row: row[0].sort_key)
    organisation = timelines[0].organisation
    owners = Membership.objects.filter(
        organisation_id=organisation_id, role=Membership.Role.OWNER
    ).select_related("user")
    with transaction.atomic():
        _log, created = DigestLog.objects.get_or_create(organisation_id=organisation_id, week=week)
        if not created:
            return 0
        for membership in owners:
            owner = membership.user
            with translation.override(owner.preferred_language):
                context = {
                    "organisation": organisation.name,
                    "rows": [
                        {
                            "name": timeline.user.get_full_name() or timeline.user.email,
                            "what": deadline.label,
                            "when": format_day(deadline.due),
                            "overdue": deadline.status == "past",
                        }
                        for deadline, timeline in rows
                    ],
                    "url": _site_url("onboarding_employer_calendar", organisation_id),
                }
                subject = _("%(organisation)s: compliance dates for the coming weeks") % context
                body = render_to_string("onboarding/email/digest.txt", context)
            send_later(EmailMultiAlternatives(subject, body, None, [owner.email]))
    return 1


# --- Step deadlines (ADR 0007, amendment) -----------------------------------------------

# A 30-day clock would meet its 60- and 30-day reminders on the day it starts:
# clocks of a month or less are reminded a week and a day before.
SHORT_CLOCK_LEADS = (7, 1)
SHORT_CLOCK_DAYS = 31
# An hour clock (24 hours to register) is shorter than any lead time: one e-mail
# as soon as it runs, recorded with lead 0.
AT_START = 0
# Timeline-dated clocks run at most a month: older dates have nothing left to remind.
OLDEST_STEP_START = dt.timedelta(days=45)


def step_kind(step: str) -> str:
    """The reminder log's kind for a step's deadline; wallet kinds never hold a colon."""
    return f"step:{step}"


def step_leads(clock: Clock) -> tuple[int, ...]:
    if clock.unit == "hours":
        return (AT_START,)
    if clock.unit == "days" and 0 < clock.amount <= SHORT_CLOCK_DAYS:
        return SHORT_CLOCK_LEADS
    return LEAD_DAYS


def _step_lead(clock: Clock, start, due, now: dt.datetime) -> int | None:
    if clock.unit == "hours":
        # Entered ahead of the journey, the clock starts at arrival: the e-mail waits for it.
        return AT_START if now >= start else None
    return lead_for((due - now.date()).days, step_leads(clock))


def send_step_reminders(timeline: Timeline, now: dt.datetime | None = None) -> int:
    """E-mail the person's open step deadlines that reached a lead time, each once.

    Only clocks counted from the timeline's own dates (entry, a change, the
    contract's end): the 90-day notice counts from the wallet's notice date,
    whose reminders already claim that same deadline.
    """
    now = china_now(now)
    page = SettlingInPage.for_city(timeline.city)
    sent = 0
    for step in timeline_steps(timeline, page, now=now):
        deadline = step.deadline
        if deadline is None or deadline.status in ("done", "past"):
            continue
        if not isinstance(CLOCK_STARTS.get(step.clock), str):
            continue
        clock = CLOCKS[step.clock]
        start = start_of(step.clock, timeline, {})
        due_day = deadline.due.date() if deadline.timed else deadline.due
        lead = _step_lead(clock, start, due_day, now)
        if lead is not None:
            sent += _send_step_reminder(timeline, step.key, clock, deadline, due_day, lead)
    return sent


def _send_step_reminder(timeline, step, clock, deadline, due_day, lead) -> bool:
    def compose():
        when = deadline.due if deadline.timed else due_day
        context = {
            "what": clock.label,
            "step": STEP_LABELS[step],
            "due": format_moment(when) if deadline.timed else format_day(when),
            "clock": clock,
            "lead": lead,
            "url": _site_url("onboarding_timeline", timeline.pk) + f"#step-{step}",
        }
        subject = _("Reminder: %(what)s by %(due)s") % context
        return subject, render_to_string("onboarding/email/step_reminder.txt", context)

    return _claim_and_send(timeline.user, step_kind(step), due_day, lead, compose)


def send_due_step_reminders(now: dt.datetime | None = None) -> int:
    now = china_now(now)
    since = now - OLDEST_STEP_START
    timelines = Timeline.objects.filter(
        Q(entry_at__gte=since)
        | Q(change_on__gte=since.date())
        | Q(contract_end_on__gte=since.date())
    ).select_related("user", "city")
    return sum(send_step_reminders(timeline, now) for timeline in timelines.iterator())
