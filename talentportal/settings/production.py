"""Production: refuses to start unless every shared service is configured.

Each refusal names the variable; `deploy/talentportal.env.example` lists them all.
"""

from django.core.exceptions import ImproperlyConfigured

from talentportal.environment import env_bool, env_int
from talentportal.observability import init_sentry

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    EMAIL_HOST,
    LOGGING,
    REDIS_URL,
    S3_BUCKET,
    S3_PRIVATE_BUCKET,
    SECRET_KEY,
    SENTRY_DSN,
    SENTRY_ENVIRONMENT,
    env,
)

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names.")
if not env("DATABASE_URL"):
    raise ImproperlyConfigured("DATABASE_URL must be set (postgres://user:password@host/db).")
if not env("SITE_URL"):
    raise ImproperlyConfigured("SITE_URL must be set to the public address (https://…).")
if not REDIS_URL:
    # Sessions, rate limits and the cache purge are shared between workers
    # and machines only through Redis.
    raise ImproperlyConfigured("REDIS_URL must be set: production needs a shared cache.")
if not EMAIL_HOST:
    raise ImproperlyConfigured("EMAIL_HOST must be set: production sends real e-mail.")
if S3_BUCKET and (not S3_PRIVATE_BUCKET or S3_PRIVATE_BUCKET == S3_BUCKET):
    raise ImproperlyConfigured(
        "S3_PRIVATE_BUCKET must be set, and differ from S3_BUCKET, when S3_BUCKET is set."
    )

DEBUG = False
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers ask app servers directly over HTTP (with the site's Host header).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# One line per event on stderr (journald keeps it), with the request id;
# errors also go by e-mail to ADMINS, database outages excepted.
LOGGING = {
    **LOGGING,
    "filters": {
        **LOGGING.get("filters", {}),
        "skip_database_outage": {"()": "talentportal.observability.SkipDatabaseOutage"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        **LOGGING.get("formatters", {}),
        "one_line": {
            "()": "talentportal.observability.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s %(message)s",
        },
    },
    "handlers": {
        **LOGGING.get("handlers", {}),
        "console": {**LOGGING["handlers"]["console"], "formatter": "one_line"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false", "skip_database_outage"],
        },
    },
    "loggers": {
        **LOGGING.get("loggers", {}),
        "django.request": {"level": "WARNING", "handlers": ["mail_admins"]},
        "django_tasks": {"level": "INFO"},
    },
}

if SENTRY_DSN:
    init_sentry(SENTRY_DSN, SENTRY_ENVIRONMENT)
