"""Saved searches that e-mail new matching openings, daily or weekly."""

import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from talentportal.mail import send_later
from talentportal.openings.filters import OpeningFilterForm
from talentportal.openings.models import Opening, SearchAlert

INTERVALS = {
    SearchAlert.Frequency.DAILY: datetime.timedelta(days=1),
    SearchAlert.Frequency.WEEKLY: datetime.timedelta(days=7),
}
MAX_LISTED = 20


def matches(alert, since, now):
    form = OpeningFilterForm(QueryDict(alert.query))
    openings = (
        Opening.objects.open(now)
        .filter(published_at__gt=since)
        .select_related("organisation", "city")
    )
    return list(form.filter(openings)[:MAX_LISTED]) if alert.query else list(openings[:MAX_LISTED])


def send_alert(alert, now):
    since = alert.last_sent_at or alert.created_at
    user = alert.user
    with translation.override(user.preferred_language):
        found = matches(alert, since, now)
        if found:
            base = settings.SITE_URL.rstrip("/")
            context = {
                "openings": [(o, base + reverse("openings_detail", args=[o.pk])) for o in found],
                "listing_url": f"{base}{reverse('openings_list')}?{alert.query}",
                "unsubscribe_url": base
                + reverse("openings_unsubscribe", args=[alert.unsubscribe_token]),
                "alert": alert,
            }
            subject = _("New openings for your search on Talent Portal")
            body = render_to_string("openings/email/alert.txt", context)
            message = EmailMultiAlternatives(
                subject,
                body,
                None,
                [user.email],
                headers={
                    "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
                    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
            )
            send_later(message)
    alert.last_sent_at = now
    alert.save(update_fields=["last_sent_at"])
    return len(found)


def send_due_alerts(now=None):
    """Send every alert whose day or week has come round; returns how many mailed."""
    now = now or timezone.now()
    sent = 0
    for frequency, interval in INTERVALS.items():
        due = SearchAlert.objects.filter(frequency=frequency).select_related("user")
        due = due.filter(last_sent_at__lte=now - interval) | due.filter(
            last_sent_at__isnull=True, created_at__lte=now - interval
        )
        for alert in due:
            sent += bool(send_alert(alert, now))
    return sent


def close_expired(now=None):
    """Mark openings past their deadline closed (the listing already hides them)."""
    now = now or timezone.now()
    return Opening.objects.filter(status=Opening.Status.PUBLISHED, deadline__lte=now).update(
        status=Opening.Status.CLOSED, closed_at=now
    )
