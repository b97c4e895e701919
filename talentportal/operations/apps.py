from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """What keeps the portal running on several machines: the scheduler, the
    task worker's recovery and the e-mail delivery record."""

    name = "talentportal.operations"
    label = "operations"
    verbose_name = "Operations"

    def ready(self):
        from talentportal.operations import deletions

        deletions.connect()
