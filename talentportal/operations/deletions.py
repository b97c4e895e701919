"""The deletion log: account deletions survive a restore from an older backup.

Every deleted account's id is appended to a file outside the database
(`DELETION_LOG`), so that a backup taken before the deletion, once restored,
can be cleaned again: `manage.py reapply_deletions --since <backup time>`.
Only the numeric id and the time are written: no name, no address.
"""

import datetime
import json
import os
from pathlib import Path

from django.conf import settings
from django.db.models.signals import post_delete
from django.utils import timezone


def log_path() -> Path:
    return Path(settings.DELETION_LOG)


def record_deletion(sender, instance, **kwargs) -> None:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"user": instance.pk, "at": timezone.now().isoformat()})
    # O_APPEND: lines from several workers never interleave.
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, (line + "\n").encode())
    finally:
        os.close(fd)


def deletions_since(since: datetime.datetime) -> list[int]:
    path = log_path()
    if not path.exists():
        return []
    ids = []
    for line in path.read_text().splitlines():
        entry = json.loads(line)
        if datetime.datetime.fromisoformat(entry["at"]) >= since:
            ids.append(entry["user"])
    return ids


def connect() -> None:
    post_delete.connect(
        record_deletion, sender=settings.AUTH_USER_MODEL, dispatch_uid="deletion-log"
    )
