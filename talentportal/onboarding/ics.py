"""iCalendar documents: a person's deadlines, an organisation's calendar, an interview.

Date deadlines are all-day events (a deadline day is a day in China, not a
moment); timed ones are written in UTC so every client places them right.
UIDs name what an event is about, never when it was built, so a calendar that
fetches the feed again replaces events instead of doubling them.
"""

import datetime as dt
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from talentportal.onboarding.deadlines import Deadline

PRODID = "-//Talent Portal//Onboarding//EN"


def _host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "talentportal.localhost"


def uid(*parts) -> str:
    return "-".join(str(p) for p in parts) + "@" + _host()


def new_calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    return calendar


def deadline_event(deadline: Deadline, event_uid: str, summary: str, url: str, note="") -> Event:
    event = Event()
    event.add("uid", event_uid)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("summary", summary)
    if deadline.timed:
        event.add("dtstart", deadline.due.astimezone(dt.UTC))
    else:
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("url", url)
    event.add("description", f"{note}\n{url}".strip())
    return event


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
