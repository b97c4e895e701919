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
        results = [
            {"document": d, "snippet": d.snippet(query), "url": d.page.get_url(request)}
            for d in page_obj.object_list
        ]
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


def _page_tree(pages, request):
    """Nest pages ordered by tree path: [{"title", "url", "children": [...]}]."""
    roots, stack = [], []
    for page in pages:
        node = {"title": page.title, "url": page.get_url(request), "children": []}
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
