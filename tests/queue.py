"""The database task queue in tests: tasks wait in their table until `run_worker()`."""

import io

from django.core.management import call_command


def run_worker(*options: str) -> None:
    """One batch of the task worker, as `manage.py db_worker` runs in production."""
    call_command("db_worker", "--batch", "--no-startup-delay", *options, stdout=io.StringIO())
