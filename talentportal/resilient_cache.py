"""A Redis cache that degrades instead of failing.

When Redis cannot be reached, each operation falls back to a small cache in
the worker's own memory and Redis is left alone for a few seconds before it is
tried again. Pages get slower (nothing shared is cached) but never answer 500;
sessions live in the database and are not affected; rate limits keep counting,
per worker, until Redis is back.
"""

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure, Redis is left alone this long: one slow request every few
# seconds instead of a connection timeout on every request.
RETRY_AFTER_SECONDS = 5.0
# Without timeouts a Redis host that drops packets would hang every request.
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1.0}
# The worker's own copy holds what is small and worth keeping through an outage
# (rate-limit counts, the content generation, fragments), never whole stored
# pages: 2,000 entries of at most 16 KiB keep it under about 32 MB per worker,
# however long Redis stays away.
FALLBACK_ENTRIES = 2000
FALLBACK_LARGEST_BYTES = 16 * 1024


class _SmallLocMemCache(LocMemCache):
    """A LocMemCache that declines values larger than FALLBACK_LARGEST_BYTES."""

    def _set(self, key, value, timeout=None):
        # `value` is already pickled here: its length is what it costs.
        if len(value) > FALLBACK_LARGEST_BYTES:
            self._cache.pop(key, None)
            self._expire_info.pop(key, None)
            return
        super()._set(key, value, timeout)


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._fallback = _SmallLocMemCache(
            f"fallback-{id(self)}",
            {"OPTIONS": {"MAX_ENTRIES": FALLBACK_ENTRIES}, **_common(params)},
        )
        self._down_until = 0.0

    @property
    def redis_available(self) -> bool:
        """False while Redis is being left alone after a failure."""
        return time.time() >= self._down_until

    def _call(self, name, *args, **kwargs):
        if self.redis_available:
            try:
                return getattr(super(), name)(*args, **kwargs)
            except RedisError as exc:
                # One warning per outage window, without keys (they may hold ids).
                logger.warning(
                    "Redis unavailable (%s); using this worker's memory for %ss",
                    type(exc).__name__,
                    RETRY_AFTER_SECONDS,
                )
                self._down_until = time.time() + RETRY_AFTER_SECONDS
        return getattr(self._fallback, name)(*args, **kwargs)

    def add(self, *args, **kwargs):
        return self._call("add", *args, **kwargs)

    def get(self, *args, **kwargs):
        return self._call("get", *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", *args, **kwargs)

    def incr(self, *args, **kwargs):
        return self._call("incr", *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", *args, **kwargs)

    def clear(self):
        self._fallback.clear()
        return self._call("clear")


def _common(params):
    """The settings both caches share, so keys and timeouts mean the same in each."""
    return {
        key: params[key]
        for key in ("TIMEOUT", "KEY_PREFIX", "VERSION", "KEY_FUNCTION")
        if key in params
    }
