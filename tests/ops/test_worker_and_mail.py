"""The task worker and e-mail under faults: dead workers, silent or absent
mail servers, database outages; and scheduled jobs once per period."""

import datetime
import socket
import threading
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from talentportal.mail import send_later
from talentportal.operations.management.commands.db_worker import ResilientWorker
from talentportal.operations.models import MailDelivery, ScheduledRun
from talentportal.operations.schedule import JOBS, period_start, tick
from tests.queue import run_worker


@pytest.fixture
def queue(task_queue, settings):
    settings.TASK_RUNNING_TIMEOUT = 900


def queue_message(to="resident@example.org", subject="Your application"):
    send_later(EmailMultiAlternatives(subject, "Hello", None, [to]))


def mail_task():
    return DBTaskResult.objects.get(task_path="talentportal.mail.send_email_task")


def test_a_task_left_running_by_a_dead_worker_is_sent_once_after_the_timeout(queue):
    queue_message()
    row = mail_task()
    # A worker claimed it and was killed before the mail server answered.
    row.status, row.started_at = "RUNNING", timezone.now() - datetime.timedelta(minutes=20)
    row.save()
    run_worker()
    assert [m.subject for m in mail.outbox] == ["Your application"]
    run_worker()
    assert len(mail.outbox) == 1
    assert MailDelivery.objects.get().sent_at is not None


def test_a_task_still_within_its_timeout_is_left_alone(queue):
    queue_message()
    DBTaskResult.objects.update(status="RUNNING", started_at=timezone.now())
    run_worker()
    assert mail.outbox == []


def test_a_message_accepted_just_before_its_worker_died_is_not_sent_again(queue):
    queue_message()
    row = mail_task()
    key = row.args_kwargs["kwargs"]["delivery"]
    # The server accepted it and the delivery was recorded; then the worker died.
    MailDelivery.objects.create(key=key, sent_at=timezone.now())
    row.status, row.started_at = "RUNNING", timezone.now() - datetime.timedelta(minutes=20)
    row.save()
    run_worker()
    assert mail.outbox == []
    assert DBTaskResult.objects.get(pk=row.pk).status == "SUCCESSFUL"


def test_every_attempt_carries_the_same_message_id(queue, settings):
    queue_message()
    key = mail_task().args_kwargs["kwargs"]["delivery"]
    run_worker()
    assert mail.outbox[0].extra_headers["Message-ID"] == f"<{key}@127.0.0.1>"


@pytest.fixture
def silent_server():
    """A mail server that accepts connections and never says a word.

    If the worker were still waiting after 30 s, the server hangs up on it and
    says so, so that a regression fails the test instead of hanging the suite.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    connections, gave_up = [], threading.Event()

    def accept():
        while True:
            try:
                connections.append(listener.accept()[0])
            except OSError:
                return

    def hang_up():
        gave_up.set()
        for connection in connections:
            connection.close()

    threading.Thread(target=accept, daemon=True).start()
    guard = threading.Timer(30, hang_up)
    guard.start()
    yield listener.getsockname()[1], gave_up
    guard.cancel()
    listener.close()


def test_a_silent_mail_server_does_not_stall_the_worker(queue, settings, silent_server):
    port, server_gave_up = silent_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 0.5
    queue_message()
    run_worker()
    assert not server_gave_up.is_set(), "the worker hung on a silent mail server"
    retry = DBTaskResult.objects.get(status="READY")
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now()


@pytest.fixture
def smtp_server():
    """A real SMTP server on loopback that records what it accepts."""
    from aiosmtpd.controller import Controller

    class Recorder:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope.content.decode())
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    yield port, controller, recorder
    if controller._thread is not None:
        controller.stop()


def test_after_a_mail_outage_every_message_is_delivered_exactly_once(queue, settings, smtp_server):
    port, controller, recorder = smtp_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
    for n in range(5):
        queue_message(to=f"person{n}@example.org", subject=f"Message {n}")
    run_worker()  # the server is down: every send fails and books a retry
    assert recorder.messages == []
    assert DBTaskResult.objects.filter(status="READY").count() == 5

    controller.start()
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    run_worker()
    subjects = sorted(
        line
        for message in recorder.messages
        for line in message.splitlines()
        if line.startswith("Subject:")
    )
    assert subjects == [f"Subject: Message {n}" for n in range(5)]
    assert MailDelivery.objects.filter(sent_at__isnull=False).count() == 5


def test_the_worker_waits_out_a_database_outage_and_carries_on(monkeypatch):
    attempts = []

    def flaky_run(self):
        attempts.append(1)
        if len(attempts) < 3:
            raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.Worker.run", flaky_run)
    requeued = mock.Mock()
    monkeypatch.setattr(
        "talentportal.operations.management.commands.db_worker.requeue_stale_tasks", requeued
    )
    pauses = []
    monkeypatch.setattr(
        "talentportal.operations.management.commands.db_worker.time.sleep", pauses.append
    )
    worker = ResilientWorker(
        queue_names=["default"],
        interval=1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test",
        excluded_queue_names=[],
    )
    worker.run()
    assert len(attempts) == 3
    assert pauses == [1, 2]
    # Each reconnection first takes back what a dead worker left running.
    assert requeued.call_count == 3


def test_each_scheduled_job_is_queued_once_per_period_by_any_number_of_schedulers(queue):
    now = datetime.datetime(2026, 12, 6, 10, 20, tzinfo=datetime.UTC)
    first = tick(now)
    second = tick(now)  # another machine's scheduler, same period
    assert sorted(first) == sorted(JOBS)
    assert second == []
    assert ScheduledRun.objects.filter(job="openings").count() == 1
    later = tick(now + datetime.timedelta(hours=1))
    assert "openings" in later and "sessions" not in later


def test_a_scheduled_job_killed_mid_run_runs_once_later(queue, monkeypatch):
    calls = []
    monkeypatch.setattr("talentportal.openings.services.close_expired", lambda: calls.append(1))
    with time_machine.travel(datetime.datetime(2026, 12, 6, 10, 5, tzinfo=datetime.UTC)) as clock:
        tick()
        row = DBTaskResult.objects.get(
            task_path="talentportal.operations.schedule.run_scheduled_job",
            args_kwargs__args__0="openings",
        )
        # The worker took the job and was killed by a deploy before finishing.
        DBTaskResult.objects.filter(pk=row.pk).update(status="RUNNING", started_at=timezone.now())
        clock.shift(datetime.timedelta(minutes=20))
        tick()  # the restarted scheduler: takes the job back, claims nothing new
        assert ScheduledRun.objects.filter(job="openings").count() == 1
        run_worker()
        run_worker()
    assert calls == [1]
    run = ScheduledRun.objects.get(job="openings")
    assert run.finished_at is not None
    assert run.period_start == period_start(run.period_start, JOBS["openings"].every)
