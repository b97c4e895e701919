"""Saved searches that e-mail new matching openings, daily or weekly."""

import datetime

from django import forms
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.http import QueryDict
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from talentportal.languages.formats import format_number
from talentportal.mail import send_later
from talentportal.openings.filters import OpeningFilterForm
from talentportal.openings.models import Opening, SearchAlert

INTERVALS = {
    SearchAlert.Frequency.DAILY: datetime.timedelta(days=1),
    SearchAlert.Frequency.WEEKLY: datetime.timedelta(days=7),
}
MAX_LISTED = 20
# The order in which a listing sorts is not part of what an alert looks for.
NOT_A_FILTER = {"sort"}


def query_of(form: OpeningFilterForm) -> str:
    """The address query that holds a valid filter form's choices, and nothing empty."""
    query = QueryDict(mutable=True)
    for name, value in form.cleaned_data.items():
        if name in NOT_A_FILTER or value in (None, "", False):
            continue
        query[name] = "on" if value is True else str(value)
    return query.urlencode()


def describe(query: str) -> list[str]:
    """The alert's filters in the active language, one phrase each ("City: Shenzhen")."""
    form = OpeningFilterForm(QueryDict(query))
    if not form.is_valid():
        return []
    phrases = []
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if name in NOT_A_FILTER or value in (None, "", False):
            continue
        if isinstance(field, forms.BooleanField):
            phrases.append(str(field.label))
            continue
        if isinstance(field, forms.ChoiceField):
            # Some lists (the world's languages) hold untranslated names: translate on reading.
            shown = _(str(dict(field.choices).get(value, value)))
        elif isinstance(value, int):
            shown = format_number(value)
        else:
            shown = _("“%(words)s”") % {"words": value}
        phrases.append(_("%(filter)s: %(value)s") % {"filter": field.label, "value": shown})
    return phrases


def summary(alert: SearchAlert) -> str:
    return " · ".join(describe(alert.query)) or _("All openings")


def update(alert: SearchAlert, filters: OpeningFilterForm, frequency: str) -> None:
    alert.query = query_of(filters)
    alert.frequency = frequency
    alert.save(update_fields=["query", "frequency"])


def pause(alert: SearchAlert) -> None:
    alert.paused = True
    alert.save(update_fields=["paused"])


def resume(alert: SearchAlert, now: datetime.datetime | None = None) -> None:
    """Resume from now on: openings published while paused are not mailed in a heap."""
    alert.paused = False
    alert.last_sent_at = now or timezone.now()
    alert.save(update_fields=["paused", "last_sent_at"])


def unsubscribe(token: str) -> bool:
    """Delete the alert the e-mail's link names; False when it is already gone."""
    deleted, _by_model = SearchAlert.objects.filter(unsubscribe_token=token).delete()
    return bool(deleted)


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
                "summary": summary(alert),
                "manage_url": base + reverse("openings_saved"),
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
        due = SearchAlert.objects.filter(frequency=frequency, paused=False).select_related("user")
        due = due.filter(last_sent_at__lte=now - interval) | due.filter(
            last_sent_at__isnull=True, created_at__lte=now - interval
        )
        for alert in due:
            sent += bool(send_alert(alert, now))
    return sent
