from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NavigatorConfig(AppConfig):
    name = "talentportal.navigator"
    label = "navigator"
    verbose_name = _("Visa navigator")

    def ready(self):
        from talentportal.accounts.personal_data import register
        from talentportal.navigator import cache_purge
        from talentportal.navigator.export import HOLDER

        cache_purge.connect_signals()
        register(HOLDER)
