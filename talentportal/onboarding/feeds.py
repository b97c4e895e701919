"""What goes into the calendar feeds, in the language of the feed's address."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from talentportal.calendars import new_calendar, uid
from talentportal.onboarding import ics
from talentportal.onboarding.deadlines import (
    Deadline,
    coming_dates,
    timeline_steps,
    wallet_dates,
    wallet_deadlines,
)
from talentportal.onboarding.models import Timeline
from talentportal.onboarding.pages import SettlingInPage
from talentportal.onboarding.wallet import Kind


def _url(name, *args) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


def personal_calendar(user, now=None) -> bytes:
    calendar = new_calendar(_("My move to China — Talent Portal"))
    wallet = wallet_dates(user)
    for timeline in Timeline.objects.filter(user=user).select_related("city"):
        url = _url("onboarding_timeline", timeline.pk)
        page = SettlingInPage.for_city(timeline.city)
        for step in timeline_steps(timeline, page, wallet, now):
            if step.deadline and step.deadline.status != "done":
                calendar.add_component(
                    ics.deadline_event(
                        step.deadline,
                        uid("timeline", timeline.pk, step.key),
                        f"{step.title} — {timeline.employer_name}",
                        url,
                        str(step.deadline.label),
                    )
                )
    wallet_url = _url("onboarding_wallet")
    for row in wallet_deadlines(user, now):
        document = row["document"]
        deadline = Deadline("", row["act_by"], row["status"])
        calendar.add_component(
            ics.deadline_event(
                deadline,
                uid("wallet", user.pk, document.kind),
                _("Act by: %(document)s") % {"document": Kind(document.kind).label},
                wallet_url,
            )
        )
    return calendar.to_ical()


def organisation_calendar(organisation, now=None) -> bytes:
    calendar = new_calendar(
        _("%(organisation)s — compliance calendar") % {"organisation": organisation.name}
    )
    for timeline, deadline in organisation_dates(organisation, now):
        name = timeline.user.get_full_name() or timeline.user.email
        calendar.add_component(
            ics.deadline_event(
                deadline,
                uid("organisation", organisation.pk, timeline.pk, deadline.clock),
                f"{deadline.label} — {name}",
                _url("onboarding_employer_hire", organisation.pk, timeline.pk),
            )
        )
    return calendar.to_ical()


def organisation_dates(organisation, now=None) -> list:
    """(timeline, deadline) for every consenting hire's coming dates, soonest first."""
    rows = []
    timelines = Timeline.objects.filter(
        organisation=organisation, consent_at__isnull=False
    ).select_related("user", "city")
    for timeline in timelines:
        wallet = wallet_dates(timeline.user)
        steps = timeline_steps(timeline, SettlingInPage.for_city(timeline.city), wallet, now)
        rows.extend((timeline, d) for d in coming_dates(timeline, wallet, now, steps))
    return sorted(rows, key=lambda row: row[1].sort_key)
