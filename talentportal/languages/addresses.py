"""The address of what the reader is looking at, in another language.

Every address under a language prefix differs from its translations only by
that prefix: no URL pattern is translated and Wagtail page slugs are shared
by all languages (`WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False`). So the
language switcher and the `hreflang` links swap the prefix instead of calling
Django's `translate_url`, which resolves and reverses the path for each of the
six languages on every page (a seventh of a cache miss's time).
tests/caching/test_language_links.py fails if either assumption stops holding.
"""

from django.conf import settings


def _is_language(prefix: str) -> bool:
    return any(prefix == code for code, _name in settings.LANGUAGES)


def in_language(path: str, code: str) -> str:
    """`path` (with or without a query string) under `code`'s prefix.

    Addresses outside the language prefixes (the sitemap, robots.txt, the
    admin) are the same in every language and come back unchanged.
    """
    address, question, query = path.partition("?")
    prefix, _slash, rest = address[1:].partition("/")
    if not address.startswith("/") or not _is_language(prefix):
        return path
    return f"/{code}/{rest}{question}{query}"
