"""The organisations' entries in the XML sitemap (cms/views.py writes it; the URLconf hands it these)."""

from collections.abc import Callable, Iterator
from datetime import datetime
from functools import partial

from django.urls import reverse

from talentportal.organisations.models import Organisation


def entries(request) -> Iterator[tuple[Callable[[], str], datetime | None]]:
    """The public page of every verified organisation, in the active language."""
    for organisation in Organisation.objects.filter(status=Organisation.Status.VERIFIED).only(
        "slug"
    ):
        yield partial(reverse, "organisations_public", args=[organisation.slug]), None
