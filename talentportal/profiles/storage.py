"""Where a profile's CV and photo go in the private storage (talentportal/storage.py), under random names."""

# Migrations 0001 of profiles and applications name the storage by this path.
from talentportal.storage import private_storage, random_name

__all__ = ["cv_upload_to", "photo_upload_to", "private_storage"]


def cv_upload_to(instance, filename):
    return random_name("cv", filename)


def photo_upload_to(instance, filename):
    return random_name("photos", filename)
