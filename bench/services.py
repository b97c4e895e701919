"""Start the site and its neighbours on loopback, and wait until they answer.

The one place that starts a server process and waits for it: `make bench`
(bench/pages.py, bench/applications.py, bench/openings_search.py), the
front-cache and shared-generation tests, the browser tests' live site
(tests/browser/conftest.py) and the Lighthouse audit all call `spawn` or
`gunicorn`, then `wait_for`, and `stop`. The front-cache test and the bench run
the very configuration in deploy/varnish/.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VARNISH_DIR = ROOT / "deploy" / "varnish"


def production_env(redis_url: str, site_url: str, **extra: str) -> dict:
    """The environment production settings need on loopback, for the bench and the audits.

    Production refuses to start without a key, hosts, a shared cache and a mail
    server; nothing is mailed while pages are read. The database is the demo's
    unless DATABASE_URL says otherwise.
    """
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="talentportal.settings.production",
        SECRET_KEY="bench-only-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'db.sqlite3'}"),
        REDIS_URL=redis_url,
        EMAIL_HOST="127.0.0.1",
        SITE_URL=site_url,
        **extra,
    )


def collectstatic(env: dict) -> None:
    """Production serves hashed static files from a manifest: build it first."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def spawn(args: list[str], env: dict, cwd: Path = ROOT, quiet: bool = False) -> subprocess.Popen:
    """A server process; `quiet` drops its output (a test's live site)."""
    output = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(args, cwd=cwd, env=env, stdout=output, stderr=output)


def wait_for(url: str, process: subprocess.Popen, seconds: float = 300) -> None:
    """Until `url` answers at all (any HTTP status), or fail if the process died.

    On failure the process is stopped, so a caller never leaves one behind.
    """
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310  # nosec B310  # loopback only
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[0]} exited with {process.returncode}") from None
            if time.monotonic() > deadline:
                stop(process)
                raise
            time.sleep(0.2)


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise
            time.sleep(0.1)
    return process, f"redis://127.0.0.1:{port}/0"


def gunicorn(app: str, port: int, env: dict, workers: str, cwd: Path = ROOT) -> subprocess.Popen:
    """The production configuration (deploy/gunicorn.conf.py), the same for the site and both references.

    As in production, the application and jieba's dictionary are loaded before
    the workers fork and the collector is frozen: without that, every worker
    that read Chinese text paused for a full collection over the dictionary
    (over 100 ms) every few hundred requests. Without the access log, which
    would print a line per request, and without the memory backstop's worker
    restarts, which at benchmark rates would restart a worker every second.
    """
    return spawn(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "-c",
            str(ROOT / "deploy" / "gunicorn.conf.py"),
            app,
            "-w",
            workers,
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        dict(env, GUNICORN_ACCESS_LOG="", GUNICORN_MAX_REQUESTS="0"),
        cwd,
    )


def start_varnish(workdir: Path, backend_port: int) -> tuple[subprocess.Popen, int]:
    """deploy/varnish/default.vcl, with a backend.vcl pointing at `backend_port` put first."""
    if shutil.which("varnishd") is None:
        raise RuntimeError("varnishd is needed: apt-get install varnish")
    include_dir = workdir / "vcl"
    include_dir.mkdir(parents=True, exist_ok=True)
    (include_dir / "backend.vcl").write_text(
        f'backend app {{ .host = "127.0.0.1"; .port = "{backend_port}"; }}\n'
        'acl purgers { "127.0.0.1"; }\n'
    )
    port = free_port()
    process = subprocess.Popen(
        [
            "varnishd",
            "-F",
            # No privilege separation: it runs as whoever runs the tests.
            "-j",
            "none",
            "-n",
            str(workdir / "varnish"),
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "none",
            "-f",
            str(VARNISH_DIR / "default.vcl"),
            "-p",
            f"vcl_path={include_dir}:{VARNISH_DIR}",
            "-s",
            "malloc,128m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, port


def start_nginx_static(
    workdir: Path, files: dict[str, bytes], workers: str, media_root: Path
) -> tuple[subprocess.Popen, int]:
    """nginx serving fixed bytes (the physical bound for a page) and /media/, as in production."""
    root = workdir / "nginx-root"
    for name, content in files.items():
        target = root / name.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    port = free_port()
    conf = workdir / "nginx.conf"
    conf.write_text(
        f"""
daemon off;
worker_processes {workers};
pid {workdir / "nginx.pid"};
error_log {workdir / "nginx-error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {workdir};
    proxy_temp_path {workdir};
    fastcgi_temp_path {workdir};
    uwsgi_temp_path {workdir};
    scgi_temp_path {workdir};
    default_type text/html;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{ try_files $uri $uri/index.html =404; }}
        location /media/ {{ alias {media_root}/; }}
    }}
}}
"""
    )
    process = subprocess.Popen(
        ["nginx", "-c", str(conf), "-p", str(workdir)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return process, port


def stop(*processes: subprocess.Popen) -> None:
    """Each in turn, in the order given: app servers before the Redis they still talk to."""
    for process in processes:
        if process is None:
            continue
        if process.poll() is None:
            process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
