from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "talentportal.applications"
    label = "applications"
    verbose_name = _("Applications")

    def ready(self):
        # Registers the check that production counts rate limits in a shared cache.
        from talentportal import ratelimit  # noqa: F401
        from talentportal.accounts.personal_data import register
        from talentportal.applications.models import private_files
        from talentportal.applications.personal_data import HOLDER
        from talentportal.storage import counts_toward_quota

        counts_toward_quota(private_files)
        register(HOLDER)
