"""Cheap checks that catch whole classes of mistakes."""

import io
import os
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.utils import translation

ROOT = Path(settings.BASE_DIR)


@pytest.mark.django_db
def test_no_model_changes_are_missing_a_migration():
    # wagtail-modeltranslation's makemigrations, which leaves out the translated
    # columns of Wagtail's own page table (its migrate command adds those).
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


@pytest.mark.parametrize("code", [c for c, _n in settings.LANGUAGES if c != "en"])
def test_catalogue_is_complete_and_has_no_fuzzy_entries(code):
    catalogue = polib.pofile(
        str(ROOT / "locale" / translation.to_locale(code) / "LC_MESSAGES" / "django.po")
    )
    assert len(catalogue) > 100
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("zh-hans", "跳到主要内容"),
        ("ar", "انتقل إلى المحتوى الرئيسي"),
        ("ru", "Перейти к основному содержанию"),
        ("es", "Saltar al contenido principal"),
        ("fr", "Aller au contenu principal"),
    ],
)
def test_interface_is_translated(client, code, text):
    response = client.get(f"/{code}/search/")
    assert text in response.content.decode()


def test_production_settings_refuse_to_start_without_secrets():
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    env["DJANGO_SETTINGS_MODULE"] = "talentportal.settings.production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="talentportal.settings.production",
        SECRET_KEY="a-long-random-production-key-" + "x" * 40,
        ALLOWED_HOSTS="talent.example.org",
        DATABASE_URL=os.environ.get("DATABASE_URL", "sqlite:///:memory:"),
        SITE_URL="https://talent.example.org",
        REDIS_URL="redis://127.0.0.1:6379/0",
        EMAIL_HOST="smtp.example.org",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_pages_load_nothing_from_other_hosts():
    offenders = []
    for template in (ROOT / "templates").rglob("*.html"):
        text = template.read_text()
        for marker in (
            'src="http',
            "src='http",
            'href="//',
            "@import url(http",
            "fonts.googleapis",
        ):
            if marker in text:
                offenders.append(f"{template.name}: {marker}")
    css = (ROOT / "static" / "css" / "site.css").read_text()
    assert "url(http" not in css
    assert offenders == []


@pytest.mark.django_db
def test_security_headers_on_pages():
    response = Client().get("/en/search/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
