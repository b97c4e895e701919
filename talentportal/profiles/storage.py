"""Where CVs and photos live: the private storage, under random names."""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


def private_storage():
    return storages["private"]


def _random_name(folder, filename):
    suffix = PurePosixPath(filename).suffix.lower()[:8]
    return f"{folder}/{uuid.uuid4().hex}{suffix}"


def cv_upload_to(instance, filename):
    return _random_name("cv", filename)


def photo_upload_to(instance, filename):
    return _random_name("photos", filename)


def stored_size(field) -> int:
    try:
        return field.size if field else 0
    except OSError:
        # A file missing from storage takes no space.
        return 0


def used_bytes(user) -> int:
    """What a person's files take in the private storage: profile CV and photo, CV copies."""
    # Imported here: the applications' models import this module for their storage.
    from talentportal.applications.models import Application
    from talentportal.profiles.models import Profile

    total = 0
    profile = Profile.objects.filter(user=user).first()
    if profile:
        total += stored_size(profile.cv) + stored_size(profile.photo)
    for application in Application.objects.filter(applicant=user).exclude(cv=""):
        total += stored_size(application.cv)
    return total


def check_quota(user, adding: int, freeing: int = 0) -> None:
    """Raise a translated ValidationError when `adding` bytes would pass the person's quota."""
    quota = settings.UPLOAD_QUOTA_BYTES
    if used_bytes(user) - freeing + adding > quota:
        raise ValidationError(
            _(
                "Your files would take more than your %(quota)s of storage, so this one was not saved. Delete a CV or withdraw an old application to make room."
            )
            % {"quota": filesizeformat(quota)},
            code="quota",
        )
