"""Health endpoints, and what readers get while Redis or PostgreSQL is down."""

import json
import socket
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client
from django_tasks_db.models import DBTaskResult

from talentportal.observability import SkipDatabaseOutage, _drop_outages, init_sentry
from talentportal.outage import server_error
from tests.factories import verified_user
from tests.page_factories import site

PASSWORD = "correct-horse-battery"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_healthz_answers_without_the_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert (
        response["Cache-Control"].startswith("no-store") or "no-store" in response["Cache-Control"]
    )


def test_readyz_reports_each_dependency(client, db):
    response = client.get("/readyz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "task_queue", "disk"}


def test_readyz_is_503_when_the_database_is_down(client, db):
    with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("refused")):
        response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["database"] == {"status": "failed", "error": "OperationalError"}


def test_readyz_is_503_when_tasks_wait_too_long(client, db, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.READYZ_MAX_QUEUE_LAG = 300
    from talentportal.mail import send_email_task

    send_email_task.enqueue("Subject", "Body", "from@example.org", ["to@example.org"])
    DBTaskResult.objects.update(enqueued_at="2000-01-01T00:00:00Z")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["task_queue"]["status"] == "failed"


def test_readyz_is_503_when_the_upload_disk_is_full(client, db, settings):
    settings.READYZ_MIN_FREE_MB = 10**12
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["disk"]["status"] == "failed"


@pytest.fixture
def redis_down(settings):
    url = f"redis://127.0.0.1:{closed_port()}/0"
    settings.CACHES = {
        "default": {"BACKEND": "talentportal.resilient_cache.FailSoftRedisCache", "LOCATION": url},
        "renditions": {
            "BACKEND": "talentportal.resilient_cache.FailSoftRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "renditions",
        },
    }
    return url


def test_with_redis_down_pages_answer_and_signing_in_works(redis_down, db):
    client = Client(raise_request_exception=False)
    verified_user(email="redis.down@example.org")
    assert client.get(site().url).status_code == 200  # the home page
    assert client.get("/en/openings/").status_code == 200
    response = client.post(
        "/en/accounts/login/", {"login": "redis.down@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()[:500]
    assert client.get("/en/accounts/").status_code in (200, 302)
    assert "_auth_user_id" in client.session


def test_with_redis_down_readyz_says_degraded_but_ready(redis_down, db):
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["cache"]["status"] == "degraded"


def test_with_redis_down_rate_limits_still_count_in_the_worker(redis_down):
    from talentportal.ratelimit import consume

    results = [consume("export", "someone") for _ in range(6)]
    assert results == [True] * 5 + [False]


def test_with_redis_down_the_workers_copy_keeps_small_values_never_whole_pages(redis_down):
    cache = caches["default"]
    cache.set("ratelimit:export:someone", 3)
    cache.set("pagecache:page2:gzip:abc", b"x" * 100_000)
    assert cache.get("ratelimit:export:someone") == 3
    assert cache.get("pagecache:page2:gzip:abc") is None
    # A stored value that grows too large goes, rather than staying stale.
    cache.set("fragment", "small")
    cache.set("fragment", "y" * 100_000)
    assert cache.get("fragment") is None


def test_redis_is_tried_again_after_the_pause(redis_down):
    import time_machine

    cache = caches["default"]
    with time_machine.travel(0, tick=False) as traveller:
        cache.get("anything")
        assert cache.redis_available is False
        traveller.shift(6)
        assert cache.redis_available is True


LANGUAGE_TEXT = {
    "en": "We cannot reach our database at the moment.",
    "zh-hans": "我们暂时无法连接数据库",
    "ar": "لا يمكننا الوصول إلى قاعدة بياناتنا",
    "ru": "Сейчас мы не можем подключиться к базе данных",
    "es": "En este momento no podemos conectar con nuestra base de datos",
    "fr": "Nous ne parvenons pas à joindre notre base de données",
}


@pytest.mark.parametrize("language", list(LANGUAGE_TEXT))
def test_with_the_database_down_readers_get_a_translated_503(db, language):
    client = Client(raise_request_exception=False)
    with mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("refused")):
        response = client.get(f"/{language}/openings/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert LANGUAGE_TEXT[language] in body
    assert f'lang="{language}"' in body
    assert ('dir="rtl"' in body) == (language == "ar")


def test_the_503_page_itself_makes_no_query(rf, db):
    request = rf.get("/fr/openings/")
    with mock.patch.object(CursorWrapper, "execute", side_effect=AssertionError("a query")):
        try:
            raise OperationalError("connection refused")
        except OperationalError:
            response = server_error(request)
    assert response.status_code == 503


def test_other_errors_still_get_the_500_page(rf):
    try:
        raise ValueError("a bug")
    except ValueError:
        response = server_error(rf.get("/en/"))
    assert response.status_code == 500


def test_outages_are_not_mailed_to_admins_once_per_request():
    import logging
    import sys

    try:
        raise OperationalError("connection refused")
    except OperationalError:
        outage = logging.LogRecord("django.request", logging.ERROR, "", 0, "x", (), sys.exc_info())
    try:
        raise ValueError("a bug")
    except ValueError:
        bug = logging.LogRecord("django.request", logging.ERROR, "", 0, "x", (), sys.exc_info())
    assert SkipDatabaseOutage().filter(outage) is False
    assert SkipDatabaseOutage().filter(bug) is True


def test_sentry_gets_no_personal_data():
    import sentry_sdk

    init_sentry("https://public@127.0.0.1:9/1", "test")
    try:
        options = sentry_sdk.get_client().options
        assert options["send_default_pii"] is False
        assert options["max_request_body_size"] == "never"
        outage = (OperationalError, OperationalError("refused"), None)
        assert _drop_outages({"event": 1}, {"exc_info": outage}) is None
        assert _drop_outages({"event": 1}, {"exc_info": (ValueError, ValueError(), None)})
    finally:
        sentry_sdk.init()  # no DSN: reporting off again


def test_production_logs_one_line_per_event_with_the_request_id():
    import logging
    import sys

    from talentportal.observability import OneLineFormatter

    try:
        raise ValueError("first\nsecond")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, "", 0, "failed", (), sys.exc_info())
    record.request_id = "abc123def"
    line = OneLineFormatter("%(request_id)s %(message)s").format(record)
    assert "\n" not in line
    assert line.startswith("abc123def failed")
    assert json.dumps(line)


@pytest.fixture
def real_redis(settings):
    import os

    import redis

    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("REDIS_URL is not set (CI starts redis-server and sets it)")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.exceptions.RedisError:
        pytest.skip(f"Redis at {url} is not reachable")
    settings.CACHES = {
        "default": {
            "BACKEND": "talentportal.resilient_cache.FailSoftRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"ops-test-{os.getpid()}",
        }
    }
    yield caches["default"]
    caches["default"].clear()


def test_with_redis_up_the_cache_and_rate_limits_use_it(real_redis):
    from talentportal.ratelimit import consume

    assert [consume("export", "shared") for _ in range(6)] == [True] * 5 + [False]
    # The counter lives in Redis, not in this process: a fresh client sees it.
    assert real_redis.redis_available is True
    key = next(iter(real_redis._cache.get_client().scan_iter(match="*ratelimit:export*")))
    assert int(real_redis._cache.get_client().get(key)) == 6
