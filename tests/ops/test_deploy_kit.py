"""The deployment kit: production refuses to start half-configured, reads
booleans strictly, lists every variable in the environment template, and
hands private downloads to nginx after the permission check."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import verified_user

ROOT = Path(__file__).resolve().parent.parent.parent
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "talentportal.settings.production",
    "SECRET_KEY": "a-long-random-production-key-" + "x" * 40,
    "ALLOWED_HOSTS": "talent.example.org",
    "DATABASE_URL": "postgres://portal:portal@127.0.0.1:5432/portal",
    "SITE_URL": "https://talent.example.org",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "EMAIL_HOST": "smtp.example.org",
}


def run_settings(env_changes, code="from django.conf import settings; settings.DEBUG"):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION}
    env.update({k: v for k, v in env_changes.items() if v is not None})
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "missing",
    ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL", "REDIS_URL", "EMAIL_HOST"],
)
def test_production_refuses_to_start_without_each_required_variable(missing):
    result = run_settings({**PRODUCTION, missing: None})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"{missing} must" in result.stderr


def test_production_starts_with_every_required_variable():
    result = run_settings(PRODUCTION, "from django.conf import settings; print(settings.DEBUG)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_refuses_one_bucket_for_public_and_private_files():
    result = run_settings({**PRODUCTION, "S3_BUCKET": "portal", "S3_PRIVATE_BUCKET": "portal"})
    assert result.returncode != 0
    assert "S3_PRIVATE_BUCKET must be set, and differ" in result.stderr


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        *[("1", True), ("true", True), ("YES", True), ("on", True)],
        *[("0", False), ("false", False), ("No", False), ("off", False)],
    ],
)
def test_booleans_accept_the_usual_spellings(raw, expected):
    result = run_settings(
        {**PRODUCTION, "EMAIL_USE_TLS": raw},
        "from django.conf import settings; print(settings.EMAIL_USE_TLS)",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(expected)


@pytest.mark.parametrize("raw", ["ture", "2", "y e s", "enabled"])
def test_an_unparseable_boolean_stops_the_start_up(raw):
    result = run_settings({**PRODUCTION, "EMAIL_USE_TLS": raw})
    assert result.returncode != 0
    assert f"EMAIL_USE_TLS='{raw}' is not a boolean" in result.stderr


def test_production_checks_pass_with_the_full_environment():
    env = {**os.environ, **PRODUCTION}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_environment_template_lists_every_variable_the_settings_read():
    read = set()
    for module in (ROOT / "talentportal/settings").glob("*.py"):
        read |= set(re.findall(r"env(?:_\w+)?\(\s*\"([A-Z0-9_]+)\"", module.read_text()))
    template = (ROOT / "deploy/talentportal.env.example").read_text()
    listed = set(re.findall(r"^#? ?([A-Z0-9_]+)=", template, flags=re.MULTILINE))
    assert read, "no variables found in the settings"
    assert read - listed == set()


def test_gunicorn_configuration_loads():
    result = subprocess.run(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "--check-config",
            "-c",
            "deploy/gunicorn.conf.py",
            "talentportal.wsgi",
        ],
        cwd=ROOT,
        env={**os.environ, **PRODUCTION},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_nginx_configuration_is_valid(tmp_path):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.skip("nginx is not installed (apt-get install nginx-light)")
    # The site file with a throwaway certificate, inside a minimal main file.
    subprocess.run(
        [
            *["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"],
            *["-subj", "/CN=talent.example.org", "-keyout", "key.pem", "-out", "cert.pem"],
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    site = (ROOT / "deploy/nginx/talentportal.conf").read_text()
    site = site.replace(
        "/etc/letsencrypt/live/talent.example.org/fullchain.pem", f"{tmp_path}/cert.pem"
    )
    site = site.replace(
        "/etc/letsencrypt/live/talent.example.org/privkey.pem", f"{tmp_path}/key.pem"
    )
    site = re.sub(r"/var/log/nginx/", f"{tmp_path}/", site)
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log;\n"
        "events {}\n"
        f"http {{ access_log off; client_body_temp_path {tmp_path}; include {tmp_path}/site.conf; }}\n"
    )
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def cv_owner(client, db):
    user = verified_user(email="accel.owner@example.org")
    client.force_login(user)
    client.post("/en/profile/cv/", {"cv": SimpleUploadedFile("Mei Lin CV.pdf", PDF)})
    return user


def test_behind_nginx_a_cv_download_is_an_internal_redirect(client, cv_owner, settings):
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    response = client.get("/en/profile/cv/download/")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"].startswith("/_private/cv/")
    assert response["Content-Disposition"].startswith('attachment; filename="Mei Lin CV.pdf"')
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert response.content == b""


def test_without_nginx_the_application_streams_the_cv(client, cv_owner, settings):
    settings.PRIVATE_FILES_ACCEL_PREFIX = ""
    response = client.get("/en/profile/cv/download/")
    assert "X-Accel-Redirect" not in response
    assert b"".join(response.streaming_content) == PDF


def test_the_internal_redirect_needs_the_same_permission(client, cv_owner, settings):
    settings.PRIVATE_FILES_ACCEL_PREFIX = "/_private/"
    client.logout()
    response = client.get("/en/profile/cv/download/")
    assert response.status_code == 302
    assert "X-Accel-Redirect" not in response
