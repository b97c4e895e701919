import pytest
from django.core.cache import caches

from talentportal.caching import invalidation, store
from talentportal.caching.generation import watcher
from tests.caching import recording

SITE_URL = "http://testserver"


@pytest.fixture
def page_cache(settings):
    """The page cache on, an empty shared cache, and a front cache that records purges."""
    settings.PAGE_CACHE_ENABLED = True
    settings.SITE_URL = SITE_URL
    settings.WAGTAILFRONTENDCACHE = {
        "recording": {"BACKEND": "tests.caching.recording.RecordingBackend"}
    }
    shared = caches[settings.PAGE_CACHE_ALIAS]
    shared.clear()
    store.worker_copies.clear()
    recording.reset()
    # Changes made by earlier tests were rolled back, never committed: their
    # pending purge (maybe "everything") must not stand in for this test's.
    invalidation._pending.__init__()
    yield recording
    shared.clear()
    store.worker_copies.clear()
    watcher.reset()
    recording.reset()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the code deferred to the end of the transaction, as a real commit would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
