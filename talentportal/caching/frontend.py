"""Wagtail's HTTP purge backend, plus the one request it lacks: drop everything for a host.

The shipped Varnish configuration (deploy/varnish/) turns a PURGE of a path
into a ban of that path with every query string, and a BAN into a ban of the
whole host; both are accepted only from the app servers.
"""

import logging
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger(__name__)


class BanRequest(Request):
    def get_method(self) -> str:
        return "BAN"


class VarnishBackend(HTTPBackend):
    def purge_everything(self, host: str) -> None:
        request = BanRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
            headers={"Host": host},
        )
        try:
            urlopen(request, timeout=10)  # noqa: S310  # nosec B310  # the front cache's address from settings, never user input
        except URLError as error:
            logger.error("Could not empty the front cache for %s: %s", host, error)


def site_host(site_url: str) -> str:
    return urlsplit(site_url).netloc
