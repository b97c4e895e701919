import io
import json
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from talentportal.profiles.models import Profile
from tests.factories import organisation, verified_user
from tests.profiles.test_cv_and_photo import PDF

User = get_user_model()


@pytest.fixture
def person_with_cv(client, db, fresh_login):
    user = verified_user(email="rights@example.org", first_name="Ada", last_name="Rights")
    fresh_login(user)
    client.post("/en/profile/cv/", {"cv": SimpleUploadedFile("ada.pdf", PDF)})
    Profile.objects.filter(user=user).update(headline="Physicist")
    return user


def test_export_contains_the_profile_and_the_cv(client, person_with_cv):
    response = client.post("/en/accounts/privacy/export/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    data = json.loads(archive.read("my-data.json"))
    assert data["account"]["email"] == "rights@example.org"
    assert data["profile"]["headline"] == "Physicist"
    assert data["profile"]["cv"] == "ada.pdf"
    assert archive.read("files/ada.pdf") == PDF


def test_export_needs_a_post_and_a_log_in(client, person_with_cv):
    assert client.get("/en/accounts/privacy/export/").status_code == 405
    client.logout()
    assert client.post("/en/accounts/privacy/export/").status_code == 302


def test_deletion_needs_the_password_then_leaves_nothing_behind(client, person_with_cv):
    cv_name = Profile.objects.get(user=person_with_cv).cv.name
    response = client.post("/en/accounts/privacy/delete/", {"password": "wrong", "confirm": "on"})
    assert "That is not your password." in response.content.decode()
    assert User.objects.filter(pk=person_with_cv.pk).exists()

    response = client.post(
        "/en/accounts/privacy/delete/", {"password": "correct-horse-battery", "confirm": "on"}
    )
    assert response.status_code == 302
    assert not User.objects.filter(email="rights@example.org").exists()
    assert not Profile.objects.filter(user_id=person_with_cv.pk).exists()
    assert not storages["private"].exists(cv_name)
    assert "_auth_user_id" not in client.session


def test_sole_owner_must_hand_over_the_organisation_first(client, person_with_cv):
    organisation(owner=person_with_cv, name="Solo Lab", name_en="Solo Lab")
    response = client.post(
        "/en/accounts/privacy/delete/", {"password": "correct-horse-battery", "confirm": "on"}
    )
    assert "You are the only owner of Solo Lab" in response.content.decode()
    assert User.objects.filter(pk=person_with_cv.pk).exists()
