"""Whole pages for readers without a session, served before almost any other middleware runs.

Place it right after RequestIdMiddleware, above the security headers,
WhiteNoise, GZipMiddleware, sessions, auth and messages. What those add to a
public page (the security and content-security headers, the gzip encoding) is
the same for every reader, so it is stored with the page: a hit costs one
cache round trip and a copy of the stored bytes and headers, with no header
built again and nothing compressed again.
"""

import math
import time

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from talentportal.caching import expiry, policy, store

STATUS_HEADER = "X-Page-Cache"
HIT = (STATUS_HEADER, "hit")
# Where front_door.py leaves the key and generation of a lookup that found nothing.
LOOKED_UP = "talentportal.page_cache.looked_up"


def enabled() -> bool:
    return settings.PAGE_CACHE_ENABLED


def public_cache_control(valid_until: float | None) -> str:
    """Short in browsers, longer in the front cache (which is purged on change).

    Both are cut down to the moment the page changes by itself.
    """
    browser = settings.PAGE_CACHE_BROWSER_SECONDS
    shared = settings.PAGE_CACHE_SHARED_SECONDS
    if valid_until is not None:
        left = max(0, math.floor(valid_until - time.time()))
        browser, shared = min(browser, left), min(shared, left)
    return (
        f"public, max-age={browser}, s-maxage={shared}, "
        f"stale-while-revalidate={settings.PAGE_CACHE_STALE_SECONDS}"
    )


def hit_headers(page: store.StoredPage) -> tuple[tuple[str, str], ...]:
    """What a hit adds to the stored headers: its status, and a lifetime cut to a deadline."""
    if page.valid_until is not None:
        return ("Cache-Control", public_cache_control(page.valid_until)), HIT
    return (HIT,)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not enabled() or not policy.may_use_shared_copy(request):
            return self.get_response(request)
        looked_up = request.META.pop(LOOKED_UP, None)
        if looked_up is not None:
            key, generation = looked_up
        else:
            key = store.key_for(request)
            generation, page = store.lookup(key)
            if page is not None:
                return page.to_response(*hit_headers(page))

        token = expiry.start_tracking()
        try:
            response = self.get_response(request)
        finally:
            dependencies = expiry.stop_tracking(token)
        if generation is None or not policy.may_store(request, response):
            return response

        moment = expiry.valid_until(dependencies, settings.PAGE_CACHE_ALIAS, generation)
        valid_until = moment.timestamp() if moment else None
        if "Cache-Control" not in response:
            response["Cache-Control"] = public_cache_control(valid_until)
        timeout = settings.PAGE_CACHE_SECONDS
        if valid_until is not None:
            timeout = min(timeout, math.floor(valid_until - time.time()))
        if timeout > 0:
            store.save(
                key, store.StoredPage.of(response, generation, valid_until, timeout), timeout
            )
        response[STATUS_HEADER] = "miss"
        return response
