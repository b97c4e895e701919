"""What the page cache must forget when an opening or an organisation changes, and when a deadline passes.

The page cache (talentportal/caching/) imports no app: this module tells it
which addresses show an opening, and when the next open opening closes by
itself. Connected in the app's `ready()`.
"""

from datetime import datetime

from django.conf import settings
from django.db.models import Min
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import translation

from talentportal.caching.expiry import register_next_deadline
from talentportal.caching.invalidation import absolute_url, content_changed, page_path
from talentportal.openings.models import Opening
from talentportal.organisations.models import Organisation


def next_deadline(now: datetime) -> datetime | None:
    """The earliest deadline after `now` of a published opening: when listings change by themselves."""
    return (
        Opening.objects.filter(status=Opening.Status.PUBLISHED, deadline__gt=now)
        .aggregate(nearest=Min("deadline"))
        .get("nearest")
    )


def opening_urls(opening: Opening) -> set[str]:
    """Every address that shows the opening: the listing, its page, the feeds, employer and city."""
    with translation.override(settings.LANGUAGE_CODE):
        paths = {
            reverse("openings_list"),
            reverse("openings_detail", args=[opening.pk]),
            reverse("openings_rss"),
            reverse("openings_json_feed"),
        }
        if opening.organisation_id:
            paths.add(reverse("organisations_public", args=[opening.organisation.slug]))
        if opening.city_id:
            city_path = page_path(opening.city)
            if city_path:
                paths.add(city_path)
    return {absolute_url(path) for path in paths}


def _opening_changed(sender, instance, **kwargs):
    # A draft that was never published has shown nowhere.
    if instance.published_at is None and instance.status == instance.Status.DRAFT:
        return
    content_changed(opening_urls(instance))


def _organisation_changed(sender, instance, **kwargs):
    urls = set()
    with translation.override(settings.LANGUAGE_CODE):
        urls.add(absolute_url(reverse("organisations_public", args=[instance.slug])))
    for opening in Opening.objects.filter(organisation=instance).exclude(published_at=None):
        opening.organisation = instance
        urls |= opening_urls(opening)
    content_changed(urls)


def connect() -> None:
    register_next_deadline(next_deadline)
    for model, handler in ((Opening, _opening_changed), (Organisation, _organisation_changed)):
        post_save.connect(handler, sender=model, dispatch_uid=f"pagecache_save_{model.__name__}")
        post_delete.connect(
            handler, sender=model, dispatch_uid=f"pagecache_delete_{model.__name__}"
        )
