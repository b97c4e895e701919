"""Expiry reminders and the employers' weekly digest, sent by the task worker.

Each e-mail is claimed by a unique log row in the same transaction that queues
it. If the schedule runs twice, the second run finds the row and sends nothing;
if a worker dies before committing, neither the row nor the queued e-mail
exists and the next run sends it. One row, one e-mail.
"""

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from talentportal.mail import send_later
from talentportal.onboarding.deadlines import china_now, coming_dates, wallet_dates
from talentportal.onboarding.models import DigestLog, Document, ReminderLog, Timeline
from talentportal.onboarding.wallet import RULES, Kind, act_by, expires_on
from talentportal.organisations.models import Membership

LEAD_DAYS = (60, 30, 7)
# Issue-dated documents act at most about six months after their date: older ones need nothing.
OLDEST_RELEVANT = dt.timedelta(days=200)
SCHEDULE_EVERY = dt.timedelta(hours=1)
DIGEST_HORIZON = dt.timedelta(days=30)


def lead_for(days_left: int) -> int | None:
    """The reminder due now: the shortest lead time already reached, none once the day is past."""
    if days_left < 0:
        return None
    reached = [lead for lead in LEAD_DAYS if days_left <= lead]
    return min(reached) if reached else None


def _site_url(name, *args):
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


def _finished_steps(user) -> set:
    return set(
        Timeline.objects.filter(user=user)
        .values_list("done__step", flat=True)
        .exclude(done__step=None)
    )


def send_reminder(document: Document, due: dt.date, lead: int) -> bool:
    user = document.user
    with transaction.atomic():
        _log, created = ReminderLog.objects.get_or_create(
            user=user, kind=document.kind, due_on=due, lead_days=lead
        )
        if not created:
            return False
        with translation.override(user.preferred_language):
            context = {
                "document": Kind(document.kind).label,
                "date_label": RULES[document.kind].date_label,
                "date": formats.date_format(document.date, "DATE_FORMAT"),
                "expires_on": formats.date_format(
                    expires_on(document.kind, document.date), "DATE_FORMAT"
                ),
                "act_by": formats.date_format(due, "DATE_FORMAT"),
                "lead": lead,
                "url": _site_url("onboarding_wallet"),
            }
            subject = _("Reminder: %(document)s, act by %(act_by)s") % context
            body = render_to_string("onboarding/email/reminder.txt", context)
        send_later(EmailMultiAlternatives(subject, body, None, [user.email]))
    return True


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
                            "when": formats.date_format(
                                deadline.due if not deadline.timed else deadline.due.date(),
                                "DATE_FORMAT",
                            ),
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


@task()
def onboarding_schedule_task():
    send_due_reminders()
    send_weekly_digests()
    if onboarding_schedule_task.get_backend().supports_defer:
        # The worker has no clock of its own: the task books its next run.
        onboarding_schedule_task.using(run_after=timezone.now() + SCHEDULE_EVERY).enqueue()
