"""How long the task queue keeps what it has done.

Finished task rows hold their arguments and results: for e-mails the address
(the text itself is blanked once sent, see talentportal/mail.py). Successful
results are pruned a day after they finish, failed ones after two weeks, when
whoever looks into a failure has had time to do so. `manage.py
run_scheduler` runs `prune_finished` every hour (talentportal/operations/schedule.py).
"""

import datetime

from django.db.models import Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

KEEP_SUCCESSFUL = datetime.timedelta(days=1)
KEEP_FAILED = datetime.timedelta(days=14)


def prune_finished(now=None) -> int:
    """Delete finished task rows past their keeping time; returns how many."""
    now = now or timezone.now()
    deleted, _by_model = (
        DBTaskResult.objects.finished()
        .filter(
            Q(status="SUCCESSFUL", finished_at__lte=now - KEEP_SUCCESSFUL)
            | Q(status="FAILED", finished_at__lte=now - KEEP_FAILED)
        )
        .delete()
    )
    return deleted
