"""django-tasks-db's worker, made to outlive database outages and dead peers.

This command replaces the library's `db_worker` of the same name (the
operations app comes first in INSTALLED_APPS): same options, plus

- a database outage or restart no longer ends the worker: it waits, with a
  growing pause, and carries on where it was;
- at start and after each outage it puts back in the queue the tasks that a
  dead worker left running (see talentportal/operations/queue.py).
"""

import logging
import os
import time

from django.core.management.base import CommandError
from django.db import InterfaceError, OperationalError, connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker
from django_tasks_db.utils import is_locked_database_exception

from talentportal.operations.queue import requeue_stale_tasks

logger = logging.getLogger("django_tasks_db")
LONGEST_PAUSE = 30


class ResilientWorker(db_worker.Worker):
    def run(self) -> None:
        pause = 1
        while self.running:
            started = time.monotonic()
            try:
                requeue_stale_tasks()
                super().run()
                return
            except (OperationalError, InterfaceError) as exc:
                if time.monotonic() - started > LONGEST_PAUSE:
                    pause = 1  # A new outage after a good spell: start short again.
                if isinstance(exc, OperationalError) and is_locked_database_exception(exc):
                    raise
                logger.warning(
                    "Database unavailable (%s); worker %s retries in %ss",
                    type(exc).__name__,
                    self.worker_id,
                    pause,
                )
                # Drop the broken connection so the next query opens a new one.
                connections.close_all()
                time.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)


class Command(db_worker.Command):
    help = db_worker.Command.help + ", surviving database outages and requeuing abandoned tasks"

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        reload,
        max_tasks,
        worker_id,
        exclude_queues,
        **options,
    ):
        # As the library's handle, with our worker class.
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ResilientWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded,
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
