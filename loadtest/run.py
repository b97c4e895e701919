#!/usr/bin/env python3
"""Load and fault runs on loopback, each bounded in time.

    .venv/bin/python loadtest/run.py prepare
    .venv/bin/python loadtest/run.py load --users 100 --seconds 180
    .venv/bin/python loadtest/run.py load --users 50 --seconds 150 --fault postgres-restart

`prepare` makes a PostgreSQL cluster of its own ("loadtest", port 5433) and a
Redis of its own (port 6380), so that faults never touch the services other
work on this machine uses; migrates, loads the demo content, and adds 100
professionals and 3 recruiters. `load` starts gunicorn (production settings),
one task worker and a mail sink, runs Locust (`loadtest/locustfile.py`,
installed apart: `pip install locust==2.47.0`, see LOCUST), injects the fault
half-way, and prints requests/s, p50/p95/p99 per group, 5xx, the web workers'
memory and, for the mail faults, what was delivered. Faults: postgres-restart,
postgres-down (60 s), redis-down (60 s), mail-down (60 s), worker-kill,
disk-full (the private-files disk, a 64 MB tmpfs, filled for 30 s; needs root).
"""

import argparse
import asyncio
import csv
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv/bin/python")
LOCUST = os.environ.get("LOCUST", shutil.which("locust") or "locust")
PG_VERSION = "15"
PG_PORT, REDIS_PORT = 5433, 6380
DATABASE_URL = f"postgres://talentportal:talentportal@127.0.0.1:{PG_PORT}/loadtest"
WORK = Path(tempfile.gettempdir()) / "talentportal-loadtest"
PASSWORD = "loadtest-password-42"

USERS = f"""
from allauth.account.models import EmailAddress
from cms.pages.policies import PrivacyPolicyPage
from talentportal.accounts.models import User
from talentportal.organisations.models import Membership, Organisation
policy = PrivacyPolicyPage.current()
def person(email):
    user, created = User.objects.get_or_create(email=email)
    user.set_password("{PASSWORD}")
    user.save()
    EmailAddress.objects.get_or_create(user=user, email=email, defaults={{"verified": True, "primary": True}})
    if policy:
        user.policy_consents.get_or_create(version=policy.version)
    return user
for n in range(100):
    person(f"load{{n}}@loadtest.example.org")
for n, organisation in enumerate(Organisation.objects.filter(status="verified")[:3]):
    Membership.objects.get_or_create(user=person(f"hr{{n}}@loadtest.example.org"),
                                     organisation=organisation, defaults={{"role": "recruiter"}})
"""


def env(**extra):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "talentportal.settings.production",
        "SECRET_KEY": "loadtest-only-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "http://127.0.0.1:8900",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": "8925",
        "EMAIL_USE_TLS": "false",
        "EMAIL_TIMEOUT": "10",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(WORK / "static"),
        "MEDIA_ROOT": str(WORK / "media"),
        "PRIVATE_MEDIA_ROOT": str(WORK / "private"),
        "DELETION_LOG": str(WORK / "deletion-log.jsonl"),
        "TASK_RUNNING_TIMEOUT": "20",
        **extra,
    }


def sh(*args, **kwargs):
    return subprocess.run(args, check=True, **kwargs)


def as_postgres(*args):
    return sh("runuser", "-u", "postgres", "--", *args, capture_output=True, text=True)


def pg(action):
    sh("pg_ctlcluster", PG_VERSION, "loadtest", action)


def redis_start():
    subprocess.Popen(
        [
            "redis-server",
            "--port",
            str(REDIS_PORT),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
            "--pidfile",
            str(WORK / "redis.pid"),
        ]
    )
    wait_port(REDIS_PORT)


def redis_stop():
    subprocess.run(["redis-cli", "-p", str(REDIS_PORT), "shutdown", "nosave"], check=False)


