from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "talentportal.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        # Connect the signal receivers.
        from talentportal.accounts import audit, policy, sessions  # noqa: F401
