from collections.abc import Callable, Iterable
from datetime import datetime
from functools import cached_property, partial

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cms.search import search as search_documents
from talentportal.languages.fallback import (
    mark_fallback_text,
    shown_text,
)

RESULTS_PER_PAGE = 20
# Openings shown above the pages, with a link to all of them in the listing.
OPENINGS_IN_SEARCH = 5

# What the site's other apps add to the search and the sitemap is handed in by
# the URLconf (talentportal/urls.py), so cms never imports those apps.
FindOpenings = Callable[[str, str, int], list]
SitemapEntry = tuple[Callable[[], str], datetime | None]
SitemapSection = Callable[..., Iterable[SitemapEntry]]


def search(request, find_openings: FindOpenings | None = None):
    """Pages in the reader's language, and on the first page the open openings that match.

    `find_openings(query, language, limit)` gives the openings. What is found
    is looked up only when the template shows it: the template keeps the
    results of a query until the next content change (`{% fragment %}`).
    """
    query = request.GET.get("q", "").strip()
    page_number = request.GET.get("page", "")
    return render(
        request,
        "cms/search.html",
        {
            "query": query,
            "site_search_query": query,
            "page_number": page_number,
            "found": Found(request, query, page_number, find_openings),
        },
    )


class Found:
    """What a search finds, looked up the first time the template reads it."""

    def __init__(self, request, query, page_number, find_openings):
        self.request = request
        self.query = query
        self.page_number = page_number
        self.find_openings = find_openings
        self.language = get_language()

    @cached_property
    def page_obj(self):
        documents = search_documents(self.query, self.language)
        return Paginator(documents, RESULTS_PER_PAGE).get_page(self.page_number)

    @cached_property
    def results(self):
        return _with_languages(
            [
                {
                    "document": d,
                    "snippet": d.snippet(self.query),
                    "url": d.page.get_url(self.request),
                }
                for d in self.page_obj.object_list
            ],
            self.language,
        )

    @cached_property
    def _openings(self):
        if self.page_obj.number != 1 or not self.find_openings:
            return []
        # One more than shown, to know whether "all matching openings" has more.
        return self.find_openings(self.query, self.language, OPENINGS_IN_SEARCH + 1)

    @property
    def openings(self):
        return self._openings[:OPENINGS_IN_SEARCH]

    @property
    def more_openings(self):
        return len(self._openings) > OPENINGS_IN_SEARCH


def _with_languages(results, language):
    """Add the language each result's title, trail and snippet are shown in.

    Text that falls back to English on an Arabic page is marked as English
    (talentportal.languages.fallback): the document knows the languages of its
    title and text, so one query for the trails is all.
    """
    documents = [result["document"] for result in results]
    paths = {d.page.path[:end] for d in documents for end in range(12, len(d.page.path), 4)}
    ancestors = {a.path: a for a in Page.objects.filter(path__in=paths, depth__gt=2)}
    for result in results:
        document = result["document"]
        page = document.page
        result["title_language"] = document.title_language or None
        result["snippet"] = mark_fallback_text(
            result["snippet"], document.text_language or None, language
        )
        result["trail"] = [
            shown_text(ancestors[path], "title", language)
            for path in sorted(p for p in ancestors if page.path.startswith(p) and p != page.path)
        ]
    return results


def _page_tree(pages, request):
    """Nest pages ordered by tree path: [{"title", "url", "children": [...]}]."""
    roots, stack = [], []
    for page in pages:
        node = {"title": shown_text(page, "title"), "url": page.get_url(request), "children": []}
        while stack and stack[-1][0] >= page.depth:
            stack.pop()
        (stack[-1][1]["children"] if stack else roots).append(node)
        stack.append((page.depth, node))
    return roots


def site_map(request):
    """The site map for people: every public page in the reader's language, as a tree."""
    site = Site.find_for_request(request)
    pages = (
        Page.objects.live().public().descendant_of(site.root_page, inclusive=True).order_by("path")
        if site
        else []
    )
    return render(request, "cms/site_map.html", {"tree": _page_tree(pages, request)})


def sitemap(request, sections: Iterable[SitemapSection] = ()):
    """Every public address in every language, each entry naming its alternates.

    Live pages, then each section's entries (open openings and the public
    pages of verified organisations): `section(request)` gives pairs of a
    function that returns the address in the active language, and the last
    change. `x-default` points at the English address.
    """
    site = Site.find_for_request(request)
    pages = (
        Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific()
        if site
        else []
    )
    targets = [(partial(page.get_url, request), page.last_published_at) for page in pages]
    for section in sections:
        targets += section(request)
    base = settings.SITE_URL.rstrip("/")
    entries = []
    for url_in_active_language, lastmod in targets:
        alternates = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                alternates.append((code, base + url_in_active_language()))
        default = dict(alternates)[settings.LANGUAGE_CODE]
        for _code, url in alternates:
            entries.append(
                {
                    "url": url,
                    "lastmod": lastmod,
                    "alternates": [*alternates, ("x-default", default)],
                }
            )
    return TemplateResponse(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml"
    )
