"""Personal data that must not linger: sent e-mails, erased accounts, withdrawn CVs."""

import datetime
import io
import json
import zipfile

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import ModelLogEntry

from cms.models import PrivacyPolicyPage
from talentportal.accounts.privacy import ACCOUNT_DELETED
from talentportal.applications.models import Application
from talentportal.mail import send_email_task, send_later
from talentportal.organisations.models import Organisation
from talentportal.task_retention import prune_finished
from tests.factories import city, city_group, verified_user, with_totp
from tests.page_factories import PrivacyPolicyPageFactory
from tests.queue import run_worker
from tests.security.data_setup import PDF, application_data, hiring_setting, sign_in

RESET_LINK = "https://talentportal.example/en/accounts/password/reset/key/9-abc-def/"


@pytest.fixture
def setting(db):
    PrivacyPolicyPageFactory()  # what applicants agree to
    return hiring_setting()


def mail_rows():
    return DBTaskResult.objects.filter(task_path=send_email_task.module_path)


# --- E-mails in the task table -----------------------------------------------------------


def test_a_sent_reset_link_does_not_stay_readable_in_the_task_queue(db, task_queue):
    send_later(
        EmailMultiAlternatives(
            "Reset your password", f"Open {RESET_LINK}", None, ["ada@example.org"]
        )
    )
    queued = mail_rows().get()
    assert RESET_LINK in json.dumps(queued.args_kwargs)  # kept until it is sent

    run_worker()
    assert [m.body for m in mail.outbox] == [f"Open {RESET_LINK}"]
    sent = mail_rows().get()
    assert sent.status == "SUCCESSFUL"
    stored = json.dumps(sent.args_kwargs)
    assert RESET_LINK not in stored
    assert "ada@example.org" not in stored
    assert "Reset your password" not in stored


def test_a_message_waiting_for_a_retry_is_held_once(db, task_queue, settings, monkeypatch):
    settings.EMAIL_BACKEND = "tests.applications.test_applying.BrokenBackend"
    send_later(EmailMultiAlternatives("Reset", RESET_LINK, None, ["ada@example.org"]))
    run_worker()
    holding = [row for row in mail_rows() if RESET_LINK in json.dumps(row.args_kwargs)]
    assert [row.status for row in holding] == ["READY"]  # only the retry still holds it


def test_succeeded_task_results_are_pruned_on_a_schedule(db, task_queue):
    now = timezone.now()

    def finished(status, age):
        result = send_email_task.enqueue("S", "B", None, ["x@example.org"])
        DBTaskResult.objects.filter(id=result.id).update(
            status=status, finished_at=now - age, args_kwargs={"args": [], "kwargs": {}}
        )
        return str(result.id)

    old = finished("SUCCESSFUL", datetime.timedelta(days=2))
    recent = finished("SUCCESSFUL", datetime.timedelta(hours=2))
    failed = finished("FAILED", datetime.timedelta(days=3))
    waiting = str(send_email_task.enqueue("S", "B", None, ["y@example.org"]).id)

    assert prune_finished(now) == 1
    remaining = {str(pk) for pk in DBTaskResult.objects.values_list("id", flat=True)}
    assert remaining >= {recent, failed, waiting}
    assert old not in remaining


def test_the_scheduler_prunes_old_task_results_once_an_hour(db, task_queue):
    old = send_email_task.enqueue("S", "B", None, ["x@example.org"])
    DBTaskResult.objects.filter(id=old.id).update(
        status="SUCCESSFUL", finished_at=timezone.now() - datetime.timedelta(days=2)
    )
    call_command("run_scheduler", "--once", stdout=io.StringIO())
    call_command("run_scheduler", "--once", stdout=io.StringIO())  # same hour: nothing more
    pruning = DBTaskResult.objects.filter(args_kwargs__args__0="task-results")
    assert pruning.count() == 1

    run_worker()
    assert not DBTaskResult.objects.filter(id=old.id).exists()
    assert pruning.get().status == "SUCCESSFUL"


# --- Erasure ------------------------------------------------------------------------------------


