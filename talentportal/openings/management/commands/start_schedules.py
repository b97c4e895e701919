from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

from talentportal.openings.alerts import hourly_task


class Command(BaseCommand):
    help = "Queue the hourly run (close expired openings, send alerts) unless it is queued already."

    def handle(self, *args, **options):
        pending = DBTaskResult.objects.filter(
            task_path=hourly_task.module_path, status__in=["READY", "RUNNING"]
        )
        if pending.exists():
            self.stdout.write("Hourly run already queued.")
            return
        hourly_task.enqueue()
        self.stdout.write("Hourly run queued.")
