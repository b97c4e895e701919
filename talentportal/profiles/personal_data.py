"""The profile's part of a person's data export and erasure (registered in apps.py; see accounts/personal_data.py)."""

from talentportal.accounts.personal_data import Holder
from talentportal.profiles.models import Profile
from talentportal.profiles.records import profile_record


def _profile_data(profile):
    if profile is None:
        return None
    return {
        **profile_record(profile),
        "date_of_birth": profile.date_of_birth,
        "target_cities": [c.slug for c in profile.target_cities.all()],
        "cv": profile.cv_name or None,
        "cv_uploaded_at": profile.cv_uploaded_at,
        "photo": bool(profile.photo),
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
