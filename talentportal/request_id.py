"""One id per request, on the response and on every log line written while serving it.

Usage (settings): put ``RequestIdMiddleware`` first in ``MIDDLEWARE`` and add
``RequestIdFilter`` to each log handler; the formatter can then print
``%(request_id)s``. Code that needs the id (for instance to show it on an
error page so that a person can quote it) calls ``current_request_id()``.

An id sent by a proxy in ``X-Request-ID`` is kept only when it matches a
strict pattern, so a client cannot write arbitrary text into our logs; any
other value is replaced by a fresh random id.
"""

import contextvars
import logging
import re
import uuid

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
# Letters, digits, dot, dash and underscore, 8 to 64 of them: enough for a
# UUID or the ids nginx and load balancers send, too little for an injection.
VALID_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
# Log records written outside a request (workers, commands) carry this.
NO_REQUEST = "-"

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default=NO_REQUEST)


def current_request_id() -> str:
    """The id of the request being served in this thread or task, or "-"."""
    return _request_id.get()


def accept(inbound: str | None) -> str:
    """The inbound id if it is sane, else a fresh one."""
    if inbound and VALID_ID.fullmatch(inbound):
        return inbound
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Takes a sane inbound id or makes one, and sends it back on the response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # From META: request.headers would copy every header into a new table
        # first, a tenth of the time of a page served from the cache.
        request_id = accept(request.META.get(META_KEY))
        request.request_id = request_id
        token = _request_id.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _request_id.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id`` to every record; never drops one."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            # Django logs 4xx/5xx responses after the middleware has returned,
            # with the request attached to the record.
            request = getattr(record, "request", None)
            record.request_id = getattr(request, "request_id", None) or current_request_id()
        return True
