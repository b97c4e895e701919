import io
import zipfile

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from talentportal.profiles.models import Profile
from tests.factories import verified_user

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def stored_files():
    storage = storages["private"]
    folders = storage.listdir("")[0] if storage.exists("") else []
    return {f"{folder}/{name}" for folder in folders for name in storage.listdir(folder)[1]}


def upload(client, name, content, url="/en/profile/cv/", field="cv"):
    return client.post(url, {field: SimpleUploadedFile(name, content)}, follow=True)


def docx_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def odt_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    return buffer.getvalue()


@pytest.fixture
def person(client, db):
    user = verified_user(email="cv.owner@example.org")
    client.force_login(user)
    return user


def test_pdf_cv_is_stored_privately_under_a_random_name(client, person):
    response = upload(client, "Jean Dupont CV.pdf", PDF)
    assert "Your CV is uploaded." in response.content.decode()
    profile = Profile.objects.get(user=person)
    assert profile.cv_name == "Jean Dupont CV.pdf"
    assert profile.cv.name.startswith("cv/")
    assert "Dupont" not in profile.cv.name

    download = client.get("/en/profile/cv/download/")
    assert download.status_code == 200
    assert download["Content-Disposition"] == (
        "attachment; filename=\"Jean Dupont CV.pdf\"; filename*=utf-8''Jean%20Dupont%20CV.pdf"
    )
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(("name", "content"), [("cv.docx", docx_bytes()), ("cv.odt", odt_bytes())])
def test_word_and_opendocument_cvs_are_accepted(client, person, name, content):
    response = upload(client, name, content)
    assert "Your CV is uploaded." in response.content.decode()


def test_executable_renamed_to_pdf_is_refused_and_leaves_no_file(client, person):
    before = stored_files()
    response = upload(client, "cv.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200)
    assert (
        "This file is not a PDF, Word (DOCX) or OpenDocument (ODT) document."
        in response.content.decode()
    )
    assert not Profile.objects.get(user=person).cv
    assert stored_files() == before


def test_cv_over_ten_megabytes_is_refused(client, person):
    before = stored_files()
    response = upload(client, "big.pdf", PDF + b"0" * (11 * 1024 * 1024))
    assert "Your CV is larger than 10.0" in response.content.decode()
    assert stored_files() == before


def test_a_zip_that_is_not_a_document_is_refused(client, person):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.exe", "MZ")
    response = upload(client, "cv.docx", buffer.getvalue())
    assert "is not a PDF, Word (DOCX)" in response.content.decode()


def test_nobody_else_can_download_my_cv_and_it_is_not_under_media(
    client, person, django_user_model
):
    upload(client, "mine.pdf", PDF)
    profile = Profile.objects.get(user=person)
    with pytest.raises(ValueError):
        profile.cv.url  # noqa: B018  (private files have no public address)

    other = verified_user(email="curious@example.org")
    client.force_login(other)
    assert client.get("/en/profile/cv/download/").status_code == 404
    client.logout()
    response = client.get("/en/profile/cv/download/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert client.get(f"/media/{profile.cv.name}").status_code == 404


def test_photo_is_re_encoded_without_its_metadata(client, person):
    image = Image.new("RGB", (800, 600), "teal")
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # camera make
    exif[0x8825] = {2: (39.0, 54.0, 27.0)}  # GPS latitude
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    response = upload(
        client, "me.jpg", buffer.getvalue(), url="/en/profile/photo/upload/", field="photo"
    )
    assert "Your photo is uploaded." in response.content.decode()

    served = client.get("/en/profile/photo/")
    data = b"".join(served.streaming_content)
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()
    assert b"SecretCam" not in data


def test_decompression_bomb_photo_is_refused_cleanly(client, person):
    before = stored_files()
    bomb = Image.new("1", (20_000, 20_000))
    buffer = io.BytesIO()
    bomb.save(buffer, "PNG", optimize=True)
    assert len(buffer.getvalue()) < 5 * 1024 * 1024
    response = upload(
        client, "bomb.png", buffer.getvalue(), url="/en/profile/photo/upload/", field="photo"
    )
    assert "This picture is too large in pixels" in response.content.decode()
    assert not Profile.objects.get(user=person).photo
    assert stored_files() == before


def test_text_file_posing_as_photo_is_refused(client, person):
    response = upload(client, "me.png", b"hello", url="/en/profile/photo/upload/", field="photo")
    assert "This file is not a picture we can read." in response.content.decode()
