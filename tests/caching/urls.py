"""Public addresses whose views misbehave on purpose, beside the real site's."""

import itertools

from django.conf.urls.i18n import i18n_patterns
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

from talentportal.urls import urlpatterns as site_urlpatterns

_served = itertools.count(1)


def sets_cookie(request):
    response = HttpResponse(f"<p>render {next(_served)}</p>")
    response.set_cookie("seen_banner", "1")
    return response


def carries_csrf_token(request):
    return HttpResponse(f"<p>render {next(_served)} token {get_token(request)}</p>")


def preview(request):
    request.is_preview = True
    return HttpResponse(f"<p>render {next(_served)} draft</p>")


def plain(request):
    return HttpResponse(f"<p>render {next(_served)}</p>")


urlpatterns = [
    *i18n_patterns(
        path("test-cookie/", sets_cookie),
        path("test-csrf/", carries_csrf_token),
        path("test-preview/", preview),
        path("test-plain/", plain),
        prefix_default_language=True,
    ),
    *site_urlpatterns,
]
