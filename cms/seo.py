"""What search engines and link previews read in every page's <head>.

One canonical address, a description, OpenGraph and `hreflang` alternates,
worked out from what the page shows: a Wagtail page, an opening, an
organisation, or any other view with the portal's own description.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import reverse
from django.utils.encoding import escape_uri_path, iri_to_uri
from django.utils.http import urlencode
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from cms.text import html_to_text
from talentportal.languages.addresses import in_language

DESCRIPTION_LENGTH = 160
SHARE_IMAGE = "img/share.png"
# The page fields, in order of preference, that say in a sentence what a page is about.
PAGE_DESCRIPTION_FIELDS = ("search_description", "intro", "who_for", "summary")


@dataclass
class Alternate:
    code: str
    url: str


@dataclass
class HeadTags:
    canonical: str
    title: str
    description: str
    image: str
    alternates: list[Alternate] = field(default_factory=list)
    noindex: bool = False
    feeds: list[dict] = field(default_factory=list)


def site_url() -> str:
    return settings.SITE_URL.rstrip("/")


def _short(text: str) -> str:
    return Truncator(html_to_text(text)).chars(DESCRIPTION_LENGTH)


def _query(request: HttpRequest) -> str:
    return iri_to_uri(request.META.get("QUERY_STRING", ""))


def alternates(request: HttpRequest, with_query: bool) -> list[Alternate]:
    """The same address in every language, and x-default (English).

    A filtered listing or a search names itself with its query, so search
    engines pair the Arabic and English results of the same filters.
    """
    query = _query(request) if with_query else ""
    suffix = f"?{query}" if query else ""
    links = [
        Alternate(code, site_url() + in_language(escape_uri_path(request.path), code) + suffix)
        for code, _name in settings.LANGUAGES
    ]
    default = next(a for a in links if a.code == settings.LANGUAGE_CODE)
    return [*links, Alternate("x-default", default.url)]


def canonical(request: HttpRequest, with_query: bool) -> str:
    return site_url() + (request.get_full_path() if with_query else request.path)


def _page_description(page) -> str:
    for name in PAGE_DESCRIPTION_FIELDS:
        value = getattr(page, name, "")
        if value:
            return value
    return ""


def _page_image(page) -> str | None:
    image = getattr(page, "hero_image", None)
    if image is None:
        return None
    return site_url() + image.get_rendition("fill-1200x630").url


def _feeds(request: HttpRequest) -> list[dict]:
    """The openings feeds, offered by the listing (and per city when filtered)."""
    match = request.resolver_match
    if match is None or match.url_name != "openings_list":
        return []
    city = request.GET.get("city", "")
    suffix = f"?{urlencode({'city': city})}" if city else ""
    return [
        {
            "type": "application/rss+xml",
            "title": _("Openings (RSS)"),
            "href": reverse("openings_rss") + suffix,
        },
        {
            "type": "application/feed+json",
            "title": _("Openings (JSON Feed)"),
            "href": reverse("openings_json_feed") + suffix,
        },
    ]


def head_tags(context) -> HeadTags:
    request = context["request"]
    page = context.get("page")
    opening = context.get("opening")
    organisation = context.get("organisation")
    brand = _("Talent Portal")
    title, description, image, noindex = brand, "", None, False
    # A Wagtail page shows the same whatever its query string; a view such as
    # the filtered listing shows something else for each query.
    is_page = page is not None and hasattr(page, "specific_class")
    if is_page:
        title = page.seo_title or page.title
        description = _page_description(page)
        image = _page_image(page)
    elif opening is not None and hasattr(opening, "is_open"):
        title = f"{opening.title} · {opening.organisation.name}"
        description = opening.description
        # A closed opening stays readable for those who applied, out of search results.
        noindex = not opening.is_open
    elif organisation is not None and hasattr(organisation, "description"):
        title = organisation.name
        description = organisation.description
    description = _short(description) or _(
        "Talent Portal helps foreign professionals live and work in Beijing, Shanghai and Shenzhen."
    )
    return HeadTags(
        canonical=canonical(request, with_query=not is_page),
        title=title,
        description=description,
        image=image or site_url() + static(SHARE_IMAGE),
        alternates=alternates(request, with_query=not is_page),
        noindex=noindex,
        feeds=_feeds(request),
    )
