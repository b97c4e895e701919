"""What each app holds about a person, for the data export and account deletion.

accounts carries out a person's rights (privacy.py) but holds little of the
data: each app that holds some registers a `Holder` in its
`AppConfig.ready()`, so accounts imports none of them and a new app cannot be
forgotten by the export or the erasure.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models.fields.files import FieldFile


def _nothing(user) -> list:
    return []


@dataclass(frozen=True)
class Holder:
    # The section of my-data.json.
    key: str
    # The section's plain data.
    export: Callable[[Any], Any]
    # (path in the zip, file) for each of the person's files.
    files: Callable[[Any], Iterable[tuple[str, FieldFile]]] = _nothing
    # Translated reasons the account cannot be deleted yet.
    blockers: Callable[[Any], list[str]] = _nothing
    # Runs in the deletion's transaction, before the person's row goes; returns
    # counts for the audit entry (never who).
    erase: Callable[[Any], dict[str, int]] = lambda user: {}


_holders: dict[str, Holder] = {}


def register(holder: Holder) -> None:
    _holders[holder.key] = holder


def holders() -> list[Holder]:
    return list(_holders.values())
