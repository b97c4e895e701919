"""A front cache that writes down what the site asks it to drop."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

purged: list[str] = []
emptied: list[str] = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        purged.append(url)

    def purge_everything(self, host):
        emptied.append(host)


def reset():
    purged.clear()
    emptied.clear()
