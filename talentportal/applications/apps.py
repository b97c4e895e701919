from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "talentportal.applications"
    label = "applications"
    verbose_name = _("Applications")

    def ready(self):
        # Registers the check that production counts rate limits in a shared cache.
        from talentportal import ratelimit  # noqa: F401
