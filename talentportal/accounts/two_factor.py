"""Who must pass a second factor, and whether they have passed it in this session.

The rule: city staff, administrators and every member of an organisation
(owners and recruiters alike) can open applications, CVs, HR notes or exports,
so they act in those areas only after typing a code *in the session they are
using*. Having an authenticator switched on is not enough: a stolen session
cookie or a password typed into a form that skipped the code must not open
personal data. ``AccountRequirementsMiddleware`` applies this to every URL
under ``PROTECTED_PREFIXES``, so no view can forget it.
"""

import re

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.http import HttpRequest

# The Wagtail admin and the employer area (in every language) hold personal data.
PROTECTED_PREFIXES = re.compile(
    r"^/(?:admin/|(?:{})/employer/)".format(
        "|".join(re.escape(code) for code, _ in settings.LANGUAGES)
    )
)
# Where to come back to after setting up an authenticator; read by the
# recovery-codes page, which is where allauth lands after activation.
SETUP_NEXT_SESSION_KEY = "mfa_setup_next"


def requires_two_factor(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.memberships.exists()


def missing_two_factor(user) -> bool:
    """True when the person must have an authenticator and has none yet."""
    return requires_two_factor(user) and not is_mfa_enabled(user)


def passed_in_session(request: HttpRequest) -> bool:
    """Whether a code (authenticator app or recovery code) was accepted in this session."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def is_protected_path(path: str) -> bool:
    return bool(PROTECTED_PREFIXES.match(path))


def record_code_at_setup(request: HttpRequest, user, authenticator) -> None:
    """Switching an authenticator on means typing a valid code from it: that
    counts as passing the second factor in this session."""
    record_authentication(
        request, user, "mfa", id=authenticator.pk, type=authenticator.type, setup=True
    )
