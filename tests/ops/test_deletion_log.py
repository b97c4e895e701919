"""Accounts deleted after a backup stay deleted after a restore."""

import datetime
import io
import json

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from talentportal.operations.deletions import deletions_since
from tests.factories import verified_user


def test_each_deleted_account_is_logged_by_id_only(db, settings, tmp_path):
    settings.DELETION_LOG = tmp_path / "deletion-log.jsonl"
    user = verified_user(email="leaving@example.org")
    user_id = user.pk
    user.delete()
    lines = settings.DELETION_LOG.read_text().splitlines()
    assert [json.loads(line)["user"] for line in lines] == [user_id]
    assert "leaving" not in settings.DELETION_LOG.read_text()


def test_after_a_restore_accounts_deleted_since_the_backup_are_deleted_again(
    db, settings, tmp_path
):
    settings.DELETION_LOG = tmp_path / "deletion-log.jsonl"
    backup_time = timezone.now() - datetime.timedelta(hours=2)
    kept = verified_user(email="stays@example.org")
    restored = verified_user(email="came-back@example.org")
    # The log says: deleted an hour after the backup (and one before it, which stays).
    with settings.DELETION_LOG.open("w") as log:
        log.write(json.dumps({"user": restored.pk, "at": timezone.now().isoformat()}) + "\n")
        before = (backup_time - datetime.timedelta(days=1)).isoformat()
        log.write(json.dumps({"user": kept.pk, "at": before}) + "\n")
    assert deletions_since(backup_time) == [restored.pk]
    out = io.StringIO()
    call_command("reapply_deletions", "--since", backup_time.isoformat(), stdout=out)
    users = get_user_model().objects
    assert not users.filter(email="came-back@example.org").exists()
    assert users.filter(email="stays@example.org").exists()
    assert "Deleted again: 1 account(s)" in out.getvalue()
