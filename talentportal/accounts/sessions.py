"""How long a session lives, and ending every session of a person at once.

Staff (the Wagtail admin's users) are signed out after 30 minutes without a
request and 12 hours after signing in, whatever they do; everyone else after
two weeks without a request. The clock is kept in the session itself and
checked by ``AccountRequirementsMiddleware`` before any view runs.

The signed-in devices page (allauth.usersessions) shows when each device was
last seen to the same minute: its row is written on the request that moves the
session clock, or at once when the device's address or browser changes, rather
than on every request (a read, an update and a commit that waits for the disk).

Ending all sessions raises ``User.session_generation``, which is part of the
session hash Django checks on every request: every older session cookie stops
working at once, including sessions on devices allauth does not list, and a
deactivated account that is reactivated does not get its old cookies back.
"""

import time

from allauth.core import context as allauth_context
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_removed
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model, logout, update_session_auth_hash
from django.contrib.auth.signals import user_logged_in
from django.db.models import F
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

from talentportal.accounts import two_factor
from talentportal.clientip import client_ip

STAFF_IDLE_SECONDS = 30 * 60
STAFF_MAX_SECONDS = 12 * 60 * 60
IDLE_SECONDS = 14 * 24 * 60 * 60
# The last-seen time is written at most this often, so that an active
# session is not saved on every request.
TOUCH_EVERY_SECONDS = 60

SIGNED_IN_AT = "accounts_signed_in_at"
LAST_SEEN_AT = "accounts_last_seen_at"
# Which address and browser the devices page last recorded for this session (a keyed hash).
DEVICE_SEEN = "accounts_device_seen"


def is_staff_session(user) -> bool:
    return user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def end_if_expired(request: HttpRequest) -> bool:
    """Sign the person out when their session is too old; True if it was."""
    now = time.time()
    session = request.session
    signed_in_at = session.get(SIGNED_IN_AT, now)
    last_seen_at = session.get(LAST_SEEN_AT, now)
    if is_staff_session(request.user):
        expired = now - last_seen_at > STAFF_IDLE_SECONDS or now - signed_in_at > STAFF_MAX_SECONDS
    else:
        expired = now - last_seen_at > IDLE_SECONDS
    if expired:
        logout(request)
    return expired


def apply_session_lifetime(request: HttpRequest) -> None:
    """Note the activity, and let the stored session expire with the same rule."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return
    now = time.time()
    session = request.session
    session.setdefault(SIGNED_IN_AT, now)
    if now - session.get(LAST_SEEN_AT, 0) >= TOUCH_EVERY_SECONDS:
        session[LAST_SEEN_AT] = now
        session.set_expiry(STAFF_IDLE_SECONDS if is_staff_session(user) else IDLE_SECONDS)


def device_activity_due(request: HttpRequest) -> bool:
    """Whether this request updates the session's row on the signed-in devices page.

    Yes when the address or browser differs from the row's last update (so
    allauth still notices the change), or when the session clock is due to
    move (at most once every TOUCH_EVERY_SECONDS); never for a visitor who is
    not signed in, whom allauth does not record either.
    """
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    if user is None or session is None or not user.is_authenticated or not session.session_key:
        return False
    device = salted_hmac(
        DEVICE_SEEN, f"{client_ip(request)}\n{request.META.get('HTTP_USER_AGENT', '')}"
    ).hexdigest()[:16]
    if (
        session.get(DEVICE_SEEN) == device
        and time.time() - session.get(LAST_SEEN_AT, 0) < TOUCH_EVERY_SECONDS
    ):
        return False
    session[DEVICE_SEEN] = device
    return True


def end_all_sessions(user, keep: HttpRequest | None = None) -> None:
    """Sign ``user`` out on every device; the session of ``keep`` stays signed in, if given."""
    User = get_user_model()
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    user.refresh_from_db(fields=["session_generation"])
    kept_key = None
    if keep is not None and getattr(keep, "user", None) is not None and keep.user.pk == user.pk:
        keep.user.session_generation = user.session_generation
        update_session_auth_hash(keep, keep.user)
        kept_key = keep.session.session_key
    # The hash already locks the old sessions out; removing the stored ones
    # also takes them off the devices page.
    for device in UserSession.objects.filter(user_id=user.pk).exclude(session_key=kept_key or ""):
        device.end()


@receiver(user_logged_in, dispatch_uid="accounts_session_clock")
def start_session_clock(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = time.time()
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now


@receiver(pre_save, sender="accounts.User", dispatch_uid="accounts_note_deactivation")
def note_deactivation(sender, instance, **kwargs):
    if instance.pk and not instance.is_active:
        was_active = sender.objects.filter(pk=instance.pk, is_active=True).exists()
        instance._deactivated = was_active


@receiver(post_save, sender="accounts.User", dispatch_uid="accounts_end_sessions_on_deactivation")
def end_sessions_on_deactivation(sender, instance, **kwargs):
    if getattr(instance, "_deactivated", False):
        instance._deactivated = False
        end_all_sessions(instance)


@receiver(post_delete, sender=Authenticator, dispatch_uid="accounts_end_sessions_on_mfa_reset")
def end_sessions_on_mfa_reset(sender, instance, **kwargs):
    """An authenticator removed, by its owner or by an administrator: every
    session that was opened with it ends."""
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:
        end_all_sessions(user)


@receiver(authenticator_removed, dispatch_uid="accounts_keep_session_on_own_mfa_change")
def keep_current_session(sender, request, user, **kwargs):
    """The person who switched their own authenticator off stays signed in
    where they did it; their other sessions have ended."""
    if request is not None and request.user.is_authenticated:
        request.user.refresh_from_db(fields=["session_generation"])
        update_session_auth_hash(request, request.user)


@receiver(post_save, sender=Authenticator, dispatch_uid="accounts_code_typed_at_setup")
def code_typed_at_setup(sender, instance, created, **kwargs):
    """Switching an authenticator app on takes a valid code from it. (Not
    allauth's ``authenticator_added``: it is sent after the commit, which in
    tests comes after the session is saved.)"""
    request = allauth_context.request
    if not created or instance.type != Authenticator.Type.TOTP or request is None:
        return
    if getattr(request, "user", None) is not None and request.user.pk == instance.user_id:
        two_factor.record_code_at_setup(request, request.user, instance)
