from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
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


def _cached(request, name, build):
    version = cache.get(NAV_VERSION_KEY, 0)
    key = f"cms:{name}:{version}:{get_language()}"
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, NAV_CACHE_SECONDS)
    return value


def national_visa_links(request, city):
    """The national visa and permit pages every city links, cached like the header.

    They sit two levels below home, beside the cities: home → visas → page.
    """
    from cms.models import VisaResourcePage

    home_path = city.path[: city.steplen * (city.depth - 1)]

    def build():
        pages = VisaResourcePage.objects.live().filter(
            depth=city.depth + 1, path__startswith=home_path
        )
        return [{"title": p.title, "url": p.get_url(request)} for p in pages]

    return _cached(request, f"national-visas:{home_path}", build)


def _navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return _cached(request, f"nav:{site.pk}", lambda: _build_navigation(site.root_page, request))


def navigation(request):
    """The header's links in the reader's language, cached between publishes.

    Looked up only when a template reads them: the header and footer that
    show them are themselves fragments kept between publishes.
    """
    return {"nav": SimpleLazyObject(lambda: _navigation(request))}
