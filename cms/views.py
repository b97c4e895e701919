from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial

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

    `find_openings(query, language, limit)` gives the openings.
    """
    query = request.GET.get("q", "").strip()
    results = None
    page_obj = None
    openings = []
    if query:
        language = get_language()
        documents = search_documents(query, language)
        paginator = Paginator(documents, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        results = _with_languages(
            [
                {"document": d, "snippet": d.snippet(query), "url": d.page.get_url(request)}
                for d in page_obj.object_list
            ],
            language,
        )
        if page_obj.number == 1 and find_openings:
            # One more than shown, to know whether "all matching openings" has more.
            openings = find_openings(query, language, OPENINGS_IN_SEARCH + 1)
    return render(
        request,
        "cms/search.html",
        {
            "query": query,
            "site_search_query": query,
            "results": results,
            "page_obj": page_obj,
            "openings": openings[:OPENINGS_IN_SEARCH],
            "more_openings": len(openings) > OPENINGS_IN_SEARCH,
        },
    )


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
