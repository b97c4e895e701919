"""The Wagtail site and page of a request, found without walking the page tree each time.

Wagtail looks the site up with a query on every request, then walks the tree
from the home page one level at a time (two queries a level: the child, then
its specific type): a guide three levels down costs eight queries before its
own content is read. For public pages, each worker keeps:

- the sites Wagtail found, under the content generation: a changed site starts
  a new generation (talentportal/caching/invalidation.py), so a kept site never
  outlives a change. While the generation is unknown (Redis down), Wagtail
  looks the site up itself.
- for each page address served, which page it was (type and id): a hint, read
  back with one query and trusted only if that page is still live and still at
  that address. A move, rename, unpublish or delete makes the hint fail that
  check, and the address is routed by Wagtail again: a hint never serves
  another page than Wagtail's own routing would.

- the pages themselves, with their view restrictions, under the content
  generation: any change to a live page, its privacy or its address starts a
  new generation, so a kept page never outlives a change either, and a miss of
  a page read before costs no query to find it.

Wagtail keeps both answers on the request (`request._wagtail_site`,
`request._wagtail_route_for_request`, its per-request caches); this middleware
fills them first. Nothing is looked up here that the request would not have
looked up anyway. ADR 0021 records why.
"""

import copy
import functools
import threading

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.images import get_image_model
from wagtail.models import Page, Site, get_page_models
from wagtail.url_routing import RouteResult

from talentportal.caching import policy
from talentportal.caching.store import UNAVAILABLE, current_generation

# Bounds on what a worker keeps: far above a city portal's pages and hosts.
MAX_ROUTES = 20_000
MAX_SITES = 100
_UNKNOWN = object()


class _Sites(threading.local):
    """This thread's sites by (host, port), all found under one generation."""

    def __init__(self) -> None:
        self.generation: str | None = None
        self.by_host: dict[tuple[str, int], Site | None] = {}

    def get(self, generation: str, key: tuple[str, int]):
        if generation != self.generation:
            self.generation, self.by_host = generation, {}
        return self.by_host.get(key, _UNKNOWN)

    def put(self, generation: str, key: tuple[str, int], site: Site | None) -> None:
        if generation != self.generation or len(self.by_host) >= MAX_SITES:
            return
        self.by_host[key] = _copy(site)


_sites = _Sites()


class _KeptPages(threading.local):
    """This thread's routed pages and their view restrictions, all read under one generation."""

    def __init__(self) -> None:
        self.generation: str | None = None
        self.by_address: dict[tuple[int, tuple[str, ...]], tuple[Page, list]] = {}

    def get(self, generation: str, key: tuple[int, tuple[str, ...]]) -> Page | None:
        if generation != self.generation:
            self.generation, self.by_address = generation, {}
        kept = self.by_address.get(key)
        return _served(*kept) if kept else None

    def put(self, generation: str, key: tuple[int, tuple[str, ...]], page: Page) -> None:
        """Keep a copy of `page`; `page` itself answers its restrictions from that copy's list."""
        if generation != self.generation or len(self.by_address) >= MAX_ROUTES:
            return
        restrictions = list(page.get_view_restrictions())
        self.by_address[key] = (copy.copy(page), restrictions)
        page.get_view_restrictions = functools.partial(list, restrictions)


def _served(page: Page, restrictions: list) -> Page:
    """A copy for one request, whose view restrictions are those read with the page.

    Wagtail asks every page served for its restrictions (a query); the kept
    list stands for it until the next generation, which any privacy change starts.
    """
    clone = copy.copy(page)
    clone.get_view_restrictions = functools.partial(list, restrictions)
    return clone


_pages = _KeptPages()
# Shared by the worker's threads: (site id, path components) -> (content type id, page id).
_routes: dict[tuple[int, tuple[str, ...]], tuple[int, int]] = {}


def forget() -> None:
    """Drop every kept site, page and route (after a change made in this process, and in tests)."""
    _sites.__init__()
    _pages.__init__()
    _routes.clear()


