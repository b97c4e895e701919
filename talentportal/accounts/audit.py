"""Log lines about sign-in trouble, without the personal data in them.

Failed passwords, failed codes and lock-outs are logged so that an attack
shows up, with the request id (added by ``talentportal.request_id``) to find
the matching lines. The e-mail address is masked (``j***@example.com``) and
followed by a keyed hash, so that lines about the same address can be grouped
without the log holding the address itself. Passwords and codes are never
passed here.
"""

import logging

from allauth.mfa.signals import authentication_failed as mfa_authentication_failed
from django.dispatch import receiver
from django.utils.crypto import salted_hmac

logger = logging.getLogger("talentportal.signin")


def mask_email(email: str) -> str:
    """``jane.doe@example.com`` → ``j***@example.com (3fa2c1d09b)``."""
    email = (email or "").strip().lower()
    local, at, domain = email.partition("@")
    masked = f"{local[:1]}***{at}{domain}" if at else "***"
    digest = salted_hmac("talentportal.signin.email", email, algorithm="sha256").hexdigest()
    return f"{masked} ({digest[:10]})"


def log_failed_password(email: str) -> None:
    logger.warning("Sign-in failed: wrong password for %s", mask_email(email))


def log_lockout(email: str) -> None:
    logger.warning("Sign-in refused: too many failed attempts for %s", mask_email(email))


@receiver(mfa_authentication_failed, dispatch_uid="accounts_log_failed_code")
def log_failed_code(sender, request, user, **kwargs):
    logger.warning("Sign-in failed: wrong two-factor code for %s", mask_email(user.email))
