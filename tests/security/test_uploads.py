"""Uploads: bounded decompression, names and types from the content, safe downloads, a quota."""

import io
import tracemalloc
import zipfile
from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from talentportal.applications.models import Application
from talentportal.profiles.models import Profile
from talentportal.profiles.uploads import validate_cv
from tests.security.data_setup import PDF, application_data, hiring_setting, sign_in

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MB = 1024 * 1024


def zip_bomb(inflated_bytes=300 * MB):
    """A DOCX-shaped archive whose document part is `inflated_bytes` of zeros.

    Written in chunks, so building it costs the test little memory.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        zeros = bytes(MB)
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            for _ in range(inflated_bytes // MB):
                entry.write(zeros)
    return buffer.getvalue()


def docx_bytes(document=b"<w:document/>"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb():
    return zip_bomb()


@pytest.fixture
def person(client, db):
    setting = hiring_setting()
    sign_in(client, setting["applicant"])
    Profile.objects.filter(user=setting["applicant"]).update(cv="", cv_name="")
    return setting


def upload(client, name, content, url="/en/profile/cv/"):
    return client.post(url, {"cv": SimpleUploadedFile(name, content)}, follow=True)


# --- Bounded decompression ----------------------------------------------------------


def test_a_300_kb_file_that_inflates_to_300_mb_is_refused_without_using_memory(bomb):
    assert len(bomb) < 400 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as refused:
            validate_cv(SimpleUploadedFile("cv.docx", bomb))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.code == "unsafe_archive"
    assert peak < 4 * MB


def test_the_bomb_is_refused_with_a_message_and_nothing_is_stored(client, person, bomb):
    response = upload(client, "cv.docx", bomb)
    assert "This document would take up too much space once opened." in response.content.decode()
    assert not Profile.objects.get(user=person["applicant"]).cv


def test_a_small_entry_that_compresses_too_well_is_refused():
    # 8 MB of zeros: far below the size limit, but no real document compresses 1000:1.
    with pytest.raises(ValidationError) as refused:
        validate_cv(SimpleUploadedFile("cv.docx", zip_bomb(8 * MB)))
    assert refused.value.code == "unsafe_archive"


def test_inflating_stops_at_the_limit_even_when_the_declared_sizes_pass(monkeypatch):
    from talentportal.profiles import uploads

    # With the declared-size checks out of the way, the bound on what is actually
    # inflated still stops the archive.
    monkeypatch.setattr(uploads, "_check_declared_sizes", lambda archive: None)
    monkeypatch.setattr(uploads, "ZIP_MAX_INFLATED_BYTES", 2 * MB)
    tracemalloc.start()
    try:
        with pytest.raises(ValidationError) as refused:
            validate_cv(SimpleUploadedFile("cv.docx", zip_bomb(20 * MB)))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.code == "unsafe_archive"
    assert peak < 4 * MB


def test_a_real_docx_still_passes():
    assert validate_cv(SimpleUploadedFile("cv.docx", docx_bytes(b"<w:document>" * 1000))) == "docx"


# --- Names and types from the content ---------------------------------------------------


def test_the_stored_name_and_download_come_from_the_detected_type(client, person):
    upload(client, "x.pdf;.html", PDF)
    profile = Profile.objects.get(user=person["applicant"])
    assert profile.cv.name.startswith("cv/") and profile.cv.name.endswith(".pdf")
    assert ".html" not in profile.cv.name
    response = client.get("/en/profile/cv/download/")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        "attachment; filename=\"x.pdf\"; filename*=utf-8''x.pdf"
    )


def test_a_word_file_called_pdf_is_served_as_word(client, person):
    upload(client, "Résumé.pdf", docx_bytes())
    profile = Profile.objects.get(user=person["applicant"])
    assert profile.cv.name.endswith(".docx")
    response = client.get("/en/profile/cv/download/")
    assert response["Content-Type"] == DOCX_TYPE
    assert f"filename*=utf-8''{quote('Résumé.docx')}" in response["Content-Disposition"]


def test_chinese_file_names_reach_the_browser_intact(client, person):
    upload(client, "张伟 简历.pdf", PDF)
    response = client.get("/en/profile/cv/download/")
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; ")
    assert f"filename*=utf-8''{quote('张伟 简历.pdf')}" in disposition


def test_the_application_copy_is_named_by_its_content(client, person):
    client.post(
        f"/en/openings/{person['job'].pk}/apply/",
        application_data(cv_source="upload", cv=SimpleUploadedFile("x.pdf;.html", PDF)),
    )
    application = Application.objects.get()
    assert application.cv.name.endswith(".pdf")
    assert application.cv_name == "x.pdf"


SAFE_DOWNLOAD_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
}


def test_every_private_download_is_inert_and_never_cached(client, person):
    upload(client, "cv.pdf", PDF)
    client.post(f"/en/openings/{person['job'].pk}/apply/", application_data())
    application = Application.objects.get()
    downloads = [
        client.get("/en/profile/cv/download/"),
        client.get(f"/en/applications/{application.pk}/cv/"),
    ]
    sign_in(client, person["recruiter"])
    downloads.append(
        client.get(f"/en/employer/{person['org'].pk}/applications/{application.pk}/cv/")
    )
    for response in downloads:
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment; ")
        assert "filename*=utf-8''" in response["Content-Disposition"]
        for header, value in SAFE_DOWNLOAD_HEADERS.items():
            assert response[header] == value, header


# --- Quota -------------------------------------------------------------------------------


def test_an_upload_past_the_quota_is_refused_and_nothing_is_stored(client, person, settings):
    settings.UPLOAD_QUOTA_BYTES = 1000
    response = upload(client, "cv.pdf", PDF + b" " * 2000)
    assert "Your files would take more than your" in response.content.decode()
    assert not Profile.objects.get(user=person["applicant"]).cv


def test_replacing_a_cv_frees_its_space(client, person, settings):
    settings.UPLOAD_QUOTA_BYTES = 3000
    upload(client, "cv.pdf", PDF + b" " * 2000)
    response = upload(client, "new.pdf", PDF + b" " * 2500)
    assert "Your CV is uploaded." in response.content.decode()
    assert Profile.objects.get(user=person["applicant"]).cv_name == "new.pdf"


def test_the_cv_copies_sent_with_applications_count_toward_the_quota(client, person, settings):
    response = client.post(
        f"/en/openings/{person['job'].pk}/apply/",
        application_data(cv_source="upload", cv=SimpleUploadedFile("cv.pdf", PDF + b" " * 2000)),
    )
    assert Application.objects.get().cv
    settings.UPLOAD_QUOTA_BYTES = 3000
    response = upload(client, "cv.pdf", PDF + b" " * 1500)
    assert "Your files would take more than your" in response.content.decode()
    assert not Profile.objects.get(user=person["applicant"]).cv


def test_an_application_copy_past_the_quota_is_refused(client, person, settings):
    settings.UPLOAD_QUOTA_BYTES = 1000
    response = client.post(
        f"/en/openings/{person['job'].pk}/apply/",
        application_data(cv_source="upload", cv=SimpleUploadedFile("cv.pdf", PDF * 20)),
    )
    assert response.status_code == 200
    assert "Your files would take more than your" in response.content.decode()
    assert not Application.objects.exists()
