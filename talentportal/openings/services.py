"""The life cycle of an opening: draft, published, closed, archived."""

import datetime

from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from talentportal.mail import send_later
from talentportal.openings.models import Opening, OpeningChange

Status = Opening.Status


def publish(opening: Opening) -> None:
    if not opening.organisation.is_verified:
        raise ValidationError(
            _("Only verified organisations can publish. City staff are still checking yours.")
        )
    if opening.deadline and opening.deadline <= timezone.now():
        raise ValidationError(_("The deadline has passed: set a later one before publishing."))
    opening.status = Status.PUBLISHED
    opening.published_at = opening.published_at or timezone.now()
    opening.taken_down_reason = ""
    opening.save(update_fields=["status", "published_at", "taken_down_reason", "updated_at"])


def close(opening: Opening, now: datetime.datetime | None = None) -> None:
    """Stop an opening taking applications: the one place openings close.

    Saved one by one, so the page cache hears of each (see openings/page_cache.py).
    """
    if opening.status != Status.PUBLISHED:
        raise ValidationError(_("Only a published opening can be closed."))
    opening.status = Status.CLOSED
    opening.closed_at = now or timezone.now()
    opening.save(update_fields=["status", "closed_at", "updated_at"])


def close_all(openings: QuerySet[Opening], now: datetime.datetime | None = None) -> int:
    """Close the published openings among `openings`; returns how many closed."""
    now = now or timezone.now()
    closing = list(openings.filter(status=Status.PUBLISHED))
    for opening in closing:
        close(opening, now)
    return len(closing)


def close_openings_of_refused(sender, organisation, **kwargs) -> None:
    """Only verified organisations may have public openings (organisations.signals)."""
    close_all(organisation.openings.all())


def close_expired(now: datetime.datetime | None = None) -> int:
    """Close openings past their deadline (the listing already hides them)."""
    now = now or timezone.now()
    return close_all(Opening.objects.filter(deadline__lte=now), now)


def archive(opening: Opening) -> None:
    opening.status = Status.ARCHIVED
    opening.save(update_fields=["status", "updated_at"])


def record_changes(opening: Opening, user, form) -> None:
    """Log the fields an edit changed, if the opening was public at the time."""
    if opening.status != Status.PUBLISHED or not form.changed_data:
        return
    changes = {
        name: {"from": str(form.initial.get(name, "")), "to": str(form.cleaned_data.get(name, ""))}
        for name in form.changed_data
    }
    OpeningChange.objects.create(opening=opening, user=user, fields=changes)


@transaction.atomic
def take_down(opening: Opening, staff_user, reason: str) -> None:
    close(opening)
    opening.taken_down_reason = reason
    opening.save(update_fields=["taken_down_reason"])
    OpeningChange.objects.create(
        opening=opening,
        user=staff_user,
        fields={"status": {"from": "published", "to": "taken down"}},
    )
    for membership in opening.organisation.memberships.select_related("user"):
        user = membership.user
        with translation.override(user.preferred_language):
            subject = _("Your opening “%(title)s” was taken down") % {"title": opening.title}
            body = render_to_string(
                "openings/email/taken_down.txt", {"opening": opening, "user": user}
            )
        send_later(EmailMultiAlternatives(subject, body, None, [user.email]))
