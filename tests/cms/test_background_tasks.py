import pytest
from django_tasks_db.models import DBTaskResult

from cms.models import SearchDocument
from cms.search import search
from tests.factories import add_guide
from tests.page_factories import CityPageFactory, GuideIndexPageFactory
from tests.queue import run_worker


@pytest.mark.django_db(transaction=False)
def test_published_page_becomes_searchable_once_the_worker_runs(
    task_queue, django_capture_on_commit_callbacks
):
    section = GuideIndexPageFactory(parent=CityPageFactory(title="Beijing"))
    with django_capture_on_commit_callbacks(execute=True):
        guide = add_guide(section, title="Dumpling festival", slug="dumplings")

    # Published, but the request did not index it: a task waits in the queue.
    assert not SearchDocument.objects.filter(page=guide).exists()
    assert DBTaskResult.objects.filter(status="READY").exists()

    run_worker("--queue-name", "*")

    assert SearchDocument.objects.filter(page=guide).count() == 6
    assert [d.page_id for d in search("dumpling festival", "en")] == [guide.pk]
