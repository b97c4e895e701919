"""One way to schedule work: `run_scheduler` and its per-period claims."""

import ast
import datetime
import io
from pathlib import Path
from types import SimpleNamespace

import pytest
import time_machine
from django.core.management import call_command
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult

from talentportal.operations import schedule
from talentportal.operations.models import ScheduledRun
from tests.queue import run_worker

ROOT = Path(__file__).resolve().parent.parent.parent
# Everything the portal must do on its own, on a clock (by name: modules move).
PERIODIC = {
    "close_expired",
    "send_due_alerts",
    "apply_retention",
    "send_due_reminders",
    "send_due_step_reminders",
    "send_weekly_digests",
    "prune_finished",
    "clear_expired_sessions",
    "prune_records",
}
NOW = datetime.datetime(2026, 12, 6, 10, 5, tzinfo=datetime.UTC)


@pytest.fixture
def queue(task_queue, settings):
    settings.TASK_RUNNING_TIMEOUT = 900


RUNS: list[int] = []


def counted_step():
    RUNS.append(1)


@pytest.fixture
def calls(monkeypatch):
    """The hourly "openings" job, reduced to counting its runs."""
    RUNS.clear()
    job = schedule.Job(schedule.HOUR, ("tests.ops.test_schedule.counted_step",))
    monkeypatch.setitem(schedule.JOBS, "openings", job)
    return RUNS


def scheduled_tasks(job):
    return DBTaskResult.objects.filter(
        task_path="talentportal.operations.schedule.run_scheduled_job", args_kwargs__args__0=job
    )


def test_every_periodic_duty_is_a_step_of_a_scheduled_job():
    steps = [step for job in schedule.JOBS.values() for step in job.steps]
    assert {step.rsplit(".", 1)[1] for step in steps} == PERIODIC
    assert len(steps) == len(set(steps))  # none twice per period
    for step in steps:
        assert callable(import_string(step))


def test_no_task_books_its_own_next_run():
    """The self-booking chains (a task queuing itself for later) are gone: two
    machines started two chains, and a killed run ended its chain for good."""
    offenders = []
    for path in (ROOT / "talentportal").rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            names = {
                node.value.id
                for node in ast.walk(function)
                if isinstance(node, ast.Attribute)
                and node.attr == "using"
                and isinstance(node.value, ast.Name)
            }
            if function.name in names:
                offenders.append(f"{path.relative_to(ROOT)}:{function.name}")
    # The one exception: an e-mail retrying itself later, which is not a schedule.
    assert offenders == ["talentportal/mail.py:send_email_task"]


def test_a_scheduler_killed_mid_pass_loses_no_period(queue, calls, monkeypatch):
    def killed(*args, **kwargs):
        raise SystemExit("SIGKILL between claiming the period and queuing the job")

    with time_machine.travel(NOW, tick=False):
        with monkeypatch.context() as patch:
            patch.setattr(schedule, "run_scheduled_job", SimpleNamespace(enqueue=killed))
            with pytest.raises(SystemExit):
                schedule.tick()
        # Nothing half-done: no claimed period without its queued job.
        assert not ScheduledRun.objects.exists()

        # systemd starts it again; it claims the period, once.
        call_command("run_scheduler", "--once", stdout=io.StringIO())
        call_command("run_scheduler", "--once", stdout=io.StringIO())
        run_worker()
    assert scheduled_tasks("openings").count() == 1
    assert calls == [1]
    assert ScheduledRun.objects.get(job="openings").finished_at is not None


def test_a_scheduler_down_for_a_while_runs_the_job_once_when_it_returns(queue, calls):
    with time_machine.travel(NOW, tick=False) as clock:
        call_command("run_scheduler", "--once", stdout=io.StringIO())
        run_worker()
        # Killed for three hours; back, on two machines at once.
        clock.shift(datetime.timedelta(hours=3))
        call_command("run_scheduler", "--once", stdout=io.StringIO())
        call_command("run_scheduler", "--once", stdout=io.StringIO())
        run_worker()
    assert calls == [1, 1]
    assert scheduled_tasks("openings").filter(status="SUCCESSFUL").count() == 2
