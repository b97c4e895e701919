"""Which requests may be answered with a shared copy, and which responses may become one.

One place for the "is this response personal?" decision: the page cache, the
`Cache-Control` it sends, and the front cache (which only stores what this
module marks public) all follow it.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re

# Sections under a language prefix that are personal or only for members.
PERSONAL_SECTIONS = frozenset(
    {"accounts", "profile", "employer", "applications", "onboarding", "admin"}
)
# Public addresses outside the language prefixes; their content has no language.
UNPREFIXED_PUBLIC_PATHS = frozenset({"/sitemap.xml", "/robots.txt"})
# A stored copy ignores these request headers: cookies because only readers
# without a session get copies, languages because the address holds the language,
# encodings because the key holds the encoding.
HARMLESS_VARY = frozenset({"cookie", "accept-language", "accept-encoding"})
REFUSE_DIRECTIVES = frozenset({"private", "no-store", "no-cache"})


def _language_codes() -> frozenset[str]:
    return frozenset(code for code, _name in settings.LANGUAGES)


def is_public_path(path: str) -> bool:
    if path in UNPREFIXED_PUBLIC_PATHS:
        return True
    parts = path.split("/", 3)
    # "/en/openings/" splits into "", "en", "openings", "".
    if len(parts) < 3 or parts[1] not in _language_codes():
        return False
    return parts[2] not in PERSONAL_SECTIONS


def has_session(request: HttpRequest) -> bool:
    """A session cookie means a reader who may be signed in, a messages cookie a
    notice waiting for this reader: never a shared copy.

    Other cookies (csrftoken, analytics) do not matter: the copy is the same
    page every reader without a session gets. deploy/varnish/default.vcl
    passes the same two cookies.
    """
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or CookieStorage.cookie_name in request.COOKIES
    )


def may_use_shared_copy(request: HttpRequest) -> bool:
    return (
        request.method == "GET"
        and not has_session(request)
        and "HTTP_AUTHORIZATION" not in request.META
        and is_public_path(request.path)
    )


def is_personal(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether the response belongs to one reader and must never be shared.

    A session (nobody signs in without one, and signing in sets its cookie), a
    cookie being set, a CSRF token in the page, a preview, or `Cache-Control`
    already saying so: talentportal.headers marks every response to a signed-in
    person `private, no-store` before it reaches the page cache.
    """
    if has_session(request) or response.cookies:
        return True
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "is_preview", False):
        return True
    directives = {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    return bool(directives & REFUSE_DIRECTIVES)


def may_store(request: HttpRequest, response: HttpResponse) -> bool:
    if response.status_code != 200 or response.streaming or is_personal(request, response):
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v.strip()}
    return vary <= HARMLESS_VARY
