"""Where CVs and photos live: the private storage, under random names."""

import uuid
from pathlib import PurePosixPath

from django.core.files.storage import storages


def private_storage():
    return storages["private"]


def _random_name(folder, filename):
    suffix = PurePosixPath(filename).suffix.lower()[:8]
    return f"{folder}/{uuid.uuid4().hex}{suffix}"


def cv_upload_to(instance, filename):
    return _random_name("cv", filename)


def photo_upload_to(instance, filename):
    return _random_name("photos", filename)
