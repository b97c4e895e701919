from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cms.search import search as search_documents

RESULTS_PER_PAGE = 20


def search(request):
    query = request.GET.get("q", "").strip()
    results = None
    page_obj = None
    if query:
        documents = search_documents(query, get_language())
        paginator = Paginator(documents, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        results = [
            {"document": d, "snippet": d.snippet(query), "url": d.page.get_url(request)}
            for d in page_obj.object_list
        ]
    return render(
        request,
        "cms/search.html",
        {"query": query, "site_search_query": query, "results": results, "page_obj": page_obj},
    )


def sitemap(request):
    """Every live page in every language, each entry naming its alternates."""
    site = Site.find_for_request(request)
    pages = (
        Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific()
        if site
        else []
    )
    base = settings.SITE_URL.rstrip("/")
    entries = []
    for page in pages:
        alternates = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                alternates.append((code, base + page.get_url(request)))
        for _code, url in alternates:
            entries.append(
                {"url": url, "lastmod": page.last_published_at, "alternates": alternates}
            )
    return TemplateResponse(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml"
    )
