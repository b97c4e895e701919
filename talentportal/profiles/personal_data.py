"""The profile's part of a person's data export and erasure (registered in apps.py; see accounts/personal_data.py)."""

from talentportal.accounts.personal_data import Holder
from talentportal.profiles.models import Profile


def _profile_data(profile):
    if profile is None:
        return None
    return {
        "headline": profile.headline,
        "nationality": str(profile.nationality or ""),
        "country_of_residence": str(profile.country_of_residence or ""),
        "date_of_birth": profile.date_of_birth,
        "summary": profile.summary,
        "fields_of_expertise": profile.expertise_list(),
        "target_cities": [c.slug for c in profile.target_cities.all()],
        "visa_situation": profile.visa_situation,
        "cv": profile.cv_name or None,
        "cv_uploaded_at": profile.cv_uploaded_at,
        "photo": bool(profile.photo),
        "education": [
            {
                "degree": e.degree,
                "field": e.field,
                "institution": e.institution,
                "country": str(e.country),
                "year": e.year,
            }
            for e in profile.education.all()
        ],
        "experience": [
            {
                "title": x.title,
                "organisation": x.organisation,
                "country": str(x.country),
                "from": x.start_year,
                "to": x.end_year,
                "description": x.description,
            }
            for x in profile.experience.all()
        ],
        "languages": [
            {"language": s.language, "level": s.level, "hsk_level": s.hsk_level}
            for s in profile.languages.all()
        ],
    }


def _files(user):
    profile = Profile.objects.filter(user=user).first()
    if profile and profile.cv:
        yield f"files/{profile.cv_name or 'cv'}", profile.cv
    if profile and profile.photo:
        yield "files/photo.jpg", profile.photo


# The profile row goes with the account (on delete cascade); its files after it.
HOLDER = Holder(
    key="profile",
    export=lambda user: _profile_data(Profile.objects.filter(user=user).first()),
    files=_files,
)
