from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "talentportal.organisations"
    label = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from talentportal.accounts.personal_data import register
        from talentportal.organisations.personal_data import HOLDER

        register(HOLDER)
