"""Limits on what one account or organisation may do in a given time.

Counters live in the default cache, which production shares between every
worker and server (Redis): a per-process cache would give each worker its own
count and multiply every limit by the number of workers, so the system check
below refuses one in production. Each limit is a fixed window counted with
`cache.add` and `cache.incr`, both atomic on Redis.

Views call `consume` only once the submitted form is valid and before anything
is saved, and answer `refused` (HTTP 429 and a translated message) when it
returns False: nothing is half-saved and a typo does not use up the allowance.
"""

import hashlib
import os
import time
from dataclasses import dataclass
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache
from django.core.checks import Error, Tags, register
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

PER_PROCESS_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@dataclass(frozen=True)
class Rate:
    amount: int
    seconds: int


# How many times per window each action may happen; settings.RATE_LIMITS
# overrides any of them, as "amount/seconds".
DEFAULT_RATES = {
    # Per account, and per client address (many accounts on one machine).
    "apply": "20/86400",
    "apply_ip": "300/86400",
    # Per account and application thread, and per account over all threads.
    "message_thread": "20/3600",
    "message_account": "60/3600",
    # Per organisation.
    "invite": "20/3600",
    # Per account.
    "export": "5/86400",
}


def rate(action: str) -> Rate:
    configured = {**DEFAULT_RATES, **getattr(settings, "RATE_LIMITS", {})}
    amount, seconds = configured[action].split("/")
    return Rate(int(amount), int(seconds))


def _key(action: str, scope: tuple, window: int) -> str:
    # Hashed, so that no e-mail address or other identifier sits in the cache keys.
    digest = hashlib.sha256(repr(scope).encode()).hexdigest()[:32]
    return f"ratelimit:{action}:{digest}:{window}"


def consume(action: str, *scope) -> bool:
    """Count one `action` for `scope`; False when that is more than the rate allows."""
    limit = rate(action)
    window = int(time.time() // limit.seconds)
    key = _key(action, scope, window)
    if cache.add(key, 1, timeout=limit.seconds):
        return limit.amount >= 1
    try:
        count = cache.incr(key)
    except ValueError:
        # The window expired between add and incr: this is its first hit.
        cache.add(key, 1, timeout=limit.seconds)
        count = 1
    return count <= limit.amount


def consume_all(*checks: tuple) -> bool:
    """Consume several limits at once, e.g. per thread and per account; False if any is over."""
    results = [consume(action, *scope) for action, *scope in checks]
    return all(results)


def refused(request: HttpRequest, message: str) -> HttpResponse:
    """The 429 page with `message`, already translated by the caller."""
    response = render(
        request, "429.html", {"message": message}, status=HTTPStatus.TOO_MANY_REQUESTS
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _is_production() -> bool:
    module = getattr(settings, "SETTINGS_MODULE", None) or os.environ.get(
        "DJANGO_SETTINGS_MODULE", ""
    )
    return module.endswith(".production")


def _per_process_cache_errors():
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PER_PROCESS_CACHES:
        return [
            Error(
                f"Rate limits need a cache shared by every worker, not {backend}.",
                hint="Set REDIS_URL so that the default cache is Redis.",
                id="talentportal.E001",
            )
        ]
    return []


@register(Tags.caches)
def check_shared_cache(app_configs, **kwargs):
    """Production counts limits in a cache that every worker shares."""
    return _per_process_cache_errors() if _is_production() else []


@register(Tags.caches, deploy=True)
def check_shared_cache_for_deploy(app_configs, **kwargs):
    """The same for `check --deploy` run with any settings module."""
    return [] if _is_production() else _per_process_cache_errors()
