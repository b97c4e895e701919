"""Every route of the URLconf as a concrete URL, for the sweeping tests."""

import re
import uuid

from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils import translation

LANGUAGES = ["en", "zh-hans", "ar", "ru", "es", "fr"]
CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")
REGEX_LEFT = re.compile(r"[()\[\]\\+*?|{}]")
DEFAULTS = {"int": "1", "uuid": str(uuid.UUID(int=1))}


def endpoints(patterns=None, prefix=""):
    """(route text, pattern) for every endpoint, with the active language's prefix."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from endpoints(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def concrete(route, samples=None):
    """The route with its arguments filled in from ``samples`` (by argument
    name) or a plain value; None for a regex route that cannot be written out."""
    samples = samples or {}

    def fill(match):
        converter, name = match.group(1) or "str", match.group(2)
        return samples.get(name, DEFAULTS.get(converter, "x"))

    url = CONVERTER.sub(fill, route)
    for name, value in samples.items():
        url = re.sub(rf"\(\?P<{name}>[^)]*\)", value, url)
    url = url.replace("^", "").replace("$", "")
    if REGEX_LEFT.search(url):
        return None
    return "/" + url


def all_urls(samples=None, languages=LANGUAGES):
    """{url: route} for every route that can be written out and resolves."""
    urls = {}
    for language in languages:
        with translation.override(language):
            for route, _pattern in endpoints():
                url = concrete(route, samples)
                if url is None or url in urls:
                    continue
                try:
                    resolve(url.split("?")[0])
                except Resolver404:
                    continue
                urls[url] = route
    return urls
