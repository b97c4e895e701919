from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

from talentportal.onboarding.reminders import onboarding_schedule_task
from talentportal.openings.alerts import hourly_task


class Command(BaseCommand):
    help = "Queue the hourly runs (openings, alerts, onboarding reminders) unless queued."

    def handle(self, *args, **options):
        for scheduled, label in (
            (hourly_task, "Hourly run"),
            (onboarding_schedule_task, "Onboarding reminders and weekly digests"),
        ):
            pending = DBTaskResult.objects.filter(
                task_path=scheduled.module_path, status__in=["READY", "RUNNING"]
            )
            if pending.exists():
                self.stdout.write(f"{label} already queued.")
                continue
            scheduled.enqueue()
            self.stdout.write(f"{label} queued.")
