"""Two app servers on two ports, one PostgreSQL, one Redis: nothing that
matters lives in one server's memory.

Needs PostgreSQL and Redis on loopback (CI starts both; locally
`apt-get install -y postgresql redis-server`). It skips only when one of them
cannot be reached, and says which.
"""

import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parent.parent.parent
PYTHON = str(ROOT / ".venv/bin/python")
pytestmark = pytest.mark.integration
DEFAULT_DATABASE = "postgres://talentportal:talentportal@127.0.0.1:5432/talentportal"
DEFAULT_REDIS = "redis://127.0.0.1:6379/1"
EMAIL = "two.servers@example.org"
PASSWORD = "two-servers-pass-42"

PREPARE = """
from allauth.account.models import EmailAddress
from cms.pages.policies import PrivacyPolicyPage
from talentportal.accounts.models import User
user = User.objects.create_user(email="{email}", password="{password}")
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
policy = PrivacyPolicyPage.current()
if policy:
    user.policy_consents.create(version=policy.version)
"""

PUBLISH = """
from wagtail.models import Page
page = Page.objects.live().filter(depth=3).order_by("path").first().specific
page.title = "{title}"
page.title_en = "{title}"
page.save_revision().publish()
print(page.url)
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def reachable(url: str, default_port: int) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname, parts.port or default_port), timeout=2).close()
    except OSError:
        return False
    return True


def wait_for(url: str, process: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"{process.args[0]} exited with {process.returncode}")
        try:
            if requests.get(url, timeout=10).status_code == 200:
                return
        except requests.RequestException:
            pass  # not listening yet, or still loading
        time.sleep(0.2)
    pytest.fail(f"{url} did not answer")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    import psycopg
    import redis

    base_db = os.environ.get("DATABASE_URL", DEFAULT_DATABASE)
    # A database number of its own on the same Redis: other tests clear theirs.
    redis_url = os.environ.get("REDIS_URL", DEFAULT_REDIS).rsplit("/", 1)[0] + "/14"
    if not base_db.startswith("postgres"):
        base_db = DEFAULT_DATABASE
    if not reachable(base_db, 5432):
        pytest.skip(f"PostgreSQL is not reachable at {base_db.split('@')[-1]}")
    if not reachable(redis_url, 6379):
        pytest.skip(f"Redis is not reachable at {redis_url}")

    name = f"tp_two_servers_{uuid.uuid4().hex[:8]}"
    admin = psycopg.connect(base_db, autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    database = base_db.rsplit("/", 1)[0] + "/" + name
    redis.Redis.from_url(redis_url).flushdb()

    work = tmp_path_factory.mktemp("two-servers")
    from aiosmtpd.controller import Controller

    class Recorder:
        messages: list = []

        async def handle_DATA(self, server, session, envelope):
            Recorder.messages.append(envelope.content.decode())
            return "250 OK"

    smtp_port = free_port()
    smtp = Controller(Recorder(), hostname="127.0.0.1", port=smtp_port)
    smtp.start()
    ports = [free_port(), free_port()]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "talentportal.settings.production",
        "SECRET_KEY": "two-servers-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": f"http://127.0.0.1:{ports[0]}",
        "DATABASE_URL": database,
        "REDIS_URL": redis_url,
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_USE_TLS": "false",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private"),
    }

    def manage(*args, **kwargs):
        return subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
            **kwargs,
        )

    processes = []
    try:
        manage("migrate", "--noinput")
        manage("collectstatic", "--noinput", "-v", "0")
        subprocess.run(
            [PYTHON, "manage.py", "seed_demo"],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "talentportal.settings.dev"},
            check=True,
            capture_output=True,
        )
        manage("shell", "-c", PREPARE.format(email=EMAIL, password=PASSWORD))
        # The demo pages' indexing tasks are not what these tests are about.
        with psycopg.connect(database, autocommit=True) as connection:
            connection.execute("DELETE FROM django_tasks_database_dbtaskresult")
        for port in ports:
            server = subprocess.Popen(
                [
                    str(ROOT / ".venv/bin/gunicorn"),
                    "-c",
                    "deploy/gunicorn.conf.py",
                    "talentportal.wsgi",
                ],
                cwd=ROOT,
                env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"},
                stdout=subprocess.DEVNULL,
                stderr=open(work / f"gunicorn-{port}.log", "w"),  # noqa: SIM115
            )
            processes.append(server)
        for port, server in zip(ports, processes, strict=True):
            wait_for(f"http://127.0.0.1:{port}/healthz", server)
        yield {
            "urls": [f"http://127.0.0.1:{port}" for port in ports],
            "env": env,
            "manage": manage,
            "mail": Recorder.messages,
            "database": database,
        }
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        smtp.stop()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


class Browser:
    """Cookies kept by hand: production marks them Secure, and this is plain HTTP on loopback."""

    def __init__(self):
        self.cookies = {}

    def request(self, method, url, headers=None, **kwargs):
        # Behind the front server every app server sees the site's one host name
        # (allauth keys its sign-in limits by it), not its own port.
        headers = {"Host": "127.0.0.1", **(headers or {})}
        response = requests.request(
            method,
            url,
            cookies=self.cookies,
            headers=headers,
            allow_redirects=False,
            timeout=30,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def sign_in(self, base, password):
        self.request("GET", f"{base}/en/accounts/login/")
        return self.request(
            "POST",
            f"{base}/en/accounts/login/",
            data={
                "login": EMAIL,
                "password": password,
                "csrfmiddlewaretoken": self.cookies["csrftoken"],
            },
            headers={"Referer": f"{base}/en/accounts/login/"},
        )


def test_a_session_made_on_one_server_is_valid_on_the_other(cluster):
    first, second = cluster["urls"]
    browser = Browser()
    response = browser.sign_in(first, PASSWORD)
    assert response.status_code == 302, response.text[:500]
    assert "sessionid" in browser.cookies
    dashboard = browser.request("GET", f"{second}/en/accounts/")
    assert dashboard.status_code == 200
    assert EMAIL in dashboard.text


def failed_sign_ins_counted(redis_url) -> int:
    """How many failed sign-ins allauth's limit holds for the test account."""
    import pickle

    import redis

    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match="*login_failed*key*"))
    assert len(keys) == 1, keys
    return len(pickle.loads(client.get(keys[0])))  # noqa: S301 - our own cache