def wait_port(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    sys.exit(f"nothing answers on port {port}")


def prepare(arguments):
    WORK.mkdir(exist_ok=True)
    clusters = subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True).stdout
    if not re.search(rf"^{PG_VERSION}\s+loadtest\s", clusters, re.MULTILINE):
        sh("pg_createcluster", PG_VERSION, "loadtest", "--port", str(PG_PORT))
    if (
        " online "
        not in subprocess.run(["pg_lsclusters", "-h"], capture_output=True, text=True)
        .stdout.split("loadtest", 1)[1]
        .splitlines()[0]
        + " "
    ):
        pg("start")
    port = ["-p", str(PG_PORT)]
    as_postgres(
        "psql",
        *port,
        "-qc",
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='talentportal') THEN CREATE ROLE talentportal LOGIN PASSWORD 'talentportal' CREATEDB; END IF; END $$;",
    )
    as_postgres("psql", *port, "-qc", "DROP DATABASE IF EXISTS loadtest WITH (FORCE)")
    as_postgres("createdb", *port, "-O", "talentportal", "loadtest")
    redis_start()
    manage = lambda *a, **k: sh(PYTHON, "manage.py", *a, cwd=ROOT, env=k.pop("env", env()), **k)  # noqa: E731
    manage("migrate", "--noinput", stdout=subprocess.DEVNULL)
    manage("collectstatic", "--noinput", "-v", "0")
    manage(
        "seed_demo",
        env=env(DJANGO_SETTINGS_MODULE="talentportal.settings.dev"),
        stdout=subprocess.DEVNULL,
    )
    manage("shell", "-c", USERS)
    print(
        "Prepared: PostgreSQL cluster 'loadtest' on 5433, Redis on 6380, demo content, 103 users."
    )


