"""The openings other parts of the site show: a city page's newest, the site search's matches.

Pages the openings app does not own ask here (through the `newest_openings`
template tag, or the function the URLconf hands to the site search), so cms
shows openings without importing this app.
"""

from django.db.models import QuerySet

from talentportal.openings.models import Opening
from talentportal.openings.search import search_openings

# A city page lists this many, with a link to all of them in the listing.
NEWEST_IN_CITY = 6


def newest_in_city(city, limit: int = NEWEST_IN_CITY) -> QuerySet[Opening]:
    """The city's open openings, newest first, as the listing orders them."""
    return Opening.objects.open().for_listing().filter(city=city)[:limit]


def matching(query: str, language: str, limit: int) -> list[Opening]:
    """Up to `limit` open openings that hold every word of `query`."""
    return list(search_openings(Opening.objects.open().for_listing(), query, language)[:limit])
