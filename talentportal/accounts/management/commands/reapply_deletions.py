import datetime

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from talentportal.accounts.privacy import delete_account
from talentportal.operations.deletions import deletions_since


class Command(BaseCommand):
    help = "After a restore: delete again the accounts deleted since the backup was taken."

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True, help="the backup's time, ISO 8601 with zone")

    def handle(self, *args, since, **options):
        try:
            moment = datetime.datetime.fromisoformat(since)
        except ValueError:
            raise CommandError(f"--since {since!r} is not an ISO 8601 time.") from None
        if moment.tzinfo is None:
            raise CommandError("--since needs a time zone, e.g. 2026-12-06T03:00:00+00:00.")
        ids = deletions_since(moment)
        users = get_user_model().objects.filter(pk__in=ids)
        count = 0
        for user in users:
            delete_account(user)
            count += 1
        self.stdout.write(
            f"Deleted again: {count} account(s) of {len(set(ids))} logged since {since}."
        )
