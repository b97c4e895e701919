from django.contrib import messages
from django.shortcuts import redirect
from django.urls import resolve, reverse
from django.urls.exceptions import Resolver404
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from talentportal.accounts.policy import CONSENT_SESSION_KEY
from talentportal.accounts.two_factor import missing_two_factor

# Pages a person may still reach while the portal waits for their consent or
# their second factor: the way to give it, and the way out.
OPEN_URL_NAMES = {
    "accounts_consent",
    "account_logout",
    "account_reauthenticate",
    "mfa_index",
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
    """City staff and organisation owners act only with a second factor, and
    everyone who signs in after the privacy policy changed agrees to it first."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or request.path_info.startswith("/static/"):
            return self.get_response(request)

        if request.session.get(CONSENT_SESSION_KEY) and _url_name(request) not in OPEN_URL_NAMES:
            return redirect(
                f"{reverse('accounts_consent')}?{urlencode({'next': request.get_full_path()})}"
            )

        if request.path_info.startswith("/admin/") and missing_two_factor(user):
            messages.warning(
                request,
                _("City staff must turn on two-factor authentication before using the admin."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
