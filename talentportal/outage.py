"""What readers see while the database cannot be reached.

Django calls `server_error` for every unhandled exception. When the cause is
the database being unreachable, readers get a 503 page in the language of the
address they asked for, with `Retry-After`, rendered from a template that
needs neither the database nor a context processor (which would query it).
"""

import sys
from http import HTTPStatus

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.views import defaults

from talentportal.observability import is_database_outage

RETRY_AFTER_SECONDS = 30


def database_unavailable(request) -> HttpResponse:
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = render_to_string(
            "errors/database_unavailable.html",
            {
                "language": language,
                "direction": "rtl" if translation.get_language_bidi() else "ltr",
                "retry_after": RETRY_AFTER_SECONDS,
            },
        )
    response = HttpResponse(body, status=HTTPStatus.SERVICE_UNAVAILABLE)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response


def server_error(request):
    """handler500: the translated 503 during a database outage, the plain 500 otherwise."""
    if is_database_outage(sys.exc_info()[1]):
        return database_unavailable(request)
    return defaults.server_error(request)
