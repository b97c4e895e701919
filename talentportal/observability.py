"""Logs as one line per event, error reports by e-mail and to Sentry.

Log collectors (journald, Loki, CloudWatch) split on newlines: a traceback
written over forty lines becomes forty events. Every record is written on one
line here, the traceback's newlines escaped, with the request id that
`talentportal.request_id` adds.
"""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError


class OneLineFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).replace("\r", "").replace("\n", "\\n")


def is_database_outage(exc: BaseException | None) -> bool:
    """The database cannot be reached (as opposed to a bug in a query)."""
    return isinstance(exc, OperationalError | InterfaceError) or (
        isinstance(exc, DatabaseError) and "connection" in str(exc).lower()
    )


class SkipDatabaseOutage(logging.Filter):
    """Keeps the administrators' mailbox for bugs: an outage would send one mail per request.

    /readyz and the monitoring that polls it report the outage instead.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not is_database_outage(exc)


def init_sentry(dsn: str, environment: str) -> None:
    """Send unhandled errors to a Sentry-compatible service, without personal data."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        integrations=[DjangoIntegration()],
        # No user ids, e-mail addresses, cookies or IP addresses; no request
        # bodies (CVs, cover letters, passwords).
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=0,
        before_send=_drop_outages,
    )


def _drop_outages(event, hint):
    exc = (hint.get("exc_info") or (None, None, None))[1]
    return None if is_database_outage(exc) else event
