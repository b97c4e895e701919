"""Withdrawing asks first and says what happens to the data; CV uploads show progress."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from talentportal.applications.models import Application
from tests.factories import apply_data


@pytest.fixture
def applied(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    setting["application"] = Application.objects.get()
    return setting


def test_withdrawing_asks_first_and_says_what_happens_to_the_data(client, applied):
    pk = applied["application"].pk
    detail = client.get(f"/en/applications/{pk}/").content.decode()
    # The button on the application leads to a question, not to the deed.
    assert f'<a class="button danger" href="/en/applications/{pk}/withdraw/">' in detail

    page = client.get(f"/en/applications/{pk}/withdraw/")
    html = page.content.decode()
    assert "Withdraw your application?" in html
    assert "The copy of your CV sent with this application is deleted at once." in html
    assert "until 365 days after the opening closes" in html
    applied["application"].refresh_from_db()
    assert applied["application"].stage == "submitted"

    client.post(f"/en/applications/{pk}/withdraw/")
    applied["application"].refresh_from_db()
    assert applied["application"].stage == "withdrawn"
    assert not applied["application"].cv


def test_the_withdraw_question_is_in_the_applicants_language(client, applied):
    html = client.get(f"/es/applications/{applied['application'].pk}/withdraw/").content.decode()
    assert "¿Retirar su candidatura?" in html


def _upload_form(html):
    return re.search(r"<form[^>]*data-upload-progress[^>]*>", html).group(0)


def test_the_profile_cv_form_shows_upload_progress_from_a_module(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    html = client.get("/en/profile/").content.decode()
    form = _upload_form(html)
    # The plain multipart form stays: without JavaScript it posts as before.
    assert 'enctype="multipart/form-data"' in form
    assert 'data-upload-label="Uploading your CV"' in form
    assert '<script type="module" src="/static/js/upload-progress.js"></script>' in html
    # No inline script (a strict CSP is coming): only scripts with a src, and JSON-LD data.
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html)
    script = Path(finders.find("js/upload-progress.js")).read_text()
    assert 'request.upload.addEventListener("progress"' in script


def test_the_apply_form_shows_upload_progress_in_the_readers_language(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    html = client.get(f"/fr/openings/{setting['job'].pk}/apply/").content.decode()
    form = _upload_form(html)
    assert 'enctype="multipart/form-data"' in form
    assert 'data-upload-label="Envoi de votre CV"' in form
    assert "/static/js/upload-progress.js" in html
