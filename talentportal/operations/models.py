from django.db import models


class ScheduledRun(models.Model):
    """One row per job and period: whoever inserts it first runs the job.

    The unique constraint is the whole lock: any number of schedulers on any
    number of machines may try, exactly one insert succeeds.
    """

    job = models.CharField(max_length=64)
    period_start = models.DateTimeField()
    claimed_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["job", "period_start"], name="one_run_per_job_period")
        ]
        ordering = ["-period_start", "job"]

    def __str__(self):
        return f"{self.job} {self.period_start:%Y-%m-%d %H:%M}"


class MailDelivery(models.Model):
    """A queued message's delivery record: sent once, however often its task runs.

    The key travels with the message through every retry; a task run again
    after its worker died finds `sent_at` filled and sends nothing.
    """

    key = models.UUIDField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.key} {'sent' if self.sent_at else 'pending'}"
