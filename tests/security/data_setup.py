"""Shared set-up for the upload, rate-limit and personal-data tests."""

import io
import time

from django.core.cache import cache

from talentportal.openings.models import ScreeningQuestion
from talentportal.profiles.models import Profile
from tests.factories import opening, organisation, verified_user, with_totp

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def sign_in(client, user, second_factor=True):
    """Signed in just now, with the password and (for staff and members) a code."""
    from allauth.account.internal.flows.login import record_authentication
    from django.test import RequestFactory

    client.force_login(user)
    request = RequestFactory().get("/")
    request.session = client.session
    request.user = user
    # As if the password was just typed again: sensitive actions need no new prompt.
    record_authentication(request, user, "password", email=user.email, reauthenticated=True)
    if second_factor:
        record_authentication(request, user, "mfa", type="totp")
    request.session.save()


def hiring_setting():
    """An organisation with an opening (one screening question), its owner and an applicant."""
    cache.clear()
    recruiter = verified_user(language="zh-hans")
    with_totp(recruiter)
    org = organisation(owner=recruiter)
    job = opening(org)
    ScreeningQuestion.objects.create(
        opening=job, text="Start in March?", kind="yesno", required=False
    )
    applicant = verified_user(
        email=f"applicant{time.monotonic_ns()}@example.org",
        language="es",
        first_name="Lucía",
        last_name="Gómez",
    )
    profile = Profile.objects.create(user=applicant, nationality="ES")
    profile.cv.save("cv.pdf", io.BytesIO(PDF), save=True)
    profile.cv_name = "lucia.pdf"
    profile.save()
    return {"org": org, "job": job, "recruiter": recruiter, "applicant": applicant}


def application_data(**overrides):
    data = {"cv_source": "profile", "cover_letter": "I build robots.", "consent": "on"}
    data.update(overrides)
    return data
