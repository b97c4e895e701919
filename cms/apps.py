from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Portal content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import signal_handlers

        signal_handlers.register()
