"""The shipped Varnish configuration in front of the app: a published change shows through it.

Starts Redis, gunicorn (production settings, a fresh demo database) and
varnishd with deploy/varnish/default.vcl on loopback.
"""

import http.client
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bench import services

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not all(shutil.which(tool) for tool in ("varnishd", "redis-server")),
        reason="needs Debian's varnish and redis-server",
    ),
]
ROOT = services.ROOT
LANGUAGES = ["en", "zh-hans", "ar", "ru", "es", "fr"]


@pytest.fixture(scope="module")
def stack():
    workdir = Path(tempfile.mkdtemp(prefix="talentportal-front-cache-"))
    redis, redis_url = services.start_redis(workdir)
    app_port = services.free_port()
    varnish, varnish_port = services.start_varnish(workdir, app_port)
    front = f"127.0.0.1:{varnish_port}"
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="talentportal.settings.production",
        SECRET_KEY="front-cache-test-" + "k" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        REDIS_URL=redis_url,
        EMAIL_HOST="127.0.0.1",
        # Readers come through Varnish, so that is the site's address and where purges go.
        SITE_URL=f"http://{front}",
        FRONT_CACHE_URL=f"http://{front}",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        PRIVATE_MEDIA_ROOT=str(workdir / "private"),
    )
    manage = [sys.executable, str(ROOT / "manage.py")]
    app = None
    try:
        for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"], ["seed_demo"]):
            subprocess.run(manage + command, env=env, check=True, capture_output=True, cwd=ROOT)
        app = services.gunicorn("talentportal.wsgi", app_port, env, workers="2")
        services.wait_for(f"http://127.0.0.1:{app_port}/robots.txt", app)
        services.wait_for(f"http://{front}/robots.txt", varnish)
        yield {"front": front, "env": env, "manage": manage}
    finally:
        services.stop(app, varnish, redis)
        shutil.rmtree(workdir, ignore_errors=True)


def get(front, path, headers=None, source="127.0.0.1", method="GET"):
    connection = http.client.HTTPConnection(
        *front.split(":"), timeout=30, source_address=(source, 0)
    )
    connection.request(method, path, headers=headers or {})
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response, body


def publish(stack, code):
    """City staff publish, in another process that commits for real."""
    subprocess.run(
        [*stack["manage"], "shell", "-c", code],
        env=stack["env"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


RENAME_GUIDE = """
from cms.models import CityPage, GuidePage
beijing = CityPage.objects.get(slug="beijing")
guide = GuidePage.objects.descendant_of(beijing).get(slug="arriving")
for code in {languages!r}:
    setattr(guide, "title_" + code.replace("-", "_"), "{title} " + code)
guide.save_revision().publish()
"""


def test_a_published_change_shows_through_the_front_cache(stack):
    front = stack["front"]
    paths = [f"/{lang}/beijing/guides/arriving/" for lang in LANGUAGES]
    paths += [f"/{lang}/beijing/guides/" for lang in LANGUAGES]
    for path in paths:
        get(front, path)
        response, _body = get(front, path)
        assert response.getheader("X-Front-Cache") == "hit", path

    publish(stack, RENAME_GUIDE.format(languages=LANGUAGES, title="Arriving, revised"))

    for path in paths:
        lang = path.split("/")[1]
        response, body = get(front, path)
        assert response.status == 200
        assert f"Arriving, revised {lang}" in body, path
        again, _body = get(front, path)
        assert again.getheader("X-Front-Cache") == "hit", path


def test_a_csrf_cookie_still_gets_the_shared_copy_and_a_session_does_not(stack):
    front = stack["front"]
    get(front, "/es/shanghai/")
    response, _body = get(front, "/es/shanghai/", {"Cookie": "csrftoken=abc; _ga=GA1.1"})
    assert response.getheader("X-Front-Cache") == "hit"
    response, _body = get(front, "/es/shanghai/", {"Cookie": "sessionid=someone"})
    assert response.getheader("X-Front-Cache") == "miss"
    assert "public" not in (response.getheader("Cache-Control") or "")


def test_only_the_app_servers_may_purge(stack):
    front = stack["front"]
    get(front, "/ru/")
    refused, _body = get(front, "/ru/", source="127.0.0.2", method="PURGE")
    assert refused.status == 405
    assert get(front, "/ru/")[0].getheader("X-Front-Cache") == "hit"
    allowed, _body = get(front, "/ru/", method="PURGE")
    assert allowed.status == 200
    assert get(front, "/ru/")[0].getheader("X-Front-Cache") == "miss"


def test_personal_pages_and_files_never_come_from_the_front_cache(stack):
    front = stack["front"]
    for _ in range(2):
        login, _body = get(front, "/en/accounts/login/")
        assert login.getheader("X-Front-Cache") == "miss"
        assert login.getheader("Set-Cookie")
    assert get(front, "/_private/cv.pdf")[0].status == 404
    assert get(front, "/media/original_images/x.jpg")[0].status == 404


def test_static_files_are_kept_long_and_pages_compressed(stack):
    front = stack["front"]
    _response, body = get(front, "/en/")
    stylesheet = body.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    css, _css = get(front, stylesheet)
    assert "immutable" in css.getheader("Cache-Control")
    page, _body = get(front, "/fr/", {"Accept-Encoding": "gzip"})
    assert page.getheader("Content-Encoding") == "gzip"
