from allauth.account.internal.flows.reauthentication import suspend_request
from allauth.mfa.utils import is_mfa_enabled
from allauth.usersessions.middleware import UserSessionsMiddleware
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import resolve, reverse
from django.urls.exceptions import Resolver404
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from talentportal.accounts import sessions, two_factor
from talentportal.accounts.policy import CONSENT_SESSION_KEY

# Pages a person may still reach while the portal waits for their consent or
# their second factor: the way to give it, and the way out.
OPEN_URL_NAMES = {
    "accounts_consent",
    "account_logout",
    "wagtailadmin_logout",
    "account_reauthenticate",
    "mfa_index",
    "mfa_reauthenticate",
    "mfa_activate_totp",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
    "mfa_download_recovery_codes",
}


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


class AccountRequirementsMiddleware:
    """Everyone who signs in after the privacy policy changed agrees to it
    first; city staff and organisation members reach the admin and the
    employer area only after passing their second factor in this session
    (the rule itself lives in ``two_factor``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or request.path_info.startswith("/static/"):
            return self.get_response(request)
        if sessions.end_if_expired(request):
            # Signed out; the view now sees an anonymous visitor and asks them to sign in.
            return self.get_response(request)
        response = self._requirements(request, user) or self.get_response(request)
        sessions.apply_session_lifetime(request)
        return response

    def _requirements(self, request, user):
        if request.session.get(CONSENT_SESSION_KEY) and _url_name(request) not in OPEN_URL_NAMES:
            return redirect(
                f"{reverse('accounts_consent')}?{urlencode({'next': request.get_full_path()})}"
            )

        if (
            two_factor.is_protected_path(request.path_info)
            and _url_name(request) not in OPEN_URL_NAMES
        ):
            return self._second_factor(request, user)
        return None

    def _second_factor(self, request, user):
        if not two_factor.requires_two_factor(user):
            return None
        enabled = is_mfa_enabled(user)
        if enabled and two_factor.passed_in_session(request):
            request.session.pop(two_factor.SETUP_NEXT_SESSION_KEY, None)
            return None
        if not enabled:
            messages.warning(
                request,
                _(
                    "Staff and organisation members must turn on two-factor authentication "
                    "before they can see applications and personal data."
                ),
            )
            request.session[two_factor.SETUP_NEXT_SESSION_KEY] = request.get_full_path()
            return redirect("mfa_activate_totp")
        # A POST is kept and replayed after the code, as allauth does for its
        # own reauthentication.
        return suspend_request(request, reverse("mfa_reauthenticate"))


class DeviceActivityMiddleware(UserSessionsMiddleware):
    """allauth's record of signed-in devices, written once a minute per session
    or when the device changes instead of on every request (``sessions.device_activity_due``)."""

    def __call__(self, request):
        if sessions.device_activity_due(request):
            return super().__call__(request)
        return self.get_response(request)
