"""What an organisation keeps of an application once the person or the time is gone."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from talentportal.applications.models import Application, Removal


def anonymise(application: Application, reason: Removal = Removal.RETENTION) -> None:
    """Keep the stage history and dates; remove everything that points at the person."""
    if application.cv:
        application.cv.delete(save=False)
    application.applicant = None
    application.profile = {}
    application.cover_letter = ""
    application.cv_name = ""
    application.nationality = ""
    application.interview_place = ""
    application.removed = reason
    application.save()
    application.answers.update(answer="")
    application.messages.filter(from_organisation=False).update(body="", sender=None)


def anonymise_for_deleted_account(user) -> None:
    with transaction.atomic():
        for application in Application.objects.filter(applicant=user):
            anonymise(application, Removal.ACCOUNT)


def expired(now=None):
    """Applications whose opening closed more than the retention period ago."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=settings.APPLICATION_RETENTION_DAYS)
    closed_long_ago = Q(opening__closed_at__lt=cutoff) | Q(
        opening__closed_at__isnull=True, opening__deadline__lt=cutoff
    )
    return Application.objects.filter(closed_long_ago).exclude(profile={}, applicant__isnull=True)


def apply_retention(now=None):
    count = 0
    for application in expired(now):
        with transaction.atomic():
            anonymise(application)
        count += 1
    return count
