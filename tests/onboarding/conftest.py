import pytest
from django.utils import timezone

from talentportal.applications.models import Application, Stage
from tests.factories import opening, organisation, verified_user
from tests.onboarding_factories import SettlingInPageFactory


@pytest.fixture
def offer(db):
    """An application in the offer stage, at a Shanghai company with an owner and a recruiter;
    Shanghai has its settling-in steps."""
    SettlingInPageFactory()
    owner = verified_user(email="owner@hr.example", language="zh-hans")
    recruiter = verified_user(email="recruiter@hr.example", language="fr")
    org = organisation(
        city_slug="shanghai",
        kind="company",
        owner=owner,
        name="Pudong Robotics",
        name_en="Pudong Robotics",
    )
    org.memberships.create(user=recruiter, role="recruiter")
    job = opening(org)
    applicant = verified_user(
        email="hire@example.org", language="es", first_name="Lucía", last_name="Gómez"
    )
    application = Application.objects.create(
        opening=job,
        applicant=applicant,
        cover_letter="Hello",
        profile={"name": "Lucía Gómez", "email": applicant.email},
        consent_at=timezone.now(),
        stage=Stage.OFFER,
    )
    outsider = verified_user(email="outsider@hr.example")
    other_org = organisation(
        city_slug="shanghai", kind="company", owner=outsider, name="Other", name_en="Other"
    )
    return {
        "org": org,
        "owner": owner,
        "recruiter": recruiter,
        "applicant": applicant,
        "application": application,
        "outsider": outsider,
        "other_org": other_org,
    }


@pytest.fixture
def accepted(offer):
    from talentportal.onboarding import services

    offer["timeline"] = services.accept_offer(
        offer["application"], offer["applicant"], "z", consent=True
    )
    return offer
