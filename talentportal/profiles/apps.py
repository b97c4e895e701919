from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfilesConfig(AppConfig):
    name = "talentportal.profiles"
    label = "profiles"
    verbose_name = _("Professional profiles")

    def ready(self):
        from talentportal.accounts.personal_data import register
        from talentportal.profiles.models import private_files
        from talentportal.profiles.personal_data import HOLDER
        from talentportal.storage import counts_toward_quota

        counts_toward_quota(private_files)
        register(HOLDER)
