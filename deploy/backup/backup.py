#!/usr/bin/env python3
"""Back up Talent Portal: the database, public and private files, and a manifest.

    set -a; . /etc/talentportal/talentportal.env; set +a
    .venv/bin/python deploy/backup/backup.py /var/backups/talentportal

Writes DEST/<UTC time>/ with `database.dump` (pg_dump, custom format),
`media.tar`, `private.tar` and `manifest.json`: the backup time, the row count
of every table and the SHA-256 of every file. The counts are taken in the same
database snapshot as the dump, so a restore must match them exactly.
The folder holds CVs: keep it encrypted and off the machine.
"""

import datetime
import hashlib
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import psycopg
from psycopg import sql


def sha256_tree(root: Path) -> dict[str, str]:
    sums = {}
    if root.exists():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            sums[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return sums


def table_counts(connection) -> dict[str, int]:
    tables = connection.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
    ).fetchall()
    return {
        name: connection.execute(
            sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(name))
        ).fetchone()[0]
        for (name,) in tables
    }


def main(destination_root: str) -> Path:
    database = os.environ["DATABASE_URL"]
    media = Path(os.environ.get("MEDIA_ROOT", "media"))
    private = Path(os.environ.get("PRIVATE_MEDIA_ROOT", "private"))
    # Deletions logged from this moment on are re-applied after a restore.
    taken_at = datetime.datetime.now(datetime.UTC)
    destination = Path(destination_root) / taken_at.strftime("%Y%m%dT%H%M%SZ")
    destination.mkdir(parents=True, mode=0o700)

    with psycopg.connect(database) as connection:
        connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = connection.execute("SELECT pg_export_snapshot()").fetchone()[0]
        dump = subprocess.Popen(
            [
                "pg_dump",
                "--format=custom",
                f"--snapshot={snapshot}",
                "--file",
                str(destination / "database.dump"),
                "--dbname",
                database,
            ]
        )
        counts = table_counts(connection)
        if dump.wait() != 0:
            sys.exit("pg_dump failed")
        connection.execute("COMMIT")

    files = {}
    for name, root in (("media", media), ("private", private)):
        with tarfile.open(destination / f"{name}.tar", "w") as archive:
            if root.exists():
                archive.add(root, arcname=".")
        files[name] = sha256_tree(root)

    manifest = {"taken_at": taken_at.isoformat(), "tables": counts, "files": files}
    (destination / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))
    print(
        f"Backup written to {destination}: {len(counts)} tables, "
        f"{sum(len(f) for f in files.values())} files"
    )
    return destination


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
