"""The openings' entries in the XML sitemap (cms/views.py writes it; the URLconf hands it these)."""

from collections.abc import Callable, Iterator
from datetime import datetime
from functools import partial

from django.urls import reverse

from talentportal.openings.models import Opening

# One sitemap file holds at most 50,000 addresses: six languages of this many
# openings, with the pages and organisations, stay below it.
SITEMAP_OPENINGS = 5_000


def entries(request) -> Iterator[tuple[Callable[[], str], datetime | None]]:
    """The newest open openings: their address in the active language, and their last change."""
    for opening in (
        Opening.objects.open().only("pk", "updated_at").order_by("-published_at")[:SITEMAP_OPENINGS]
    ):
        yield partial(reverse, "openings_detail", args=[opening.pk]), opening.updated_at