def test_deleting_an_account_removes_its_emails_logs_anonymously_and_confirms(
    client, setting, task_queue, django_capture_on_commit_callbacks
):
    person = setting["applicant"]
    send_later(EmailMultiAlternatives("Confirm", RESET_LINK, None, [person.email]))
    run_worker()  # one finished...
    send_later(EmailMultiAlternatives("Saved search", "New openings", None, [person.email]))
    # ...and one still queued; someone else's mail stays.
    send_later(EmailMultiAlternatives("Hello", "For another", None, ["other@example.org"]))
    assert mail_rows().count() == 3

    sign_in(client, person)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accounts/privacy/delete/",
            {"password": "correct-horse-battery", "confirm": "on"},
        )
    assert response.status_code == 302

    remaining = [json.dumps(row.args_kwargs) for row in mail_rows()]
    assert not any("New openings" in row or RESET_LINK in row for row in remaining)
    assert any("other@example.org" in row for row in remaining)

    entry = ModelLogEntry.objects.get(action=ACCOUNT_DELETED)
    recorded = json.dumps([entry.label, entry.object_id, entry.data])
    for personal in (person.email, "Lucía", "Gómez", str(person.pk)):
        assert personal not in recorded
    assert entry.user_id is None

    mail.outbox.clear()
    run_worker()
    confirmation = [m for m in mail.outbox if m.to == [person.email]]
    assert len(confirmation) == 1
    # In the person's language (Spanish), not English.
    assert "account is deleted" not in confirmation[0].subject


# --- Withdrawn applications and consent -------------------------------------------------------


def _apply(client, setting):
    sign_in(client, setting["applicant"])
    client.post(f"/en/openings/{setting['job'].pk}/apply/", application_data())
    return Application.objects.get()


def test_consent_is_stored_with_the_privacy_policy_version(client, setting):
    application = _apply(client, setting)
    policy = PrivacyPolicyPage.current()
    assert policy is not None
    assert application.consent_policy_version == policy.version


def test_after_withdrawal_the_organisation_cannot_open_the_cv(client, setting):
    application = _apply(client, setting)
    stored = application.cv.name
    client.post(f"/en/applications/{application.pk}/withdraw/")

    sign_in(client, setting["recruiter"])
    url = f"/en/employer/{setting['org'].pk}/applications/{application.pk}/cv/"
    assert client.get(url).status_code == 404
    assert not application.cv.storage.exists(stored)


# --- The data export ---------------------------------------------------------------------------


def test_the_export_holds_the_cv_copies_and_who_downloaded_them(client, setting):
    application = _apply(client, setting)
    setting["recruiter"].first_name, setting["recruiter"].last_name = "Wei", "Zhang"
    setting["recruiter"].save()
    sign_in(client, setting["recruiter"])
    cv_url = f"/en/employer/{setting['org'].pk}/applications/{application.pk}/cv/"
    assert client.get(cv_url).status_code == 200

    sign_in(client, setting["applicant"])
    response = client.post("/en/accounts/privacy/export/")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    data = json.loads(archive.read("my-data.json"))
    sent = data["applications"][0]
    assert archive.read(sent["cv_file"]) == PDF
    assert sent["cv_file"].endswith(".pdf")
    assert [d["by"] for d in sent["cv_downloads"]] == ["Wei Zhang, Test University"]
    assert sent["cv_downloads"][0]["at"]
    assert sent["privacy_policy_version_agreed_to"] == PrivacyPolicyPage.current().version


# --- Organisations that change who they are -------------------------------------------------------


def _edit(client, org, **changes):
    data = {
        "kind": org.kind,
        "name_en": org.name_en,
        "city": org.city_id,
        "address": org.address,
        "size": org.size,
        "sector": org.sector,
        "uscc": org.uscc,
    }
    data.update(changes)
    return client.post(f"/en/employer/{org.pk}/edit/", data)


def test_a_verified_organisation_that_renames_itself_is_checked_again(client, setting):
    org = setting["org"]
    sign_in(client, setting["recruiter"])
    _edit(client, org, description_en="We now also teach robotics.")
    org.refresh_from_db()
    assert org.status == Organisation.Status.VERIFIED  # a description is not who they are

    _edit(client, org, name_en="Totally Different Holdings")
    org.refresh_from_db()
    assert org.status == Organisation.Status.PENDING
    page = client.get(f"/en/organisations/{org.slug}/")
    assert page.status_code == 200
    assert "Verification pending" in page.content.decode()
    assert "Verified by city staff" not in page.content.decode()


def test_moving_to_another_city_hands_the_check_to_that_citys_staff(client, setting):
    org = setting["org"]
    sign_in(client, setting["recruiter"])
    shanghai = city("shanghai")
    _edit(client, org, city=shanghai.pk)
    org.refresh_from_db()
    assert org.status == Organisation.Status.PENDING

    def staff_list(slug):
        member = verified_user()
        member.groups.add(city_group(slug, role="moderator"))
        with_totp(member)
        sign_in(client, member)
        return client.get("/admin/organisations/?status=pending").content.decode()

    assert "Test University" in staff_list("shanghai")
    assert "Test University" not in staff_list("beijing")
