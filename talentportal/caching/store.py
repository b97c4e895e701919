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
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

GENERATION_KEY = "pagecache:generation"
# Django's GZipMiddleware compresses for exactly these requests.
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def key_for(request: HttpRequest) -> str:
    encoding = (
        "gzip" if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else "identity"
    )
    address = f"{request.get_host()}{request.path}?{request.META.get('QUERY_STRING', '')}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"pagecache:page:{encoding}:{digest}"


@dataclass(frozen=True)
class StoredPage:
    generation: str
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    # Epoch seconds after which the content is wrong by itself (a deadline), or None.
    valid_until: float | None

    def to_response(self) -> HttpResponse:
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response.headers[name] = value
        return response


def new_generation() -> str:
    token = secrets.token_hex(8)
    _cache().set(GENERATION_KEY, token, None)
    return token


def current_generation() -> str:
    """The content generation, for other caches that must not outlive a change."""
    try:
        generation = _cache().get(GENERATION_KEY)
        if generation is None:
            _cache().add(GENERATION_KEY, secrets.token_hex(8), None)
            generation = _cache().get(GENERATION_KEY)
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return "unavailable"
    return generation or "unavailable"


def lookup(key: str) -> tuple[str | None, StoredPage | None]:
    """The current generation and the stored page, if it is still good; (None, None) on failure."""
    try:
        found = _cache().get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        if generation is None:
            _cache().add(GENERATION_KEY, secrets.token_hex(8), None)
            return _cache().get(GENERATION_KEY), None
    except Exception:
        # The cache being down costs speed, never the page.
        logger.warning("Page cache unavailable; serving without it", exc_info=True)
        return None, None
    page = found.get(key)
    if page is None or page.generation != generation:
        return generation, None
    if page.valid_until is not None and time.time() >= page.valid_until:
        return generation, None
    return generation, page


def save(key: str, page: StoredPage, timeout: int) -> None:
    try:
        _cache().set(key, page, timeout)
    except Exception:
        logger.warning("Page cache unavailable; page not stored", exc_info=True)
