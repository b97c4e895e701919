from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

from talentportal.openings.alerts import send_due_alerts_task


class Command(BaseCommand):
    help = "Queue the hourly alert run if it is not queued already (idempotent)."

    def handle(self, *args, **options):
        pending = DBTaskResult.objects.filter(
            task_path=send_due_alerts_task.module_path, status__in=["READY", "RUNNING"]
        )
        if pending.exists():
            self.stdout.write("Alert schedule already queued.")
            return
        send_due_alerts_task.enqueue()
        self.stdout.write("Alert schedule queued.")
