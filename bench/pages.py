"""Serve the demo site under gunicorn and measure pages with wrk, on loopback only.

Prints requests/s and p50/p99 latency for the home, a city and a guide page at
several concurrencies. Uses the database `make setup` prepared.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "/en/",
    "city": "/zh-hans/shanghai/",
    "guide": "/ar/beijing/guides/arriving/",
    "listing": "/en/openings/",
    "filtered": "/zh-hans/openings/?city=shanghai&permit=on&kind=faculty&sort=deadline",
    "search": "/en/openings/?q=engineer&min_salary=300000",
}
OPENINGS = int(os.environ.get("BENCH_OPENINGS", "100000"))
CONCURRENCIES = (1, 8, 32)
DURATION = os.environ.get("BENCH_DURATION", "10s")
WORKERS = os.environ.get("BENCH_WORKERS", "4")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def run_wrk(url, connections, headers=()):
    extra = [arg for header in headers for arg in ("-H", header)]
    out = subprocess.run(
        [
            "wrk",
            *extra,
            "--latency",
            "-t",
            str(min(connections, 2)),
            "-c",
            str(connections),
            "-d",
            DURATION,
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", out, re.MULTILINE).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", out, re.MULTILINE).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def ensure_openings():
    """Top the demo database up to OPENINGS openings (once; later runs reuse them)."""
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="talentportal.settings.dev")
    count = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from talentportal.openings.models import Opening; print(Opening.objects.count())",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()[-1]
    missing = OPENINGS - int(count)
    if missing > 0:
        subprocess.run(
            [sys.executable, "manage.py", "seed_demo", "--openings", str(missing)],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return max(OPENINGS, int(count))


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    openings = ensure_openings()
    port = free_port()
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="talentportal.settings.production",
        SECRET_KEY="bench-only-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SITE_URL=f"http://127.0.0.1:{port}",
        # Production refuses to start without these; the bench reads the demo
        # database, and without a running Redis the cache degrades to memory.
        DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}"),
        REDIS_URL=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
        EMAIL_HOST=os.environ.get("EMAIL_HOST", "127.0.0.1"),
    )
    # Production serves hashed static files from a manifest: build it first.
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "talentportal.wsgi",
            "-w",
            WORKERS,
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        for path in PAGES.values():
            urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310
        print(
            f"gunicorn, {WORKERS} sync workers, {os.cpu_count()} cores, wrk {DURATION} per row, "
            f"{openings} openings in the database"
        )
        print(f"{'page':<8}{'conc.':>6}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'errors':>8}")
        for name, path in PAGES.items():
            for connections in CONCURRENCIES:
                rps, p50, p99, errors = run_wrk(base + path, connections)
                print(f"{name:<8}{connections:>6}{rps:>10.1f}{p50:>10.1f}{p99:>10.1f}{errors:>8}")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
