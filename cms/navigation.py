"""Where a page sits in the site and the links every page shows.

The page tree is Home → City → sections, with the national visa pages under
Home → Visas and permits. Code that needs "the city of this page" asks
`city_of` / `cities_of` here instead of slicing tree paths itself.
"""

from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cms.pages.cities import CityPage
from cms.pages.policies import PrivacyPolicyPage
from cms.pages.visas import VisaIndexPage, VisaResourcePage
from talentportal.languages.fallback import shown_text

NAV_CACHE_SECONDS = 300
NAV_VERSION_KEY = "cms:nav-version"


def city_of(page: Page) -> CityPage | None:
    """The city a page belongs to (the page itself for a city page); None outside every city."""
    return CityPage.objects.ancestor_of(page, inclusive=True).first()


def cities_of(pages: Iterable[Page]) -> dict[int, CityPage]:
    """`city_of` for many pages in one query: {page id: city}, for the pages under a city."""
    pages = list(pages)
    if not pages:
        return {}
    cities = list(CityPage.objects.all())
    found = {}
    for page in pages:
        for city in cities:
            if page.path.startswith(city.path):
                found[page.pk] = city
                break
    return found


def clear_navigation_cache() -> None:
    """Forget the header links and national visa links in every language (after a publish)."""
    try:
        cache.incr(NAV_VERSION_KEY)
    except ValueError:
        cache.set(NAV_VERSION_KEY, 1, None)


def cached(name: str, build):
    """`build()`'s value, kept per language until the next publish (or five minutes)."""
    version = cache.get(NAV_VERSION_KEY, 0)
    key = f"cms:{name}:{version}:{get_language()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, NAV_CACHE_SECONDS)
    return value


def build_navigation(root: Page, request) -> dict:
    """The header's city and visa links, the national visa pages and the privacy policy."""
    # Every language's title: a missing one falls back, and is marked as such.
    titles = [f"title_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES]
    cities = CityPage.objects.child_of(root).live().only("id", "path", "url_path", "depth", *titles)
    visas = VisaIndexPage.objects.child_of(root).live().first()
    links = [
        {"title": shown_text(c, "title"), "url": c.get_url(request), "path": c.path} for c in cities
    ]
    national_visas = []
    if visas:
        links.append(
            {"title": shown_text(visas, "title"), "url": visas.get_url(request), "path": visas.path}
        )
        # Every city page links these: they hold the rules the whole country shares.
        national_visas = [
            {"title": shown_text(p, "title"), "url": p.get_url(request)}
            for p in VisaResourcePage.objects.child_of(visas).live()
        ]
    policy = PrivacyPolicyPage.objects.child_of(root).live().first()
    return {
        "home_url": root.get_url(request),
        "links": links,
        "national_visas": national_visas,
        "privacy": {"title": shown_text(policy, "title"), "url": policy.get_url(request)}
        if policy
        else None,
    }


def site_navigation(request) -> dict:
    """The navigation of the request's site in the reader's language, cached between publishes."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return cached(f"nav:{site.pk}", lambda: build_navigation(site.root_page, request))
