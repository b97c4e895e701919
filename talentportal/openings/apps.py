from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpeningsConfig(AppConfig):
    name = "talentportal.openings"
    label = "openings"
    verbose_name = _("Openings")

    def ready(self):
        from talentportal.openings import page_cache, services
        from talentportal.organisations.signals import verification_refused

        page_cache.connect()
        verification_refused.connect(
            services.close_openings_of_refused, dispatch_uid="openings_close_refused"
        )
