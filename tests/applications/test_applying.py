import smtplib

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.locmem import EmailBackend
from django.utils import timezone

from talentportal.applications.models import Application, StageChange
from talentportal.profiles.models import Profile
from tests.factories import apply_data
from tests.profiles.test_cv_and_photo import PDF
from tests.queue import run_worker


def test_professional_applies_with_the_profile_cv_and_everyone_is_told(
    client, setting, django_capture_on_commit_callbacks, fresh_login
):
    fresh_login(setting["applicant"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/es/openings/{setting['job'].pk}/apply/", apply_data(setting))
    assert response.status_code == 200
    application = Application.objects.get()
    assert application.profile["name"] == "Lucía Gómez"
    assert application.nationality == "ES"
    assert application.answers.get().answer == "yes"
    assert application.cv.read() == PDF
    assert StageChange.objects.filter(application=application, to_stage="submitted").count() == 1

    to_applicant = [m for m in mail.outbox if m.to == ["applicant@example.org"]]
    to_recruiter = [m for m in mail.outbox if m.to == [setting["recruiter"].email]]
    assert len(to_applicant) == 1 and len(to_recruiter) == 1
    assert "Research Engineer" in to_applicant[0].subject
    assert "Your application" not in to_applicant[0].subject  # Spanish, not English
    assert any("\u4e00" <= ch <= "\u9fff" for ch in to_recruiter[0].subject)

    # The application keeps its own copy when the profile's CV goes.
    Profile.objects.get(user=setting["applicant"]).cv.delete()
    assert Application.objects.get().cv.read() == PDF


def test_second_application_shows_the_first(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    response = client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    first = Application.objects.get()
    assert response["Location"] == f"/en/applications/{first.pk}/"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"consent": ""}, "Without your consent we cannot send your application."),
        ({"question": ""}, "This field is required."),
        ({"cv_source": "upload"}, "Choose a CV file to upload."),
    ],
)
def test_incomplete_applications_are_refused_and_nothing_saved(
    client, setting, change, message, fresh_login
):
    fresh_login(setting["applicant"])
    data = apply_data(setting)
    if "question" in change:
        data[f"question_{setting['question'].pk}"] = ""
    else:
        data.update(change)
    response = client.post(f"/en/openings/{setting['job'].pk}/apply/", data)
    assert message in response.content.decode()
    assert not Application.objects.exists()


def test_uploaded_executable_is_refused(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    data = apply_data(
        setting, cv_source="upload", cv=SimpleUploadedFile("cv.pdf", b"MZ\x90\x00" + b"\x00" * 100)
    )
    response = client.post(f"/en/openings/{setting['job'].pk}/apply/", data)
    assert "This file is not a PDF" in response.content.decode()
    assert not Application.objects.exists()


def test_unverified_email_and_closed_openings_cannot_be_applied_to(client, setting, fresh_login):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=setting["applicant"]).update(verified=False)
    fresh_login(setting["applicant"])
    response = client.post(
        f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting), follow=True
    )
    assert "Please confirm your e-mail address before applying." in response.content.decode()
    EmailAddress.objects.filter(user=setting["applicant"]).update(verified=True)
    setting["job"].status = "closed"
    setting["job"].save()
    response = client.post(
        f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting), follow=True
    )
    assert "This opening is closed" in response.content.decode()
    assert not Application.objects.exists()


def test_anonymous_visitor_is_sent_to_log_in(client, setting):
    response = client.get(f"/en/openings/{setting['job'].pk}/apply/")
    assert response["Location"].startswith("/en/accounts/login/")


def test_script_in_a_cover_letter_is_shown_as_text_to_hr(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    client.post(
        f"/en/openings/{setting['job'].pk}/apply/",
        apply_data(setting, cover_letter="<img src=x onerror=alert(1)>"),
    )
    application = Application.objects.get()
    fresh_login(setting["recruiter"])
    html = client.get(
        f"/en/employer/{setting['org'].pk}/applications/{application.pk}/"
    ).content.decode()
    assert "<img src=x onerror" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_stage_change_sends_one_email_in_the_applicants_language_and_one_history_row(
    client, setting, django_capture_on_commit_callbacks, fresh_login
):
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    application = Application.objects.get()
    mail.outbox.clear()
    fresh_login(setting["recruiter"])
    url = f"/en/employer/{setting['org'].pk}/applications/{application.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {"action": "move", "move-stage": "shortlisted", "move-note": "We liked your robots."},
        )
    application.refresh_from_db()
    assert application.stage == "shortlisted"
    assert application.history.count() == 2
    assert len(mail.outbox) == 1
    assert "We liked your robots." in mail.outbox[0].body
    assert mail.outbox[0].to == ["applicant@example.org"]
    fresh_login(setting["applicant"])
    page = client.get(f"/es/applications/{application.pk}/").content.decode()
    assert "We liked your robots." in page


class BrokenBackend(EmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("mail server down")


def test_mail_outage_loses_nothing(
    client, setting, settings, task_queue, django_capture_on_commit_callbacks, fresh_login
):
    from django_tasks_db.models import DBTaskResult

    settings.EMAIL_BACKEND = "tests.applications.test_applying.BrokenBackend"
    fresh_login(setting["applicant"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    assert Application.objects.count() == 1

    run_worker()
    assert mail.outbox == []
    # The failed sends booked retries for later.
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    run_worker()
    assert len([m for m in mail.outbox if m.to == ["applicant@example.org"]]) == 1


def test_hr_sends_interview_details_which_the_applicant_sees(client, setting, fresh_login):
    fresh_login(setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", apply_data(setting))
    application = Application.objects.get()
    fresh_login(setting["recruiter"])
    client.post(
        f"/en/employer/{setting['org'].pk}/applications/{application.pk}/",
        {
            "action": "interview",
            "interview-interview_at": "2026-12-03T10:30",
            "interview-interview_place": "Room 301",
        },
    )
    fresh_login(setting["applicant"])
    html = client.get(f"/en/applications/{application.pk}/").content.decode()
    assert "Room 301" in html and "10:30" in html
