"""What readers see when a page fails.

Django calls `server_error` for every unhandled exception. Readers get a 500
page, or a 503 page with `Retry-After` while the database cannot be reached,
in the language of the address they asked for, rendered from templates that
need neither the database nor a context processor (which would query it).
"""

import sys
from http import HTTPStatus

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from talentportal.observability import is_database_outage

RETRY_AFTER_SECONDS = 30


def _language_of(request) -> str:
    return translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE


def _direction() -> str:
    return "rtl" if translation.get_language_bidi() else "ltr"


def database_unavailable(request) -> HttpResponse:
    language = _language_of(request)
    with translation.override(language):
        body = render_to_string(
            "errors/database_unavailable.html",
            {"language": language, "direction": _direction(), "retry_after": RETRY_AFTER_SECONDS},
        )
    response = HttpResponse(body, status=HTTPStatus.SERVICE_UNAVAILABLE)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response


def server_error(request) -> HttpResponse:
    """handler500: the translated 503 during a database outage, a translated 500 otherwise.

    Whatever broke may be the database, a context processor or a template tag:
    the 500 page is a static template in the language of the address, rendered
    without the request, so nothing on it can fail the same way again.
    """
    if is_database_outage(sys.exc_info()[1]):
        return database_unavailable(request)
    language = _language_of(request)
    with translation.override(language):
        body = render_to_string(
            "500.html",
            {"language": language, "direction": _direction()},
        )
    response = HttpResponse(body, status=HTTPStatus.INTERNAL_SERVER_ERROR)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response
