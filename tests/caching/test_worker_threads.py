"""A worker with threads (`GUNICORN_THREADS`, `runserver`) shares its kept pages between them."""

import sys
import threading
import time

import pytest

from talentportal.caching import store


@pytest.fixture
def eager_thread_switches():
    """Switch threads as often as the interpreter can, so that races show in a short run."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def test_threads_reading_and_replacing_the_same_kept_pages_never_fail(eager_thread_switches):
    copies = store._WorkerCopies()
    failures = []

    def reader():
        try:
            for number in range(5_000):
                key = f"page-{number % 3}"
                # Publishes come and go: some lookups find a copy of an older generation.
                generation = "new" if (number // 7) % 2 else "old"
                if copies.get(key, generation) is None:
                    copies.put(
                        key, store.StoredPage(generation, 200, (), b"", None, time.time() + 60)
                    )
        except Exception as error:  # a reader's failure is this test's finding
            failures.append(repr(error))

    readers = [threading.Thread(target=reader) for _ in range(8)]
    for thread in readers:
        thread.start()
    for thread in readers:
        thread.join()
    assert failures == []
