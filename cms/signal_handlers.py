from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from cms.navigation import clear_navigation_cache
from cms.search import index_page_task


def _enqueue_indexing(sender, instance, **kwargs):
    clear_navigation_cache()
    # After commit, so the worker reads what was saved.
    transaction.on_commit(lambda: index_page_task.enqueue(instance.pk))


def register():
    page_published.connect(_enqueue_indexing, dispatch_uid="cms_index_published")
    page_unpublished.connect(_enqueue_indexing, dispatch_uid="cms_index_unpublished")
