from django.core.management.base import BaseCommand
from django_tasks_db.models import DBTaskResult

from talentportal.onboarding.reminders import onboarding_schedule_task
from talentportal.openings.alerts import hourly_task
from talentportal.task_retention import prune_task_results

# Each task books its own next run; this starts the ones not queued yet.
SCHEDULED = [
    (hourly_task, "Hourly run"),
    (prune_task_results, "Pruning of finished task results"),
    (onboarding_schedule_task, "Onboarding reminders and weekly digests"),
]


class Command(BaseCommand):
    help = "Queue the hourly runs (close expired openings, send alerts, prune finished tasks) unless they are queued already."

    def handle(self, *args, **options):
        for scheduled, label in SCHEDULED:
            pending = DBTaskResult.objects.filter(
                task_path=scheduled.module_path, status__in=["READY", "RUNNING"]
            )
            if pending.exists():
                self.stdout.write(f"{label} already queued.")
                continue
            scheduled.enqueue()
            self.stdout.write(f"{label} queued.")
