"""Jobs that run once per period, on one machine, whatever happens to the others.

`manage.py run_scheduler` (one per machine, under systemd) calls `tick()`
every half minute. For each job whose current period has no `ScheduledRun`
row yet, it inserts one and queues the job in the same transaction: the
unique constraint lets exactly one scheduler win, and the row and the queued
task exist together or not at all. A worker killed mid-run leaves the task
running; `requeue_stale_tasks` puts it back and it runs again (each job is
safe to run again within its period). A scheduler killed mid-tick loses
nothing: the transaction was not committed, the next tick claims the period.
"""

import datetime
import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from talentportal.operations.models import MailDelivery, ScheduledRun
from talentportal.operations.queue import requeue_stale_tasks

logger = logging.getLogger(__name__)
HOUR = datetime.timedelta(hours=1)
DAY = datetime.timedelta(days=1)
# Run records and delivery records older than this are of no more use.
KEEP_RECORDS = datetime.timedelta(days=30)


@dataclass(frozen=True)
class Job:
    every: datetime.timedelta
    # Dotted paths of plain functions, run in this order; none takes arguments.
    steps: tuple[str, ...]


JOBS = {
    "openings": Job(
        HOUR,
        (
            "talentportal.openings.services.close_expired",
            "talentportal.openings.alerts.send_due_alerts",
            "talentportal.applications.retention.apply_retention",
        ),
    ),
    "onboarding": Job(
        HOUR,
        (
            "talentportal.onboarding.reminders.send_due_reminders",
            "talentportal.onboarding.reminders.send_due_step_reminders",
            "talentportal.onboarding.reminders.send_weekly_digests",
        ),
    ),
    "task-results": Job(HOUR, ("talentportal.task_retention.prune_finished",)),
    "sessions": Job(DAY, ("talentportal.operations.schedule.clear_expired_sessions",)),
    "records": Job(DAY, ("talentportal.operations.schedule.prune_records",)),
}


def period_start(now: datetime.datetime, every: datetime.timedelta) -> datetime.datetime:
    """The start of the period `now` falls in, counted from the Unix epoch in UTC."""
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
    return epoch + ((now - epoch) // every) * every


def claim(job: str, start: datetime.datetime) -> bool:
    """Claim `job` for the period starting at `start` and queue it; False if taken."""
    try:
        with transaction.atomic():
            ScheduledRun.objects.create(job=job, period_start=start)
            run_scheduled_job.enqueue(job, start.isoformat())
    except IntegrityError:
        return False
    logger.info("Queued scheduled job %s for %s", job, start.isoformat())
    return True


def tick(now: datetime.datetime | None = None) -> list[str]:
    """One pass of the scheduler; returns the jobs it queued."""
    now = now or timezone.now()
    requeue_stale_tasks(now)
    return [name for name, job in JOBS.items() if claim(name, period_start(now, job.every))]


@task()
def run_scheduled_job(job: str, start: str):
    run = ScheduledRun.objects.get(job=job, period_start=datetime.datetime.fromisoformat(start))
    if run.finished_at is not None:
        # Run again after its worker died, but the first run had finished.
        return
    for step in JOBS[job].steps:
        import_string(step)()
    ScheduledRun.objects.filter(pk=run.pk).update(finished_at=timezone.now())


def clear_expired_sessions():
    from django.contrib.sessions.models import Session

    Session.objects.filter(expire_date__lt=timezone.now()).delete()


def prune_records(now: datetime.datetime | None = None):
    cutoff = (now or timezone.now()) - KEEP_RECORDS
    ScheduledRun.objects.filter(period_start__lt=cutoff).delete()
    MailDelivery.objects.filter(sent_at__lt=cutoff).delete()
