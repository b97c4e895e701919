"""Markup kept until the next content change, per language: `{% fragment %}` and lists of cards.

Keyed by the content generation and the active language, so no caller can
forget either: a publish, in any language, retires everything kept at once.
While the shared cache is down the generation is unknown, and everything is
rendered every time. A preview renders afresh and keeps nothing: its draft
must neither show kept live markup nor be kept for live readers.

Signed-in readers never get a stored page, so for them what is kept here is
the difference between a page built from a few cache reads and one built
from every query its content needs.
"""

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from django.conf import settings
from django.core.cache import InvalidCacheBackendError, caches
from django.core.cache.utils import make_template_fragment_key
from django.utils.translation import get_language

from talentportal.caching.store import UNAVAILABLE, current_generation

T = TypeVar("T")

# What readers type has no end: what is kept per search (its results, the
# openings filter form as filled in, the employers its words name, the
# planner's estimate for them, whether they are common) is kept in a cache of
# its own, and so are the cards of 100,000 openings: a crawler's searches and
# pages cannot push out the pages' parts.
KEPT_APART = {
    "search_results": "kept_searches",
    "openings_filter_form": "kept_searches",
    "openings_employers_named": "kept_searches",
    "openings_estimated_matches": "kept_searches",
    "openings_common_words": "kept_searches",
    "opening_card": "kept_cards",
}


def _cache(name: str):
    try:
        return caches[KEPT_APART.get(name, "template_fragments")]
    except InvalidCacheBackendError:
        return caches["default"]


def _keeping(request) -> str | None:
    """The generation to keep under, or None to render afresh."""
    generation = current_generation()
    if generation == UNAVAILABLE or getattr(request, "is_preview", False):
        return None
    return generation


def kept(name: str, vary: list, render: Callable[[], T], request=None) -> T:
    """`render()`'s markup (or a small value), kept under `name` and `vary` until the next
    content change."""
    generation = _keeping(request)
    if generation is None:
        return render()
    key = make_template_fragment_key(name, [generation, get_language(), *vary])
    cache = _cache(name)
    markup = cache.get(key)
    if markup is None:
        markup = render()
        cache.set(key, markup, settings.FRAGMENT_CACHE_SECONDS)
    return markup


def kept_each(
    name: str, ids: Sequence[Hashable], render: Callable[[list], dict], request=None
) -> list[str]:
    """The markup of each id in order, in one cache read; `render(missing ids)` gives {id: markup}."""
    generation = _keeping(request)
    if generation is None:
        fresh = render(list(ids))
        return [fresh[each] for each in ids]
    language = get_language()
    keys = {each: make_template_fragment_key(name, [generation, language, each]) for each in ids}
    cache = _cache(name)
    found = cache.get_many(list(keys.values()))
    missing = [each for each in ids if keys[each] not in found]
    if missing:
        fresh = render(missing)
        cache.set_many(
            {keys[each]: fresh[each] for each in missing}, settings.FRAGMENT_CACHE_SECONDS
        )
        found.update({keys[each]: fresh[each] for each in missing})
    return [found[keys[each]] for each in ids]
