from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OnboardingConfig(AppConfig):
    name = "talentportal.onboarding"
    label = "onboarding"
    verbose_name = _("Onboarding")

    def ready(self):
        from talentportal.accounts.personal_data import register
        from talentportal.onboarding.export import HOLDER

        register(HOLDER)
