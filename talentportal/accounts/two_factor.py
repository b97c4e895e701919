"""Who must sign in with a second factor before they can act."""

from allauth.mfa.utils import is_mfa_enabled


def requires_two_factor(user):
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.has_perm("wagtailadmin.access_admin"):
        return True
    return user.memberships.filter(role="owner").exists()


def missing_two_factor(user):
    return requires_two_factor(user) and not is_mfa_enabled(user)
