"""One door in: the routes where Wagtail would sign people in lead to allauth.

Wagtail mounts its own log-in form for private pages (``_util/login/``) and
the admin's log-in and password-reset forms. Those would check a password
without allauth's rate limits and without the second factor, so each of them
is shadowed here by a redirect to allauth's page, keeping ``?next=``.
"""

from django.urls import path, re_path
from django.views.generic import RedirectView


def _to(pattern_name):
    return RedirectView.as_view(pattern_name=pattern_name, query_string=True)


# Mounted before ``admin/`` (outside the language prefix).
admin_urlpatterns = [
    path("admin/login/", _to("account_login")),
    # The form and every step after it (done, confirm/<uid>/<token>/, complete).
    re_path(r"^admin/password_reset/", _to("account_reset_password")),
]

# Mounted inside the language prefix, before Wagtail's page URLs.
site_urlpatterns = [
    path("_util/login/", _to("account_login")),
]
