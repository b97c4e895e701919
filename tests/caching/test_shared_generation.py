"""With Redis, as in production: a hit costs no round trip, and a change still shows at once.

Starts its own redis-server on loopback.
"""

import shutil
import tempfile
import threading
from pathlib import Path

import pytest
import redis
from django.conf import settings

from bench import services
from talentportal.caching import store
from talentportal.caching.generation import watcher
from tests.caching.test_invalidation import _beijing_arriving
from tests.page_factories import CityPageFactory, GuideIndexPageFactory, GuidePageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs redis-server"),
]


@pytest.fixture(autouse=True)
def _guide(db):
    """Beijing's arriving guide, the page these tests read."""
    beijing = CityPageFactory(title="Beijing")
    GuidePageFactory(parent=GuideIndexPageFactory(parent=beijing), title="Arriving")


@pytest.fixture(scope="module")
def redis_url():
    workdir = Path(tempfile.mkdtemp(prefix="talentportal-generation-"))
    process, url = services.start_redis(workdir)
    yield url
    services.stop(process)
    shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def shared_redis(settings, redis_url, page_cache):
    settings.CACHES = {
        **settings.CACHES,
        "shared": {
            "BACKEND": "talentportal.resilient_cache.FailSoftRedisCache",
            "LOCATION": redis_url,
        },
    }
    settings.PAGE_CACHE_ALIAS = "shared"
    server = redis.Redis.from_url(redis_url)
    server.flushall()
    yield server
    server.flushall()


def _reads(server) -> int:
    """How many times anything was read from Redis so far."""
    stats = server.info("commandstats")
    return sum(stats.get(f"cmdstat_{name}", {}).get("calls", 0) for name in ("get", "mget"))


def test_a_hit_is_served_without_asking_redis(client, shared_redis):
    url = "/zh-hans/beijing/guides/arriving/"
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    before = _reads(shared_redis)
    for _ in range(10):
        response = client.get(url)
        assert response["X-Page-Cache"] == "hit"
    assert _reads(shared_redis) == before


def test_a_published_change_reaches_the_next_reader_in_every_language(
    client, shared_redis, committed
):
    guide = _beijing_arriving()
    paths = [f"/{lang}/beijing/guides/arriving/" for lang in LANGUAGES]
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit"

    with committed():
        for lang in LANGUAGES:
            setattr(guide, f"title_{lang.replace('-', '_')}", f"Arriving, Redis ({lang})")
        guide.save_revision().publish()

    for path in paths:
        lang = path.split("/")[1]
        response = client.get(path)
        assert response["X-Page-Cache"] == "miss", path
        assert f"Arriving, Redis ({lang})" in response.content.decode(), path


def test_a_thread_never_reads_the_channel_while_another_thread_does(shared_redis, monkeypatch):
    """Threaded workers share one subscription; a second reader of its socket could block for good.

    The first thread is held inside its read of an announcement; meanwhile a
    second thread must get the new generation from Redis, not from the channel.
    """
    before = store.new_generation()
    assert store.current_generation() == before  # this worker subscribes and knows it
    token = store.new_generation()
    assert watcher._pubsub.connection.can_read(timeout=10), "the announcement never arrived"
    entered, leave, overlapping = threading.Event(), threading.Event(), []
    reading = threading.Event()  # set while a thread is inside a read of the channel
    read_channel = watcher._pubsub.get_message

    def held_read(*args, **kwargs):
        if reading.is_set():
            overlapping.append(threading.current_thread().name)
            return None
        reading.set()
        entered.set()
        leave.wait()
        try:
            return read_channel(*args, **kwargs)
        finally:
            reading.clear()

    monkeypatch.setattr(watcher._pubsub, "get_message", held_read)
    first = {}
    reader = threading.Thread(
        target=lambda: first.update(generation=store.current_generation()), name="first"
    )
    reader.start()
    try:
        assert entered.wait(timeout=10), "the first thread never read the channel"
        assert store.current_generation() == token
    finally:
        leave.set()
        reader.join()
    assert overlapping == []
    assert first["generation"] == token
