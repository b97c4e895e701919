"""Pages whose content changes with the clock, not with an edit.

An opening leaves the listing the moment its deadline passes, whether or not
any task has run. Code that shows open openings calls
`depends_on_opening_deadlines()`; the page cache then keeps that page no later
than the next deadline of any open opening, so no copy outlives what it shows.
"""

import contextvars
from collections.abc import Callable
from datetime import UTC, datetime

from django.core.cache import caches
from django.utils import timezone

_tracker: contextvars.ContextVar[list | None] = contextvars.ContextVar(
    "page_cache_clock_dependencies", default=None
)


# The next deadline of any open opening after a moment: registered by the
# openings app in its AppConfig.ready(), so this module imports no app.
_next_deadline: list[Callable[[datetime], datetime | None]] = []


def register_next_deadline(next_deadline: Callable[[datetime], datetime | None]) -> None:
    _next_deadline[:] = [next_deadline]


def depends_on_opening_deadlines() -> None:
    """Mark the page being rendered as showing which openings are still open."""
    dependencies = _tracker.get()
    if dependencies is not None and "opening-deadlines" not in dependencies:
        dependencies.append("opening-deadlines")


def start_tracking() -> contextvars.Token:
    return _tracker.set([])


def stop_tracking(token: contextvars.Token) -> list:
    dependencies = _tracker.get() or []
    _tracker.reset(token)
    return dependencies


def valid_until(dependencies: list, cache_alias: str, generation: str) -> datetime | None:
    """The moment the page's content changes by itself, or None if only edits change it."""
    if "opening-deadlines" not in dependencies:
        return None
    cache = caches[cache_alias]
    key = f"pagecache:next-deadline:{generation}"
    stamp = cache.get(key)
    if stamp is None:
        now = timezone.now()
        nearest = _next_deadline[0](now) if _next_deadline else None
        # 0 stands for "no open opening has a deadline".
        stamp = nearest.timestamp() if nearest else 0
        timeout = max(1, int((nearest - now).total_seconds())) if nearest else None
        cache.set(key, stamp, timeout)
    return datetime.fromtimestamp(stamp, tz=UTC) if stamp else None