def test_failed_sign_ins_are_counted_across_both_servers(cluster):
    first, second = cluster["urls"]
    for base in (first, second, first, second, first):
        response = Browser().sign_in(base, "wrong-password-1")
        assert response.status_code == 200
        assert "Too many failed login attempts" not in response.text
    # One counter in Redis for both servers (per server, each would hold 2 or 3)…
    assert failed_sign_ins_counted(cluster["env"]["REDIS_URL"]) == 5
    # …so the sixth attempt, on either server, is refused even with the right password.
    refused = Browser().sign_in(second, PASSWORD)
    assert "Too many failed login attempts" in refused.text
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"import redis; redis.Redis.from_url('{cluster['env']['REDIS_URL']}').flushdb()",
        ],
        check=True,
    )


def test_publishing_beside_one_server_is_seen_through_the_other_at_once(cluster):
    first, second = cluster["urls"]
    manage = cluster["manage"]
    url = manage("shell", "-v", "0", "-c", PUBLISH.format(title="Before the change")).stdout.strip()
    assert "Before the change" in requests.get(second + url, timeout=30).text
    manage("shell", "-v", "0", "-c", PUBLISH.format(title="After the change"))
    for base in (second, first):
        page = requests.get(base + url, timeout=30).text
        assert "After the change" in page
        assert "Before the change" not in page


def test_a_task_queued_on_one_server_is_run_by_a_worker_beside_the_other(cluster):
    first, second = cluster["urls"]
    browser = Browser()
    browser.request("GET", f"{first}/en/accounts/password/reset/")
    response = browser.request(
        "POST",
        f"{first}/en/accounts/password/reset/",
        data={"email": EMAIL, "csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": f"{first}/en/accounts/password/reset/"},
    )
    assert response.status_code == 302
    before = len(cluster["mail"])
    worker_env = {**cluster["env"], "SITE_URL": second}
    subprocess.run(
        [PYTHON, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=worker_env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    sent = cluster["mail"][before:]
    assert len([m for m in sent if EMAIL in m]) == 1


def test_two_schedulers_queue_each_job_once(cluster):
    import psycopg

    env = cluster["env"]
    schedulers = [
        subprocess.Popen(
            [PYTHON, "manage.py", "run_scheduler", "--once"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [s.communicate(timeout=120)[0] for s in schedulers]
    assert all(s.returncode == 0 for s in schedulers), outputs
    with psycopg.connect(cluster["database"]) as connection:
        runs = connection.execute(
            "SELECT job, count(*) FROM operations_scheduledrun GROUP BY job"
        ).fetchall()
        queued = connection.execute(
            "SELECT count(*) FROM django_tasks_database_dbtaskresult"
            " WHERE task_path = 'talentportal.operations.schedule.run_scheduled_job'"
        ).fetchone()[0]
    assert runs and all(count == 1 for _job, count in runs), runs
    assert queued == len(runs)
    claimed = [re.findall(r"Queued: (.*)", output)[0] for output in outputs]
    assert "nothing due" in claimed or len(set(claimed)) == 2, claimed
    assert json.dumps(runs)


def test_backup_and_restore_drill_match_and_reapply_deletions(cluster, tmp_path):
    env = {**cluster["env"], "DELETION_LOG": str(tmp_path / "deletion-log.jsonl")}
    backup = subprocess.run(
        [PYTHON, "deploy/backup/backup.py", str(tmp_path / "backups")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert backup.returncode == 0, backup.stderr
    folder = next((tmp_path / "backups").iterdir())
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["tables"]["accounts_user"] >= 1
    # An account deleted after the backup…
    subprocess.run(
        [
            PYTHON,
            "manage.py",
            "shell",
            "-c",
            f"from talentportal.accounts.models import User; User.objects.get(email='{EMAIL}').delete()",
        ],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    drill = subprocess.run(
        [PYTHON, "deploy/backup/restore.py", "--drill", str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert drill.returncode == 0, drill.stdout + drill.stderr
    assert "all match" in drill.stdout
    # …is deleted again in the restored copy.
    assert "Deleted again: 1 account(s)" in drill.stdout
