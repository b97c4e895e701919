"""Starting a timeline, HR's confirmation, consent, ticks and wallet dates."""

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from talentportal.applications import services as applications
from talentportal.applications.models import Application, Stage
from talentportal.mail import send_later
from talentportal.onboarding.deadlines import china_now
from talentportal.onboarding.models import Document, StepDone, Timeline
from talentportal.onboarding.steps import STEP_LABELS


class NotAnOffer(Exception):
    """Only an application in the offer stage can be accepted."""


def accept_offer(application: Application, user, route: str, consent: bool) -> Timeline:
    """The applicant accepts: their timeline starts now, HR confirms the hire."""
    if application.applicant_id != user.pk or application.stage != Stage.OFFER:
        raise NotAnOffer
    opening = application.opening
    try:
        with transaction.atomic():
            timeline = Timeline.objects.create(
                user=user,
                application=application,
                organisation=opening.organisation,
                employer_name=opening.organisation.name,
                city=opening.city,
                start_date=opening.start_date,
                route=route,
                consent_at=timezone.now() if consent else None,
            )
    except IntegrityError:
        return Timeline.objects.get(application=application)
    transaction.on_commit(lambda: _tell_the_organisation(application))
    return timeline


def _tell_the_organisation(application: Application) -> None:
    """Every member hears, in their own language, that a hire waits for confirmation."""
    opening = application.opening
    for membership in opening.organisation.memberships.select_related("user"):
        member = membership.user
        with translation.override(member.preferred_language):
            url = settings.SITE_URL.rstrip("/") + reverse(
                "applications_hr_detail", args=[opening.organisation_id, application.pk]
            )
            context = {"name": application.applicant_name, "title": opening.title, "url": url}
            subject = _("%(name)s accepted your offer for %(title)s") % context
            body = render_to_string("onboarding/email/accepted.txt", context)
        send_later(EmailMultiAlternatives(subject, body, None, [member.email]))


def confirm_hire(timeline: Timeline, by) -> bool:
    """HR confirms an accepted offer: the application moves to hired."""
    if timeline.application is None:
        return False
    return applications.move(timeline.application, Stage.HIRED, by)


def add_by_hand(user, employer_name: str, city, start_date, route: str) -> Timeline:
    return Timeline.objects.create(
        user=user, employer_name=employer_name, city=city, start_date=start_date, route=route
    )


def set_consent(timeline: Timeline, consent: bool) -> None:
    if consent and timeline.organisation_id and timeline.consent_at is None:
        timeline.consent_at = timezone.now()
    elif not consent:
        timeline.consent_at = None
    timeline.save(update_fields=["consent_at"])


def tick(timeline: Timeline, step: str, done: bool, on: dt.date | None = None) -> None:
    if step not in STEP_LABELS:
        raise ValueError(step)
    if done:
        StepDone.objects.get_or_create(
            timeline=timeline, step=step, defaults={"done_on": on or china_now().date()}
        )
    else:
        StepDone.objects.filter(timeline=timeline, step=step).delete()


def set_wallet_date(user, kind: str, date: dt.date | None, remind: bool = True) -> None:
    """Record, change or clear one wallet date; a changed date starts its reminders afresh."""
    if date is None:
        Document.objects.filter(user=user, kind=kind).delete()
        return
    Document.objects.update_or_create(
        user=user, kind=kind, defaults={"date": date, "remind": remind}
    )
