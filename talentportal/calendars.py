"""iCalendar documents the site publishes: one product id, and UIDs that name what an event is about.

UIDs name what an event is about, never when it was built, so a calendar that
fetches a feed again replaces events instead of doubling them. Timed events
are written in UTC so every client places them right.
"""

from urllib.parse import urlsplit

from django.conf import settings
from icalendar import Calendar

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
