"""Response headers that keep private pages out of caches and pin what a page may load.

The site-wide Content-Security-Policy is the same bytes on every public page (no
per-response nonce), so anonymous pages stay cacheable by the full-page cache;
that works because no template carries an inline script, a `style` attribute or
an `on…` handler. The Wagtail admin, which still ships inline scripts and styles,
gets its own relaxed policy on its own paths only.
"""

from collections.abc import Callable
from functools import wraps

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.http import HttpRequest
from django.http.response import HttpResponseBase

PRIVATE_CACHE_CONTROL = "private, no-store"

# allauth pages reached without being signed in that still show personal data
# (the address being confirmed, a password reset for a known account, the
# second step of a log-in). Our own such views use `no_store` instead.
ANONYMOUS_PERSONAL_URL_NAMES = frozenset(
    {
        "account_confirm_email",
        "account_email_verification_sent",
        "account_reset_password_from_key",
        "account_reset_password_from_key_done",
        "account_confirm_login_code",
        "account_login_code_confirm",
        "mfa_authenticate",
        "mfa_login_webauthn",
    }
)


def make_private(response: HttpResponseBase) -> HttpResponseBase:
    """Forbid every cache, the browser's and shared ones, to keep `response`.

    The header is replaced whole: a `public` or `max-age` set on the way in
    (by a view or the page cache's headers) must not survive beside `private`.
    """
    response["Cache-Control"] = PRIVATE_CACHE_CONTROL
    response.headers.pop("Expires", None)
    return response


def no_store(view: Callable) -> Callable:
    """For views that show personal data to someone who need not be signed in
    (an unsubscribe link, an invitation)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        return make_private(view(request, *args, **kwargs))

    return wrapper


def _signed_in(request: HttpRequest) -> bool:
    """Whether the session belongs to someone signed in. Read from the session
    rather than `request.user`, so that it also holds for a response returned
    before authentication ran, and right after signing in or out."""
    session = getattr(request, "session", None)
    return session is not None and SESSION_KEY in session


class PrivateResponsesMiddleware:
    """`Cache-Control: private, no-store` on every response to a signed-in person
    and on the allauth pages that show personal data to someone signed out.

    It sits right inside SessionMiddleware: the page cache, outside it, finds
    these responses already private and never stores them.
    """

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if _signed_in(request) or (
            match is not None and match.url_name in ANONYMOUS_PERSONAL_URL_NAMES
        ):
            make_private(response)
        return response


class ResourcePolicyMiddleware:
    """`Cross-Origin-Resource-Policy: same-origin`: other sites cannot embed our
    pages, files or images (Django's SecurityMiddleware sets only the opener policy)."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response


def _admin_path(request: HttpRequest) -> bool:
    return request.path_info.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIX)


def _framable_by_us(response: HttpResponseBase) -> bool:
    return response.get("X-Frame-Options", "").upper() == "SAMEORIGIN"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the Wagtail admin's relaxed policy on the admin's paths.

    A preview is rendered in an iframe of the editor: the views Wagtail lets be
    framed by the same origin (`X-Frame-Options: SAMEORIGIN`) may be framed by
    our own origin under the CSP too; every other response refuses all frames.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        # Wagtail renders a preview by running a copy of the request for the
        # page's public address through the whole middleware stack, so the
        # response arrives with the public policy and its `frame-ancestors
        # 'none'` already set: the preview view's own policy replaces it.
        if _admin_path(request) and _framable_by_us(response):
            response.headers.pop("Content-Security-Policy", None)
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not _admin_path(request):
            return parts
        if parts.config is None:
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        if _framable_by_us(response):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts
