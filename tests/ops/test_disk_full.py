"""A full disk (or a spent quota) while a CV is stored: a clear message, no row, no file."""

import errno
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from talentportal.applications.models import Application
from talentportal.profiles.models import Profile
from tests.security.data_setup import PDF, application_data, hiring_setting, sign_in

FULL = "Our file storage is full just now, so your file was not saved."


def stored_files():
    root = Path(storages["private"].location)
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


@pytest.fixture(params=[errno.ENOSPC, errno.EDQUOT], ids=["disk-full", "quota-exceeded"])
def full_disk(request, monkeypatch):
    """The private storage writes part of the file, then the disk is full."""
    storage = storages["private"]

    def half_written(name, content):
        path = Path(storage.path(name))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.read()[:10])
        raise OSError(request.param, "No space left on device")

    monkeypatch.setattr(storage, "_save", half_written)


@pytest.fixture
def person(client, db):
    setting = hiring_setting()
    sign_in(client, setting["applicant"])
    return setting


def test_a_profile_cv_on_a_full_disk_is_refused_and_the_old_one_kept(client, person, full_disk):
    before = stored_files()
    old = Profile.objects.get(user=person["applicant"])
    response = client.post(
        "/en/profile/cv/", {"cv": SimpleUploadedFile("new.pdf", PDF * 5)}, follow=True
    )
    assert FULL in response.content.decode()
    assert "Your CV is uploaded." not in response.content.decode()
    profile = Profile.objects.get(user=person["applicant"])
    assert (profile.cv.name, profile.cv_name) == (old.cv.name, old.cv_name)
    assert stored_files() == before


def test_an_application_with_a_new_cv_on_a_full_disk_is_refused(client, person, full_disk):
    before = stored_files()
    response = client.post(
        f"/en/openings/{person['job'].pk}/apply/",
        application_data(cv_source="upload", cv=SimpleUploadedFile("cv.pdf", PDF * 5)),
    )
    assert response.status_code == 200
    assert FULL in response.content.decode()
    assert not Application.objects.exists()
    assert stored_files() == before


def test_the_refusal_is_in_the_persons_language(client, person, full_disk):
    response = client.post(
        "/fr/profile/cv/", {"cv": SimpleUploadedFile("new.pdf", PDF * 5)}, follow=True
    )
    page = response.content.decode()
    assert FULL not in page
    assert "stockage" in page
