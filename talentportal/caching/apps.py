from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "talentportal.caching"
    label = "caching"
    verbose_name = "Page cache"

    def ready(self):
        from talentportal.caching import invalidation

        invalidation.connect_signals()
