"""Recovery of tasks whose worker died.

django-tasks-db marks a task RUNNING when a worker claims it and never looks
at it again: a worker killed by a deploy, the OOM killer or a power cut leaves
it RUNNING for ever. Tasks running longer than `TASK_RUNNING_TIMEOUT` are put
back in the queue; the tasks we queue are written to be run again safely
(e-mail checks its delivery record, scheduled jobs are idempotent per period).
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)


def requeue_stale_tasks(now: datetime.datetime | None = None) -> int:
    """Put tasks left running past the timeout back in the queue; returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=settings.TASK_RUNNING_TIMEOUT)
    count = (
        DBTaskResult.objects.running()
        .filter(started_at__lt=cutoff)
        .update(status="READY", started_at=None)
    )
    if count:
        logger.warning("Requeued %s task(s) whose worker stopped answering", count)
    return count
