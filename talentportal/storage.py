"""The private storage for personal files (CVs, photos, the CV copies sent with applications).

Files get random names and no public address; permission-checked views serve
them. Each app that keeps a person's files here says which in its
`AppConfig.ready()` (`counts_toward_quota`), so the quota counts them all
without this module importing any app.
"""

import errno
import logging
import uuid
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, storages
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

# The disk, or the account's quota on it, is full: the person can only try again later.
STORAGE_FULL = frozenset({errno.ENOSPC, errno.EDQUOT})

FilesOf = Callable[..., Iterable[FieldFile]]
_files_of: list[FilesOf] = []


class PrivateFileSystemStorage(FileSystemStorage):
    """Files with no public address: only permission-checked views serve them."""

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


def private_storage():
    return storages["private"]


def random_name(folder: str, filename: str) -> str:
    """`folder/<random>.<suffix>`: the name tells nothing about the person or the file."""
    suffix = PurePosixPath(filename).suffix.lower()[:8]
    return f"{folder}/{uuid.uuid4().hex}{suffix}"


def stored_size(field) -> int:
    try:
        return field.size if field else 0
    except OSError:
        # A file missing from storage takes no space.
        return 0


def counts_toward_quota(files_of: FilesOf) -> FilesOf:
    """Register `files_of(user)`: the files of one kind a person keeps in the private storage."""
    if files_of not in _files_of:
        _files_of.append(files_of)
    return files_of


def used_bytes(user) -> int:
    """What a person's files take in the private storage, every registered kind together."""
    return sum(stored_size(file) for files_of in _files_of for file in files_of(user))


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
