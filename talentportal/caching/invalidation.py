"""After every content change, the next reader sees it: in Django's cache and in the front cache.

Both happen once the transaction commits (earlier, a reader could copy the old
content under the new generation). The in-Django cache moves to a new
generation; the front cache is told, through Wagtail's frontend_cache backends,
to drop each affected address in every language (the purge request covers
every query string of an address). Changes that show on every page (the header
navigation, a moved page or changed slug, an image, a redirect, the site, a
page's privacy setting) empty the front cache of the host instead.

Apps report their own models' changes through `content_changed` (openings and
organisations: talentportal/openings/page_cache.py), so this module imports no app.
"""

import logging
import threading
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.frontend_cache.utils import get_backends
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from talentportal.caching import store
from talentportal.caching.frontend import site_host

logger = logging.getLogger(__name__)


class _Pending(threading.local):
    """What changed since the last commit on this thread, applied once it commits.

    Every change schedules a flush on commit; the first flush of a commit does
    the work for all of them and the rest find nothing left. What a rollback
    discarded rides along with the next commit's purge: a needless purge, never
    a stale page.
    """

    def __init__(self):
        self.urls: set[str] = set()
        self.everything = False
        self.changed = False

    def flush(self) -> None:
        if not self.changed:
            return
        urls, everything = self.urls, self.everything
        self.urls, self.everything, self.changed = set(), False, False
        try:
            store.new_generation()
        except Exception:
            logger.exception("Could not move the page cache to a new generation")
        backends = get_backends()
        if everything:
            for backend in backends.values():
                if hasattr(backend, "purge_everything"):
                    backend.purge_everything(site_host(settings.SITE_URL))
        elif urls and backends:
            # Wagtail's own purge, run now rather than queued: a queued purge
            # would leave the old page in the front cache until a worker ran.
            purge_urls_from_cache_task.call(sorted(urls))


_pending = _Pending()


def content_changed(urls: Iterable[str] = (), *, everything: bool = False) -> None:
    """Purge these absolute URLs (any one language stands for all six) once the change commits."""
    _pending.urls.update(urls)
    _pending.everything = _pending.everything or everything
    _pending.changed = True
    # Outside a transaction this runs at once.
    transaction.on_commit(_pending.flush, robust=True)


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def page_path(page: Page) -> str | None:
    parts = page.get_url_parts()
    return parts[2] if parts else None


def page_urls(page: Page) -> set[str]:
    """The page, the pages that list or link it, and the sitemap."""
    urls = {absolute_url(reverse("sitemap"))}
    with translation.override(settings.LANGUAGE_CODE):
        related = list(page.get_ancestors(inclusive=True).filter(depth__gt=1))
        for source, _references in ReferenceIndex.get_grouped_references_to(page):
            if isinstance(source, Page):
                related.append(source)
        for each in related:
            path = page_path(each)
            if path:
                urls.add(absolute_url(path))
    return urls


def _shows_on_every_page(page: Page) -> bool:
    """Home and its children make up the header navigation; national visa pages show on every city."""
    from cms.models import VisaResourcePage

    site = Site.objects.filter(root_page__isnull=False).first()
    home_depth = site.root_page.depth if site else 2
    return page.depth <= home_depth + 1 or isinstance(page.specific, VisaResourcePage)


def _page_changed(sender, instance, **kwargs):
    if _shows_on_every_page(instance):
        content_changed(everything=True)
    else:
        content_changed(page_urls(instance))


def _page_moved_or_renamed(sender, instance, **kwargs):
    # Every address under the page changed, and both parents' lists.
    content_changed(everything=True)


def _everything_changed(sender, **kwargs):
    content_changed(everything=True)


def connect_signals() -> None:
    from wagtail.contrib.redirects.models import Redirect

    from cms.images import PortalImage

    page_published.connect(_page_changed, dispatch_uid="pagecache_published")
    # Deleting a live page unpublishes it first, which sends this too.
    page_unpublished.connect(_page_changed, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(_page_moved_or_renamed, dispatch_uid="pagecache_moved")
    page_slug_changed.connect(_page_moved_or_renamed, dispatch_uid="pagecache_slug")
    for model, handler in (
        (PortalImage, _everything_changed),
        (Redirect, _everything_changed),
        (Site, _everything_changed),
        # Privacy on a section covers every page under it, stored copies included.
        (PageViewRestriction, _everything_changed),
    ):
        post_save.connect(handler, sender=model, dispatch_uid=f"pagecache_save_{model.__name__}")
        post_delete.connect(
            handler, sender=model, dispatch_uid=f"pagecache_delete_{model.__name__}"
        )
