"""Readers get the points table page from the page cache; a change to the table purges it."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import translation

from talentportal.caching.invalidation import content_changed
from talentportal.navigator.models import RuleBand, RuleItem, RuleVersion


def _table_changed(sender, **kwargs):
    # One language's address stands for all six.
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("navigator_points")
    content_changed([settings.SITE_URL.rstrip("/") + path])


def connect_signals() -> None:
    for model in (RuleVersion, RuleItem, RuleBand):
        uid = f"navigator_points_{model.__name__}"
        post_save.connect(_table_changed, sender=model, dispatch_uid=f"{uid}_save")
        post_delete.connect(_table_changed, sender=model, dispatch_uid=f"{uid}_delete")
