"""The calendar invitation that travels with the interview details HR sends."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from talentportal.onboarding import ics


def interview_ics(application) -> tuple[str, str, str]:
    """(filename, content, mimetype) in the applicant's language; one UID per application,
    so details sent again replace the event instead of adding one."""
    language = application.applicant.preferred_language
    with translation.override(language):
        summary = _("Interview: %(title)s — %(organisation)s") % {
            "title": application.opening.title,
            "organisation": application.opening.organisation.name,
        }
        url = settings.SITE_URL.rstrip("/") + reverse(
            "applications_mine_detail", args=[application.pk]
        )
    content = ics.interview_calendar(
        ics.uid("interview", application.pk),
        summary,
        application.interview_at,
        application.interview_place,
        url,
    )
    return "interview.ics", content.decode(), "text/calendar"
