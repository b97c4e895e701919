"""Demo applications in every stage, so each demo role sees a lived-in dashboard."""

from django.contrib.auth import get_user_model

from talentportal.applications import services
from talentportal.applications.models import Application, Message, Stage
from talentportal.demo.people import DEMO_PROFESSIONAL
from talentportal.openings.models import Opening

PATHS = [
    [],
    [Stage.IN_REVIEW],
    [Stage.SHORTLISTED],
    [Stage.IN_REVIEW, Stage.INTERVIEW],
    [Stage.SHORTLISTED, Stage.INTERVIEW, Stage.OFFER],
    [Stage.SHORTLISTED, Stage.OFFER, Stage.HIRED],
    [Stage.IN_REVIEW, Stage.REJECTED],
]


def seed_applications():
    """Applications of the demo professional, one per stage, once."""
    professional = get_user_model().objects.filter(email=DEMO_PROFESSIONAL).first()
    if professional is None or Application.objects.filter(applicant=professional).exists():
        return 0
    profile = professional.profile
    with profile.cv.open("rb") as cv:
        cv_bytes = cv.read()
    openings = Opening.objects.open().select_related("organisation")[: len(PATHS) + 1]
    made = 0
    for opening, path in zip(openings, [*PATHS, "withdraw"], strict=False):
        application = services.submit(
            opening,
            professional,
            "I have eight years of research on battery materials and would like to lead a lab in China.",
            profile.cv_name,
            cv_bytes,
            [(q, "yes" if q.kind == "yesno" else "From March") for q in opening.questions.all()],
        )
        recruiter = opening.organisation.memberships.first().user
        if path == "withdraw":
            services.withdraw(application, professional)
        else:
            for stage in path:
                note = "We would like to meet you." if stage == Stage.INTERVIEW else ""
                services.move(application, stage, recruiter, note)
        if path and path != "withdraw":
            Message.objects.create(
                application=application,
                sender=recruiter,
                from_organisation=True,
                body="Thank you for applying. Could you send two references?",
            )
            Message.objects.create(
                application=application,
                sender=professional,
                from_organisation=False,
                body="Of course: I will send them this week.",
            )
        made += 1
    return made
