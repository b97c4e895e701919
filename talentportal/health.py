"""Health endpoints for load balancers and monitoring.

`/healthz` says the process answers and touches nothing shared. `/readyz`
checks what a request needs: the database, the cache, the task queue's lag and
the free space for uploads, and answers 503 when one of them fails. Redis
being down is reported as "degraded" with 200: the site keeps working without it.
"""

import os
import shutil
from datetime import timedelta
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, storages
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django_tasks import task_backends
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

OK, DEGRADED, FAILED = "ok", "degraded", "failed"


def _json(body: dict, status: int) -> JsonResponse:
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@require_GET
def healthz(request):
    return _json({"status": OK}, HTTPStatus.OK)


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as exc:
        return {"status": FAILED, "error": type(exc).__name__}
    return {"status": OK}


def check_cache() -> dict:
    default = caches["default"]
    probe = "readyz:probe"
    default.set(probe, "1", 10)
    if default.get(probe) != "1":
        return {"status": FAILED, "error": "value not read back"}
    # The fail-soft Redis cache answers from memory while Redis is away.
    available = getattr(default, "redis_available", True)
    return {"status": OK if available else DEGRADED}


def check_task_queue() -> dict:
    if not isinstance(task_backends["default"], DatabaseBackend):
        return {"status": OK, "backend": "in-process"}
    now = timezone.now()
    due = DBTaskResult.objects.ready().order_by("enqueued_at").only("enqueued_at", "run_after")
    oldest = due.first()
    lag = 0.0
    if oldest is not None:
        waiting_since = min(now, max(oldest.enqueued_at, _run_after(oldest)))
        lag = (now - waiting_since).total_seconds()
    limit = settings.READYZ_MAX_QUEUE_LAG
    result = {"status": OK if lag <= limit else FAILED, "lag_seconds": round(lag)}
    stale = DBTaskResult.objects.running().filter(
        started_at__lt=now - timedelta(seconds=settings.TASK_RUNNING_TIMEOUT)
    )
    result["stuck"] = stale.count()
    return result


def _run_after(row):
    # django-tasks-db stores "no run_after" as the year 9999.
    return row.enqueued_at if row.run_after.year == 9999 else row.run_after


def check_disk() -> dict:
    free = {}
    for alias in ("default", "private"):
        storage = storages[alias]
        if isinstance(storage, FileSystemStorage):
            path = storage.location
            os.makedirs(path, exist_ok=True)
            free[alias] = shutil.disk_usage(path).free // (1024 * 1024)
    if not free:
        return {"status": OK, "storage": "object storage"}
    minimum = settings.READYZ_MIN_FREE_MB
    status = OK if min(free.values()) >= minimum else FAILED
    return {"status": status, "free_mb": free}


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "task_queue": check_task_queue,
    "disk": check_disk,
}


@never_cache
@require_GET
def readyz(request):
    results = {}
    for name, check in CHECKS.items():
        if name == "task_queue" and results["database"]["status"] == FAILED:
            results[name] = {"status": FAILED, "error": "database unavailable"}
            continue
        # A check that breaks is a failed check, never a 500.
        try:
            results[name] = check()
        except Exception as exc:
            results[name] = {"status": FAILED, "error": type(exc).__name__}
    statuses = {result["status"] for result in results.values()}
    overall = FAILED if FAILED in statuses else DEGRADED if DEGRADED in statuses else OK
    status = HTTPStatus.SERVICE_UNAVAILABLE if overall == FAILED else HTTPStatus.OK
    return _json({"status": overall, "checks": results}, status)
