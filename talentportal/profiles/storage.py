"""Where CVs and photos live: the private storage, under random names."""

import errno
import logging
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# The disk, or the account's quota on it, is full: the person can only try again later.
STORAGE_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})


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


def save_file(file, filename: str, content) -> None:
    """Store `content` as the field's new file, without saving the model.

    On a full disk, the partly written file is removed and a translated
    ValidationError raised; the field still names the file it held before.
    """
    name = file.field.generate_filename(file.instance, filename)
    try:
        stored = file.storage.save(name, content, max_length=file.field.max_length)
    except OSError as error:
        if error.errno not in STORAGE_FULL:
            raise
        # The random name belongs to no other file: what is there is this partial write.
        file.storage.delete(name)
        logger.error("Private storage is full: an upload was refused (errno %s)", error.errno)
        raise ValidationError(
            _(
                "Our file storage is full just now, so your file was not saved. Nothing else was changed; please try again later."
            ),
            code="storage_full",
        ) from error
    file.name = stored
    setattr(file.instance, file.field.attname, stored)
    file._committed = True
