import io

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from cms.models import GuideIndexPage, SearchDocument
from cms.search import search
from tests.factories import add_guide


@pytest.mark.django_db(transaction=False)
def test_published_page_becomes_searchable_once_the_worker_runs(
    settings, django_capture_on_commit_callbacks, monkeypatch
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    section = GuideIndexPage.objects.filter(slug="guides").first()
    with django_capture_on_commit_callbacks(execute=True):
        guide = add_guide(section, title="Dumpling festival", slug="dumplings")

    # Published, but the request did not index it: a task waits in the queue.
    assert not SearchDocument.objects.filter(page=guide).exists()
    assert DBTaskResult.objects.filter(status="READY").exists()

    # The worker drops idle connections between tasks, which would end this
    # test's transaction; the rest of it runs as in production.
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    call_command(
        "db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", stdout=io.StringIO()
    )

    assert SearchDocument.objects.filter(page=guide).count() == 6
    assert [d.page_id for d in search("dumpling festival", "en")] == [guide.pk]
