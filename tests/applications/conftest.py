import io

import pytest
from django.core.cache import cache

from talentportal.profiles.models import Profile
from tests.factories import ScreeningQuestionFactory, opening, organisation, verified_user
from tests.profiles.test_cv_and_photo import PDF


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in the cache, keyed by user id, and the test database
    hands out the same ids again after each rollback: without this, applications sent
    by earlier tests count against later ones."""
    cache.clear()


@pytest.fixture
def setting(db):
    recruiter = verified_user(language="zh-hans")
    org = organisation(owner=recruiter)
    job = opening(org)
    ScreeningQuestionFactory(
        opening=job, text="Can you start in March?", kind="yesno", required=True
    )
    applicant = verified_user(
        email="applicant@example.org", language="es", first_name="Lucía", last_name="Gómez"
    )
    profile = Profile.objects.create(user=applicant, nationality="ES", headline="Roboticist")
    profile.cv.save("cv.pdf", io.BytesIO(PDF), save=True)
    profile.cv_name = "lucia.pdf"
    profile.save()
    return {
        "org": org,
        "job": job,
        "recruiter": recruiter,
        "applicant": applicant,
        "question": job.questions.get(),
    }