class MailSink:
    """An SMTP server on 8925 that counts messages by Message-ID."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.ids = []
        # Seconds before answering DATA: a slow server, so a kill lands mid-send.
        self.delay = 0.0
        sink = self

        class Handler:
            async def handle_RCPT(self, server, session, envelope, address, options):
                # Slow before the message is handed over: a kill here loses the
                # conversation, never a message the server had accepted.
                await asyncio.sleep(sink.delay)
                envelope.rcpt_tos.append(address)
                return "250 OK"

            async def handle_DATA(self, server, session, envelope):
                found = re.search(r"^Message-ID: (.+)$", envelope.content.decode(), re.M | re.I)
                sink.ids.append(found.group(1).strip() if found else None)
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=8925)

    def start(self):
        self.controller.start()

    def stop(self):
        self.controller.stop()


def rss_of_web_workers(master: subprocess.Popen) -> list[dict]:
    """Each web worker's resident memory, and its proportional share (PSS) in MB.

    RSS counts pages shared with the master in every worker; PSS divides them,
    so it is what the workers really cost together.
    """
    pids = subprocess.run(
        ["ps", "-o", "pid=", "--ppid", str(master.pid)], capture_output=True, text=True
    ).stdout.split()
    workers = []
    for pid in pids:
        fields = dict(
            line.split(":", 1)
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]
        )
        workers.append({key.lower(): int(fields[key].split()[0]) // 1024 for key in ("Rss", "Pss")})
    return workers


def probe(url, log, stop):
    """Once a second, what a reader gets: status codes over time."""
    import urllib.error
    import urllib.request

    while not stop.is_set():
        try:
            status = urllib.request.urlopen(url, timeout=5).status  # noqa: S310  # nosec B310  # loopback only
        except urllib.error.HTTPError as error:
            status = error.code
        except OSError:
            status = "down"
        log.append((round(time.monotonic()), status))
        stop.wait(1)


def start_worker():
    return subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.5"],
        cwd=ROOT,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=open(WORK / "worker.log", "a"),
    )


def fault(name, state):
    """Inject `name`; returns a note of what was done."""
    if name == "postgres-restart":
        pg("restart")
    elif name == "postgres-down":
        pg("stop")
        time.sleep(60)
        pg("start")
    elif name == "redis-down":
        redis_stop()
        time.sleep(60)
        redis_start()
    elif name == "mail-down":
        state["sink"].stop()
        time.sleep(60)
        state["sink"] = MailSink()
        state["sink_restarts"].append(state["sink"])
        state["sink"].start()
    elif name == "disk-full":
        filler = WORK / "private" / "filler"
        # dd stops with "no space" once the tmpfs is full: that is the point.
        subprocess.run(
            ["dd", "if=/dev/zero", f"of={filler}", "bs=1M"], check=False, stderr=subprocess.DEVNULL
        )
        time.sleep(30)
        filler.unlink()
    elif name == "worker-kill":
        # Let the worker get into a send (the server takes 3 s to answer), then kill it.
        state["sink"].delay = 3.0
        time.sleep(5)
        state["worker"].send_signal(signal.SIGKILL)
        state["worker"].wait()
        state["sink"].delay = 0.0
        state["worker"] = start_worker()
    else:
        sys.exit(f"unknown fault {name}")


def load(arguments):
    WORK.mkdir(exist_ok=True)
    if arguments.fault not in ("postgres-restart", "postgres-down"):
        pg("start") if "online" not in subprocess.run(
            ["pg_lsclusters", "-h"], capture_output=True, text=True
        ).stdout.split("loadtest", 1)[1].splitlines()[0] else None
    try:
        socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=1).close()
    except OSError:
        redis_start()
    if arguments.fault == "disk-full":
        mount_small_disk(WORK / "private")
    # As a deploy of this checkout would: its migrations and its static files
    # (a stale manifest or a missing column is a 500 that is no fault's doing).
    sh(PYTHON, "manage.py", "migrate", "--noinput", cwd=ROOT, env=env(), stdout=subprocess.DEVNULL)
    sh(PYTHON, "manage.py", "collectstatic", "--noinput", "-v", "0", cwd=ROOT, env=env())
    sink = MailSink()
    sink.start()
    state = {"sink": sink, "sink_restarts": [sink]}
    config = (
        "loadtest/tracemalloc_gunicorn.py" if arguments.trace_memory else "deploy/gunicorn.conf.py"
    )
    for old in WORK.glob("memory-*.txt"):
        old.unlink()
    web = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "-c", config, "talentportal.wsgi"],
        cwd=ROOT,
        env=env(
            GUNICORN_BIND="127.0.0.1:8900",
            GUNICORN_WORKERS=str(arguments.workers),
            TRACE_DIR=str(WORK),
            # No recycling while tracing: the growth is what is being looked for.
            **({"GUNICORN_MAX_REQUESTS": "0"} if arguments.trace_memory else {}),
        ),
        stdout=subprocess.DEVNULL,
        stderr=open(WORK / "gunicorn.log", "w"),  # noqa: SIM115
    )
    state["worker"] = start_worker()
    # As in production: the scheduler also takes back tasks a dead worker left running.
    scheduler = subprocess.Popen(
        [PYTHON, "manage.py", "run_scheduler", "--interval", "5"],
        cwd=ROOT,
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=open(WORK / "scheduler.log", "a"),  # noqa: SIM115
    )
    wait_port(8900)
    # One request through, so that the workers exist and have loaded the site.
    subprocess.run(["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:8900/en/"], check=False)
    memory = {"start": rss_of_web_workers(web)}
    stop, probes = threading.Event(), []
    threading.Thread(
        target=probe, args=("http://127.0.0.1:8900/en/", probes, stop), daemon=True
    ).start()
    locust = subprocess.Popen(
        [
            LOCUST,
            "-f",
            str(ROOT / "loadtest/locustfile.py"),
            "--headless",
            "--host",
            "http://127.0.0.1:8900",
            "-u",
            str(arguments.users),
            "-r",
            str(max(1, arguments.users // 20)),
            "--run-time",
            f"{arguments.seconds}s",
            "--stop-timeout",
            "10",
            "--csv",
            str(WORK / "stats"),
            "--only-summary",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=open(WORK / "locust.log", "w"),  # noqa: SIM115
    )
    started = time.monotonic()
    if arguments.fault:
        time.sleep(arguments.seconds / 3)
        fault_started, fault_wall_start = round(time.monotonic()), time.time()
        fault(arguments.fault, state)
        fault_ended, fault_wall_end = round(time.monotonic()), time.time()
    locust.wait(timeout=arguments.seconds + 120)
    memory["end"] = rss_of_web_workers(web)
    # Let the queue drain (e-mail) before counting.
    time.sleep(arguments.drain)
    stop.set()
    report = summary(WORK / "stats")
    report["memory_mb"] = memory
    report["duration_s"] = round(time.monotonic() - started)
    if arguments.fault:
        window = [s for t, s in probes if fault_started - 1 <= t <= fault_ended + 30]
        report["fault"] = {
            "name": arguments.fault,
            "seconds": fault_ended - fault_started,
            "reader_saw": dict(Counter(map(str, window))),
            "after_recovery": [s for t, s in probes if t > fault_ended + 30][-5:],
        }
    ids = [i for s in state["sink_restarts"] for i in s.ids]
    report["mail"] = {"delivered": len(ids), "duplicates": len(ids) - len(set(ids))}
    report["mail"]["never_sent"] = undelivered()
    for process in (locust, web, state["worker"], scheduler):
        process.terminate()
    for process in (locust, web, state["worker"], scheduler):
        process.wait(timeout=60)
    state["sink"].stop()
    if arguments.fault == "disk-full":
        # Counted on the real disk, with nothing writing any more: what a
        # restart of the machine would find.
        unmount_small_disk(WORK / "private")
        # A request in flight when the disk came back finishes a little later.
        report["orphans"] = orphans(WORK / "private", fault_wall_start, fault_wall_end + 10)
        report["uploads_refused_with_form_error"] = (
            (WORK / "gunicorn.log")
            .read_text()
            .count("Private storage is full: an upload was refused")
        )
    print(json.dumps(report, indent=1))


def undelivered():
    import psycopg

    with psycopg.connect(DATABASE_URL) as connection:
        return connection.execute(
            "SELECT count(*) FROM operations_maildelivery WHERE sent_at IS NULL"
        ).fetchone()[0]


def mount_small_disk(folder: Path) -> None:
    """A 64 MB tmpfs over `folder`, holding a copy of what the folder held.

    The copy keeps the earlier CVs readable during the run (HR opens them);
    `unmount_small_disk` brings what was written on the tmpfs back to the disk.
    """
    folder.mkdir(exist_ok=True)
    if os.path.ismount(folder):
        sys.exit(f"{folder} is still mounted from an earlier run: umount it first.")
    held = WORK / "private-before"
    shutil.rmtree(held, ignore_errors=True)
    shutil.copytree(folder, held, symlinks=True)
    sh("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder))
    shutil.copytree(held, folder, symlinks=True, dirs_exist_ok=True)


def unmount_small_disk(folder: Path) -> None:
    """Copy the files written on the tmpfs onto the disk below, then unmount it."""
    written = WORK / "private-written"
    shutil.rmtree(written, ignore_errors=True)
    shutil.copytree(folder, written, symlinks=True, ignore=shutil.ignore_patterns("filler"))
    sh("umount", str(folder))
    for path in written.rglob("*"):
        target = folder / path.relative_to(written)
        if path.is_dir():
            target.mkdir(exist_ok=True)
        elif not target.exists():
            shutil.copy2(path, target)
    shutil.rmtree(written)


# Every private file a row can name, with the time that row was written.
PRIVATE_FILE_ROWS = """
    SELECT cv, updated_at FROM profiles_profile WHERE cv <> ''
    UNION ALL SELECT photo, updated_at FROM profiles_profile WHERE photo <> ''
    UNION ALL SELECT cv, submitted_at FROM applications_application WHERE cv <> ''
