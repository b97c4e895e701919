"""The content generation, known in each worker without asking Redis on every request.

A new generation is written and announced on a Redis channel in one
transaction. Each worker subscribes once and, at the start of every lookup,
reads what has arrived on its subscription without waiting (a poll of a local
socket, no round trip). Redis hands the announcement to every subscriber in
the same pass in which it answers the writer, so by the time the publishing
request has committed and answered, every worker will see the new generation
on its next lookup.

Whenever the subscription cannot be trusted — not yet confirmed, just
reconnected by the client library (messages may have been missed), broken,
or older than `RECHECK_SECONDS` since the generation was last read — the
worker reads the generation from Redis again, as it would without a watcher.
Caches that are not Redis (tests, development) have no channel: there every
lookup reads the generation from the cache.

A worker with threads (`GUNICORN_THREADS`, `runserver`) shares one
subscription. Two threads reading one socket can both see a message waiting,
and the one that loses the race then blocks on the socket for good; so one
thread at a time reads the channel, and any other asks Redis meanwhile.
"""

import contextlib
import logging
import os
import threading
import time

import redis
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

CHANNEL = "pagecache:generation-changed"
# Bounds the damage of a subscription that dies without the socket noticing:
# the generation is read from Redis at least this often anyway.
RECHECK_SECONDS = 5.0


def announce(cache, key: str, token: str) -> bool:
    """Write the new generation and tell every worker, atomically. False if not Redis."""
    if not isinstance(cache, RedisCache) or not getattr(cache, "redis_available", True):
        return False
    client = cache._cache.get_client(write=True)
    with client.pipeline(transaction=True) as pipeline:
        pipeline.set(cache.make_and_validate_key(key), cache._cache._serializer.dumps(token))
        pipeline.publish(CHANNEL, token)
        pipeline.execute()
    return True


class GenerationWatcher:
    """One per worker process: the generation as last announced, or None when unsure."""

    def __init__(self) -> None:
        self._pid: int | None = None
        self._pubsub = None
        self._generation: str | None = None
        self._read_at = 0.0
        self._reading = threading.Lock()

    def reset(self) -> None:
        if self._pubsub is not None:
            # Closing a connection that may already be broken.
            with contextlib.suppress(Exception):
                self._pubsub.close()
        self._pubsub, self._generation, self._pid = None, None, None

    def _subscribe(self, client: redis.Redis) -> None:
        # Its own pool: the subscription holds its connection for good.
        pool = client.connection_pool
        listener = redis.Redis(
            connection_pool=redis.ConnectionPool(
                connection_class=pool.connection_class, **pool.connection_kwargs
            )
        )
        self._pubsub = listener.pubsub()
        self._pubsub.subscribe(CHANNEL)
        self._pid = os.getpid()
        # Only once Redis confirms is every later announcement ours.
        confirmation = self._pubsub.get_message(timeout=1.0)
        if confirmation is None or confirmation["type"] != "subscribe":
            raise redis.TimeoutError("The generation channel did not confirm the subscription")

    def current(self, cache, key: str) -> str | None:
        """The generation, without a round trip when the subscription is sound; None if unknown."""
        if not isinstance(cache, RedisCache):
            return None
        # Never wait for another thread: the caller reads Redis itself instead.
        if not self._reading.acquire(blocking=False):
            return None
        try:
            return self._read(cache, key)
        finally:
            self._reading.release()

    def _read(self, cache, key: str) -> str | None:
        if not getattr(cache, "redis_available", True):
            # Redis is being left alone after a failure: subscribe afresh once it is back.
            self.reset()
            return None
        try:
            if self._pubsub is None or self._pid != os.getpid():
                self.reset()
                self._subscribe(cache._cache.get_client(write=True))
            stale = self._generation is None
            # Most requests find nothing waiting: one poll of the socket.
            if self._pubsub.connection.can_read(timeout=0):
                while (message := self._pubsub.get_message(timeout=0)) is not None:
                    if message["type"] == "message":
                        self._generation = message["data"].decode()
                        self._read_at = time.monotonic()
                    else:
                        # A (re)subscription: announcements may have been missed.
                        stale = True
            if stale or time.monotonic() - self._read_at > RECHECK_SECONDS:
                self._generation = cache.get(key)
                self._read_at = time.monotonic()
        except (redis.RedisError, OSError):
            logger.warning("Page cache generation channel unavailable", exc_info=True)
            self.reset()
            return None
        return self._generation


watcher = GenerationWatcher()
