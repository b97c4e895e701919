"""Deadline events for a person's and an organisation's calendars (talentportal/calendars.py makes the calendar).

Date deadlines are all-day events (a deadline day is a day in China, not a
moment); timed ones are written in UTC so every client places them right.
"""

import datetime as dt

from django.utils import timezone
from icalendar import Event

from talentportal.onboarding.deadlines import Deadline


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
