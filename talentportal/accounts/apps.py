from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "talentportal.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from talentportal.accounts import policy  # noqa: F401  (connects the log-in signal)
