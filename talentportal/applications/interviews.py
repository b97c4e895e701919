"""The calendar invitation that travels with the interview details HR sends."""

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Event

from talentportal.calendars import new_calendar, uid


def interview_calendar(
    event_uid: str, summary: str, at: dt.datetime, place: str, url: str
) -> bytes:
    calendar = new_calendar(summary)
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", event_uid)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("summary", summary)
    event.add("dtstart", at.astimezone(dt.UTC))
    if place:
        event.add("location", place)
    event.add("url", url)
    event.add("description", url)
    calendar.add_component(event)
    return calendar.to_ical()


def interview_ics(application) -> tuple[str, str, str]:
    """(filename, content, mimetype) in the applicant's language; one UID per application,
    so details sent again replace the event instead of adding one."""
    language = application.applicant.preferred_language
    with translation.override(language):
        summary = _("Interview: %(title)s — %(organisation)s") % {
            "title": application.opening.title,
            "organisation": application.opening.organisation.name,
        }
        url = settings.SITE_URL.rstrip("/") + reverse(
            "applications_mine_detail", args=[application.pk]
        )
    content = interview_calendar(
        uid("interview", application.pk),
        summary,
        application.interview_at,
        application.interview_place,
        url,
    )
    return "interview.ics", content.decode(), "text/calendar"
