"""How many fields a form may send: few for the public, more for the Wagtail admin.

`DATA_UPLOAD_MAX_NUMBER_FIELDS` (at most 1,000) bounds every public form, so a
request with thousands of fields is refused with a 400 before it costs much.
The admin's page editor carries every field in six languages and needs more:
for people who may use the admin, this middleware parses the body of admin
POSTs itself, before any view or the CSRF check reads it, under
`ADMIN_DATA_UPLOAD_MAX_NUMBER_FIELDS`.

Django reads the limit from settings while it parses, with no per-request
argument, so the raised value is set for the duration of that one parse under
a lock. The site runs on gunicorn's sync workers, one request per process at a
time, so no public request is parsed meanwhile; a threaded server could let a
concurrent public request see the admin's limit for those milliseconds, which
is no worse than the limit Django would otherwise have needed everywhere.
"""

import threading
from contextlib import contextmanager

from django.conf import settings
from django.urls import reverse

_lock = threading.Lock()


@contextmanager
def _admin_field_limit():
    with _lock:
        public = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
        settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = settings.ADMIN_DATA_UPLOAD_MAX_NUMBER_FIELDS
        try:
            yield
        finally:
            settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = public


class AdminFieldLimitMiddleware:
    """Give the admin's editing forms their larger field limit; nobody else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.method == "POST"
            and request.path.startswith(reverse("wagtailadmin_home"))
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
        ):
            with _admin_field_limit():
                # Parsing now caches request.POST and request.FILES for the view.
                request.POST  # noqa: B018
        return self.get_response(request)
