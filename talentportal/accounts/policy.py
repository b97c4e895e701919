"""Consent to the privacy policy: given at sign-up, asked again after a new version."""

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from cms.models import PrivacyPolicyPage
from talentportal.accounts.models import PolicyConsent

CONSENT_SESSION_KEY = "accounts:needs-consent"


def current_policy():
    return PrivacyPolicyPage.current()


def record_consent(user, policy):
    PolicyConsent.objects.get_or_create(user=user, version=policy.version)


@receiver(user_logged_in, dispatch_uid="accounts_check_consent")
def ask_for_consent_if_policy_changed(sender, request, user, **kwargs):
    policy = current_policy()
    if policy and not user.has_consented_to(policy.version):
        request.session[CONSENT_SESSION_KEY] = policy.version
