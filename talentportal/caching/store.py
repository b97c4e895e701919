"""Stored pages in the shared cache (Redis in production), one per address and encoding.

Every stored page carries the content generation it was rendered under. Any
content change replaces the generation with a new random token, so every copy
made before the change stops matching at once, in every language, on every
server: correct by construction, with no list of keys to keep in step. A
random token (not a counter) cannot come back after Redis evicts or restarts.
"""

import hashlib
import logging
import re
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

from talentportal.caching.generation import announce, watcher

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# What current_generation() answers while the shared cache cannot be reached.
UNAVAILABLE = "unavailable"
# Django's GZipMiddleware compresses for exactly these requests.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def key_for(request: HttpRequest) -> str:
    """One key per scheme, host, path, query string and encoding (the path holds the language).

    The scheme is in it because the stored headers are those of that scheme
    (HSTS only over HTTPS) and because a plain-HTTP request must reach
    SecurityMiddleware's redirect, which a stored HTTPS page would skip.
    """
    encoding = (
        "gzip" if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    )
    address = (
        f"{request.scheme}://{request.get_host()}{request.path}"
        f"?{request.META.get('QUERY_STRING', '')}"
    )
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:page2:{encoding}:{digest}"


@dataclass(frozen=True)
class StoredPage:
    generation: str
    status: int
    # Django's own header table ({"content-type": ("Content-Type", "text/html…")}),
    # already checked and encoded when the page was rendered: a hit copies it
    # instead of checking every header again.
    headers: tuple[tuple[str, tuple[str, str]], ...]
    content: bytes
    # Epoch seconds after which the content is wrong by itself (a deadline), or None.
    valid_until: float | None
    # Epoch seconds at which the shared cache drops it: worker copies go too.
    expires_at: float

    @classmethod
    def of(
        cls, response: HttpResponse, generation: str, valid_until: float | None, timeout: int
    ) -> "StoredPage":
        return cls(
            generation=generation,
            status=response.status_code,
            headers=tuple(response.headers._store.items()),
            content=response.content,
            valid_until=valid_until,
            expires_at=time.time() + timeout,
        )

    def _table(self, extra_headers: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, str]]:
        table = dict(self.headers)
        for name, value in extra_headers:
            table[name.lower()] = (name, value)
        return table

    def to_response(self, *extra_headers: tuple[str, str]) -> HttpResponse:
        """The stored response, with these (plain ASCII) headers added or replaced."""
        response = HttpResponse(self.content, status=self.status)
        response.headers._store = self._table(extra_headers)
        return response

    def status_line(self) -> str:
        return f"{self.status} {HTTPStatus(self.status).phrase}"

    def header_list(self, *extra_headers: tuple[str, str]) -> list[tuple[str, str]]:
        """The stored headers as a WSGI server takes them, with these added or replaced."""
        return list(self._table(extra_headers).values())


def new_generation() -> str:
    token = secrets.token_hex(8)
    if not announce(_cache(), GENERATION_KEY, token):
        _cache().set(GENERATION_KEY, token, None)
    return token


def _known_generation() -> str | None:
    """The generation as this worker last heard it announced, without a round trip; or None."""
    return watcher.current(_cache(), GENERATION_KEY)


def current_generation() -> str:
    """The content generation, for other caches that must not outlive a change."""
    try:
        token = _known_generation() or _cache().get(GENERATION_KEY)
        if token is None:
            _cache().add(GENERATION_KEY, secrets.token_hex(8), None)
            token = _cache().get(GENERATION_KEY)
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return UNAVAILABLE
    return token or UNAVAILABLE


class _WorkerCopies:
    """The pages this worker served last, so a hit costs no round trip to Redis.

    A copy is only used under the generation the worker knows to be current
    (see generation.py) and never past its own expiry, so it is exactly as
    fresh as the shared one. Bounded: the least recently used copy goes first.
    Shared by the worker's threads, hence the lock: one thread could otherwise
    drop a copy between another's finding it and moving it to the end.
    """

    def __init__(self) -> None:
        self._pages: OrderedDict[str, StoredPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, current: str) -> StoredPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is None:
                return None
            if page.generation != current or time.time() >= page.expires_at:
                del self._pages[key]
                return None
            self._pages.move_to_end(key)
            return page

    def put(self, key: str, page: StoredPage) -> None:
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > settings.PAGE_CACHE_WORKER_COPIES:
                self._pages.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()


worker_copies = _WorkerCopies()


def _usable(page: StoredPage | None, current: str) -> bool:
    if page is None or page.generation != current:
        return False
    now = time.time()
    return now < page.expires_at and (page.valid_until is None or now < page.valid_until)


def lookup(key: str) -> tuple[str | None, StoredPage | None]:
    """The current generation and the stored page, if it is still good; (None, None) on failure."""
    try:
        current = _known_generation()
        if current is not None:
            page = worker_copies.get(key, current)
            if page is None:
                page = _cache().get(key)
        else:
            found = _cache().get_many([GENERATION_KEY, key])
            current, page = found.get(GENERATION_KEY), found.get(key)
        if current is None:
            _cache().add(GENERATION_KEY, secrets.token_hex(8), None)
            return _cache().get(GENERATION_KEY), None
    except Exception:
        # The cache being down costs speed, never the page.
        logger.warning("Page cache unavailable; serving without it", exc_info=True)
        return None, None
    if not _usable(page, current):
        return current, None
    worker_copies.put(key, page)
    return current, page


def save(key: str, page: StoredPage, timeout: int) -> None:
    try:
        _cache().set(key, page, timeout)
    except Exception:
        logger.warning("Page cache unavailable; page not stored", exc_info=True)
        return
    worker_copies.put(key, page)