"""


def orphans(root: Path, since: float, until: float) -> dict:
    """Rows and files written during the fault window that lack their other half.

    Earlier rows are left out: their files' fate is no part of this fault
    (an earlier run's tmpfs may have taken them). A row counts if it was saved
    in the window; a file counts if it was modified in the window.
    """
    import datetime

    import psycopg

    start = datetime.datetime.fromtimestamp(since, datetime.UTC)
    end = datetime.datetime.fromtimestamp(until, datetime.UTC)
    with psycopg.connect(DATABASE_URL) as connection:
        rows = list(connection.execute(PRIVATE_FILE_ROWS))
    named = {name for name, _saved in rows}
    rows_in_window = {name for name, saved in rows if start <= saved <= end}
    files_in_window = {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and p.name != "filler" and since <= p.stat().st_mtime <= until
    }
    return {
        "rows_saved_in_window": len(rows_in_window),
        "rows_without_file": sorted(n for n in rows_in_window if not (root / n).is_file()),
        "files_written_in_window": len(files_in_window),
        "files_without_row": sorted(files_in_window - named),
    }


def summary(prefix: Path) -> dict:
    groups = {}
    with open(f"{prefix}_stats.csv") as stats:
        # One line per method and name: GET and POST of a group are added up;
        # the percentiles are those of the busier of the two.
        for row in sorted(csv.DictReader(stats), key=lambda r: int(r["Request Count"])):
            group = groups.setdefault(row["Name"], {"requests": 0, "failures": 0, "req_per_s": 0.0})
            group["requests"] += int(row["Request Count"])
            group["failures"] += int(row["Failure Count"])
            group["req_per_s"] = round(group["req_per_s"] + float(row["Requests/s"]), 1)
            group.update(p50_ms=row["50%"], p95_ms=row["95%"], p99_ms=row["99%"])
    errors_5xx = 0
    with open(f"{prefix}_failures.csv") as failures:
        for row in csv.DictReader(failures):
            if re.search(r"\b5\d\d\b", row["Error"]):
                errors_5xx += int(row["Occurrences"])
    return {"groups": groups, "http_5xx": errors_5xx}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("prepare")
    run = commands.add_parser("load")
    run.add_argument("--users", type=int, default=100)
    run.add_argument("--seconds", type=int, default=180)
    run.add_argument("--workers", type=int, default=4)
    run.add_argument("--drain", type=int, default=30, help="seconds for the queue to drain")
    run.add_argument(
        "--trace-memory",
        action="store_true",
        help="tracemalloc in each web worker: the allocation sites that grew, in WORK/memory-*.txt",
    )
    run.add_argument(
        "--fault",
        choices=[
            "postgres-restart",
            "postgres-down",
            "redis-down",
            "mail-down",
            "worker-kill",
            "disk-full",
        ],
    )
    arguments = parser.parse_args()
    {"prepare": prepare, "load": load}[arguments.command](arguments)
