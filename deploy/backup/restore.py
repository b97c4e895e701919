#!/usr/bin/env python3
"""Restore a Talent Portal backup, or rehearse it (the drill).

    set -a; . /etc/talentportal/talentportal.env; set +a
    .venv/bin/python deploy/backup/restore.py --drill BACKUP_DIR
    .venv/bin/python deploy/backup/restore.py BACKUP_DIR        # the real thing

--drill restores into a scratch database next to DATABASE_URL's and into
scratch folders, then compares every table's row count and every file's
SHA-256 with the backup's manifest, and drops the scratch database.

Without --drill: the database named in DATABASE_URL must be empty (create it
afresh: `createdb -O talentportal talentportal`), the files go to MEDIA_ROOT
and PRIVATE_MEDIA_ROOT, and the same checks run. Either way the accounts
deleted after the backup (the deletion log, DELETION_LOG) are deleted again
afterwards, and what that changed is printed.
Stop the web, worker and scheduler units before a real restore.
"""

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from backup import sha256_tree, table_counts

ROOT = Path(__file__).resolve().parent.parent.parent


def restore(backup: Path, drill: bool) -> int:
    manifest = json.loads((backup / "manifest.json").read_text())
    database = os.environ["DATABASE_URL"]
    admin = None
    if drill:
        name = f"restore_drill_{uuid.uuid4().hex[:8]}"
        admin = psycopg.connect(database, autocommit=True)
        admin.execute(f'CREATE DATABASE "{name}"')
        target = database.rsplit("/", 1)[0] + "/" + name
        scratch = Path(tempfile.mkdtemp(prefix="restore-drill-"))
        folders = {"media": scratch / "media", "private": scratch / "private"}
    else:
        target = database
        folders = {
            "media": Path(os.environ["MEDIA_ROOT"]),
            "private": Path(os.environ["PRIVATE_MEDIA_ROOT"]),
        }
    problems = []
    try:
        subprocess.run(
            [
                "pg_restore",
                "--no-owner",
                "--exit-on-error",
                "--dbname",
                target,
                str(backup / "database.dump"),
            ],
            check=True,
        )
        with psycopg.connect(target) as connection:
            restored = table_counts(connection)
        for table, count in manifest["tables"].items():
            if restored.get(table) != count:
                problems.append(f"table {table}: {restored.get(table)} rows, backup had {count}")
        for name, folder in folders.items():
            folder.mkdir(parents=True, exist_ok=True)
            with tarfile.open(backup / f"{name}.tar") as archive:
                archive.extractall(folder, filter="data")
            sums = sha256_tree(folder)
            for path, digest in manifest["files"][name].items():
                if sums.get(path) != digest:
                    problems.append(f"{name}/{path}: checksum differs or file missing")
        print(
            f"Checked {len(manifest['tables'])} tables and "
            f"{sum(len(f) for f in manifest['files'].values())} files: "
            + ("all match." if not problems else f"{len(problems)} problem(s).")
        )
        for problem in problems:
            print("  " + problem)
        env = {
            **os.environ,
            "DATABASE_URL": target,
            "MEDIA_ROOT": str(folders["media"]),
            "PRIVATE_MEDIA_ROOT": str(folders["private"]),
        }
        subprocess.run(
            [sys.executable, "manage.py", "reapply_deletions", "--since", manifest["taken_at"]],
            cwd=ROOT,
            env=env,
            check=True,
        )
    finally:
        if admin is not None:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
    return 1 if problems else 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("backup", type=Path)
    parser.add_argument("--drill", action="store_true")
    arguments = parser.parse_args()
    sys.exit(restore(arguments.backup, arguments.drill))