def _copy(site: Site | None) -> Site | None:
    """A copy whose home page is its own: nothing one request sets on it reaches the next."""
    if site is None:
        return None
    clone = copy.copy(site)
    clone.root_page = copy.copy(site.root_page)
    return clone


def _host_key(request: HttpRequest) -> tuple[str, int]:
    # What Wagtail's own lookup reads: the raw host (ALLOWED_HOSTS is checked earlier).
    return split_domain_port(request._get_raw_host())[0], request.get_port()


@functools.cache
def _plain_routing() -> bool:
    """Hints stand for Wagtail's tree walk only while no page type routes in its own way."""
    return all(model.route is Page.route for model in get_page_models())


@functools.cache
def _images(model: type[Page]) -> tuple[str, ...]:
    """The page's image fields: its hero picture and its share image read them on every miss."""
    image_model = get_image_model()
    return tuple(
        field.name
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is image_model
    )


def _address(site: Site, components: tuple[str, ...]) -> str:
    return site.root_page.url_path + "".join(f"{part}/" for part in components)


def _from_hint(site: Site, components: tuple[str, ...]) -> RouteResult | None:
    hint = _routes.get((site.pk, components))
    if hint is None:
        return None
    content_type_id, page_id = hint
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    page = (
        model._default_manager.filter(pk=page_id).select_related(*_images(model)).first()
        if model
        else None
    )
    if page is None or not page.live or page.url_path != _address(site, components):
        _routes.pop((site.pk, components), None)
        return None
    return RouteResult(page)


def _remember(site: Site, components: tuple[str, ...], result: RouteResult | None) -> None:
    """Only plain routes: the live page at exactly this address, without arguments."""
    if result is None:
        return
    page, args, kwargs = result
    if args or kwargs or page.url_path != _address(site, components):
        return
    if len(_routes) >= MAX_ROUTES:
        _routes.clear()
    _routes[(site.pk, components)] = (page.content_type_id, page.pk)


def _route(request: HttpRequest, path: str, generation: str) -> RouteResult | None:
    site = Site.find_for_request(request)
    if site is None or site.root_page is None or not _plain_routing():
        return Page.route_for_request(request, path)
    # Split as Wagtail's Page.route_for_request splits it.
    components = tuple(part for part in path.split("/") if part)
    # While the generation is unknown (Redis down), no page is kept, and hints still help.
    keep = generation != UNAVAILABLE
    kept = _pages.get(generation, (site.pk, components)) if keep else None
    if kept is not None:
        return RouteResult(kept)
    result = _from_hint(site, components)
    if result is None:
        result = Page.route_for_request(request, path)
        _remember(site, components, result)
    if keep and result is not None and (site.pk, components) in _routes:
        # A plain route to the live page at this address (_remember keeps no other).
        _pages.put(generation, (site.pk, components), result[0])
    return result


class WagtailLookupMiddleware:
    """Fills Wagtail's per-request site and route from what this worker already knows.

    Place it after CommonMiddleware, which refuses hosts not in ALLOWED_HOSTS.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not policy.is_public_path(request.path):
            return self.get_response(request)
        generation = current_generation()
        if generation == UNAVAILABLE:
            return self.get_response(request)
        key = _host_key(request)
        known = _sites.get(generation, key)
        if known is not _UNKNOWN:
            request._wagtail_site = _copy(known)
        response = self.get_response(request)
        if known is _UNKNOWN and hasattr(request, "_wagtail_site"):
            # Found while this generation was current: good until the next one.
            _sites.put(generation, key, request._wagtail_site)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve and policy.is_public_path(request.path):
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            request._wagtail_route_for_request = _route(request, path, current_generation())
        return None


def _site_changed(sender, **kwargs) -> None:
    # This process drops its copies at once; the others move on with the new generation.
    forget()


post_save.connect(_site_changed, sender=Site, dispatch_uid="routing_site_saved")
post_delete.connect(_site_changed, sender=Site, dispatch_uid="routing_site_deleted")
