"""E-mail that a person waits for is never stuck behind bulk work in the queue."""

import pytest
from django_tasks_db.models import DBTaskResult

from cms.search import index_page_task
from talentportal.mail import send_email_task


@pytest.mark.django_db
def test_the_worker_takes_a_waiting_email_before_earlier_indexing_work(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    for page_id in range(1, 301):
        index_page_task.enqueue(page_id)
    send_email_task.enqueue(
        subject="Confirm your address", body="…", from_email="a@example.org", to=["b@example.org"]
    )

    # The order in which the database worker claims ready tasks.
    first = DBTaskResult.objects.ready().first()

    assert first.task_path == "talentportal.mail.send_email_task"
