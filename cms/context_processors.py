from django.core.cache import cache
from django.utils.translation import get_language
from wagtail.models import Site

NAV_CACHE_SECONDS = 300
NAV_VERSION_KEY = "cms:nav-version"


def clear_navigation_cache():
    try:
        cache.incr(NAV_VERSION_KEY)
    except ValueError:
        cache.set(NAV_VERSION_KEY, 1, None)


def _build_navigation(root, request):
    from cms.models import CityPage, PrivacyPolicyPage, VisaIndexPage

    cities = CityPage.objects.child_of(root).live().only("id", "path", "url_path", "depth", "title")
    visas = VisaIndexPage.objects.child_of(root).live().first()
    links = [{"title": c.title, "url": c.get_url(request), "path": c.path} for c in cities]
    if visas:
        links.append({"title": visas.title, "url": visas.get_url(request), "path": visas.path})
    policy = PrivacyPolicyPage.objects.child_of(root).live().first()
    return {
        "home_url": root.get_url(request),
        "links": links,
        "privacy": {"title": policy.title, "url": policy.get_url(request)} if policy else None,
    }


def navigation(request):
    """The header's links in the reader's language, cached between publishes."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    version = cache.get(NAV_VERSION_KEY, 0)
    key = f"cms:nav:{version}:{site.pk}:{get_language()}"
    nav = cache.get(key)
    if nav is None:
        nav = _build_navigation(site.root_page, request)
        cache.set(key, nav, NAV_CACHE_SECONDS)
    return {"nav": nav}
