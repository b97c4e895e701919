import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import InterfaceError, OperationalError, close_old_connections

from talentportal.operations.schedule import tick

logger = logging.getLogger("talentportal.operations.schedule")


class Command(BaseCommand):
    help = "Queue each scheduled job once per period (run one per machine; they agree through the database)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=30, help="seconds between passes")
        parser.add_argument("--once", action="store_true", help="one pass, then exit")

    def handle(self, *args, interval, once, **options):
        self.running = True
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        while self.running:
            close_old_connections()
            try:
                queued = tick()
            except (OperationalError, InterfaceError) as exc:
                # The database is away: nothing can be claimed; try again next pass.
                logger.warning(
                    "Scheduler pass skipped: database unavailable (%s)", type(exc).__name__
                )
            else:
                if once or queued:
                    self.stdout.write("Queued: " + (", ".join(queued) or "nothing due"))
            if once:
                return
            time.sleep(interval)

    def _stop(self, signum, frame):
        self.running = False
