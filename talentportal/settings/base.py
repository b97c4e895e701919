"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the
environment in the block below, and nowhere else.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp import constants as csp

from talentportal.environment import env_admins, env_bool, env_int

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Environment -----------------------------------------------------------
env = os.environ.get
SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o.strip() for o in env("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()]
DATABASE_URL = env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
REDIS_URL = env("REDIS_URL", "")
EMAIL_HOST = env("EMAIL_HOST", "")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
# Seconds before a silent mail server is given up on, so it never stalls the worker.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
# Who receives error reports by e-mail: "Name <address>, address".
ADMINS = env_admins("ADMINS")
SENTRY_DSN = env("SENTRY_DSN", "")
SENTRY_ENVIRONMENT = env("SENTRY_ENVIRONMENT", "production")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Talent Portal <noreply@talentportal.localhost>")
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private")))
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", "")
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
S3_BUCKET = env("S3_BUCKET", "")
S3_ENDPOINT_URL = env("S3_ENDPOINT_URL", "")
S3_REGION = env("S3_REGION", "")
S3_CUSTOM_DOMAIN = env("S3_CUSTOM_DOMAIN", "")
# CVs and photos go to their own bucket, which is never readable by anyone.
S3_PRIVATE_BUCKET = env("S3_PRIVATE_BUCKET", "")
# Behind nginx: private downloads leave through this internal location.
PRIVATE_FILES_ACCEL_PREFIX = env("PRIVATE_FILES_ACCEL_PREFIX", "")
DB_CONN_MAX_AGE = env_int("DB_CONN_MAX_AGE", 60)
# A task still "running" after this many seconds lost its worker and is run again.
TASK_RUNNING_TIMEOUT = env_int("TASK_RUNNING_TIMEOUT", 900)
# Ids of deleted accounts, outside the database, re-applied after a restore.
DELETION_LOG = Path(env("DELETION_LOG", str(BASE_DIR / "deletion-log.jsonl")))
# /readyz fails when the oldest due task waited longer, or the upload disk is this full.
READYZ_MAX_QUEUE_LAG = env_int("READYZ_MAX_QUEUE_LAG", 300)
READYZ_MIN_FREE_MB = env_int("READYZ_MIN_FREE_MB", 512)
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000")
# The front cache (Varnish, deploy/varnish/) that the site purges on publish, e.g. http://127.0.0.1:6081
FRONT_CACHE_URL = env("FRONT_CACHE_URL", "")
# Off only to measure or debug what readers get without the full-page cache.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# How many proxies of ours sit in front of the site and append to X-Forwarded-For.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
CLAMD_SOCKET = env("CLAMD_SOCKET", "")
CLAMD_HOST = env("CLAMD_HOST", "")
CLAMD_PORT = int(env("CLAMD_PORT", "3310"))
UPLOAD_QUOTA_BYTES = int(env("UPLOAD_QUOTA_BYTES", str(50 * 1024 * 1024)))
# ---------------------------------------------------------------------------

DEBUG = False

INSTALLED_APPS = [
    # modeltranslation patches models at import time, so it comes first.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "talentportal.accounts",
    "talentportal.languages",
    "talentportal.profiles",
    "talentportal.organisations",
    "talentportal.openings",
    "talentportal.applications",
    "talentportal.caching",
    # Before django_tasks_db: its db_worker command is replaced by ours.
    "talentportal.operations",
    "talentportal.navigator",
    "talentportal.onboarding",
    # Above every app: the demo site's people, openings and applications (seed_demo).
    "talentportal.demo",
    "cms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.table_block",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # allauth's own sessions page (which ours extends) loads its tags.
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django_countries",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
]

MIDDLEWARE = [
    # First, so that every log line of the request carries its id.
    "talentportal.request_id.RequestIdMiddleware",
    # Before everything else: a reader without a session gets a stored page,
    # stored with the headers and the compression the middleware below added.
    "talentportal.caching.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files carry these headers too.
    "talentportal.headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "talentportal.headers.ResourcePolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Inside the page cache, so pages are stored compressed.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Right inside sessions: it sees every response of a signed-in session,
    # the redirects of the middleware below included.
    "talentportal.headers.PrivateResponsesMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # After CommonMiddleware's host check: the site and page this worker already knows.
    "talentportal.caching.routing.WagtailLookupMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before anything reads request.POST: the admin's larger form-field limit.
    "talentportal.formlimits.AdminFieldLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # allauth's UserSessionsMiddleware, writing the devices page's row once a minute.
    "talentportal.accounts.middleware.DeviceActivityMiddleware",
    "talentportal.accounts.middleware.AccountRequirementsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "talentportal.urls"
WSGI_APPLICATION = "talentportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "talentportal.languages.context_processors.languages",
                "cms.context_processors.navigation",
            ],
        },
    },
]

# Health checks: a connection dropped by a database restart is replaced, not reused.
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=DB_CONN_MAX_AGE, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE transactions stop admin autosave and a concurrent save from
    # deadlocking into "database is locked".
    DATABASES["default"]["OPTIONS"] = {"transaction_mode": "IMMEDIATE", "timeout": 20}
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

if REDIS_URL:
    CACHES = {
        # Degrades to each worker's memory while Redis is down, never a 500.
        "default": {
            "BACKEND": "talentportal.resilient_cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail looks image renditions up here before asking the database.
CACHES["renditions"] = {**CACHES["default"], "KEY_PREFIX": "renditions"}
# Template fragments (header, footer, filter forms): keyed by the content
# generation, so each worker may keep its own copy in memory, with no round trip.
CACHES["template_fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "template-fragments",
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
# What is kept per search (talentportal/caching/kept.py): the results of site
# searches (about 10 kB each), the filled-in openings filter form and the
# lookups of openings keywords; and the openings' cards (about 1 kB each).
# Apart from the fragments, so that no query or listing page pushes those out.
CACHES["kept_searches"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "kept-searches",
    "OPTIONS": {"MAX_ENTRIES": 500},
}
CACHES["kept_cards"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "kept-cards",
    "OPTIONS": {"MAX_ENTRIES": 2000},
}
if not env_bool("TEMPLATE_FRAGMENTS_ENABLED", True):
    # Every fragment built afresh, as for the first reader after a publish.
    CACHES["template_fragments"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    CACHES["kept_searches"] = CACHES["kept_cards"] = CACHES["template_fragments"]

# --- Full-page cache (talentportal/caching/) ----------------------------------
# Readers without a session get stored pages; any content change makes them stale
# at once (a new generation here, a purge in the front cache).
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = 600  # in Django's shared cache
PAGE_CACHE_BROWSER_SECONDS = 60  # max-age: browsers are never purged
PAGE_CACHE_SHARED_SECONDS = 600  # s-maxage: the front cache is purged on change
PAGE_CACHE_STALE_SECONDS = 30  # stale-while-revalidate
FRAGMENT_CACHE_SECONDS = 600  # {% fragment %} (talentportal/caching/templatetags/fragments.py)
PAGE_CACHE_WORKER_COPIES = 300  # pages each worker also keeps in memory (about 20 kB each)
if FRONT_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "talentportal.caching.frontend.VarnishBackend",
            "LOCATION": FRONT_CACHE_URL,
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "talentportal.accounts.passwords.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    # Long enough for any passphrase, short enough that hashing stays cheap.
    {
        "NAME": "talentportal.accounts.passwords.MaximumLengthValidator",
        "OPTIONS": {"max_length": 128},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages --------------------------------------------------------------
# Adding a language: append it here, add locale/<code>/LC_MESSAGES/django.po,
# then `make migrate` (new translated columns). No code changes.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("ar", "العربية"),
    ("ru", "Русский"),
    ("es", "Español"),
    ("fr", "Français"),
]
LANGUAGES_BIDI = ["ar", "fa", "he", "ur"]
# A front-cache purge of one language's address covers all of them.
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Shanghai"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
WAGTAIL_I18N_ENABLED = False

# --- Static and media ---------------------------------------------------------
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
# "private" holds CVs and photos: never under MEDIA_URL, served only by
# permission-checked views.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "talentportal.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if S3_BUCKET:
    # A bucket of its own, so that no public-bucket policy can ever expose a CV;
    # views stream these files or hand out signed addresses valid five minutes.
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_PRIVATE_BUCKET,
            "endpoint_url": S3_ENDPOINT_URL or None,
            "region_name": S3_REGION or None,
            "default_acl": "private",
            "file_overwrite": False,
            "querystring_auth": True,
            "querystring_expire": 300,
            "signature_version": "s3v4",
        },
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": S3_ENDPOINT_URL or None,
            "region_name": S3_REGION or None,
            "custom_domain": S3_CUSTOM_DOMAIN or None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }

# --- Wagtail -----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Talent Portal"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "cms.PortalImage"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "simple",
    }
}
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "webp", "bmp": "png", "heic": "jpeg"}
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Public forms take few fields; the Wagtail admin's editing views, whose forms
# carry six languages of every field, get ADMIN_DATA_UPLOAD_MAX_NUMBER_FIELDS
# (talentportal.formlimits.AdminFieldLimitMiddleware).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1_000
ADMIN_DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Background tasks ----------------------------------------------------------
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Email ---------------------------------------------------------------------
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
elif EMAIL_FILE_PATH:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security --------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp), enforced in every environment so that a
# violation shows while building. No nonce: the policy is the same on every
# response, which keeps anonymous pages cacheable; templates therefore hold no
# inline script, `style` attribute or `on…` handler (JS and CSS live in static/).
if S3_CUSTOM_DOMAIN:
    _MEDIA_ORIGINS = [f"https://{S3_CUSTOM_DOMAIN}"]
elif S3_BUCKET and S3_ENDPOINT_URL:
    _MEDIA_ORIGINS = [urlsplit(S3_ENDPOINT_URL)._replace(path="", query="").geturl()]
elif S3_BUCKET:
    _MEDIA_ORIGINS = [
        f"https://{S3_BUCKET}.s3.amazonaws.com",
        f"https://{S3_BUCKET}.s3.{S3_REGION}.amazonaws.com",
    ]
else:
    _MEDIA_ORIGINS = []
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF],
        # data: for the QR code of the authenticator set-up.
        "img-src": [csp.SELF, "data:", *_MEDIA_ORIGINS],
        "object-src": [csp.NONE],
        "base-uri": [csp.NONE],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
    }
}
# The Wagtail admin still writes inline scripts and styles (panels, widgets,
# the rich-text editor): it gets them on its own paths only
# (talentportal.headers.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY_ADMIN_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [csp.SELF, csp.UNSAFE_INLINE],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:", *_MEDIA_ORIGINS],
    }
}
# Browser features the portal never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# --- Accounts (django-allauth) ---------------------------------------------------
AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
# A URL name, so that the redirect keeps the reader's language prefix.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts_dashboard"
# Every log-in, the admin's included, goes through allauth's rate limits and MFA.
WAGTAILADMIN_LOGIN_URL = "account_login"
# Private pages and restricted documents send readers to the same door, and
# Wagtail's own password and e-mail forms are off (allauth manages both, with
# verification, notifications and reauthentication).
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
ACCOUNT_ADAPTER = "talentportal.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "talentportal.accounts.forms.SignupForm"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Changing e-mail addresses, two-factor, exporting data or deleting the account
# asks for the password or a code again when the last one is older than this.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
# Security notices when the password, an e-mail address or two-factor changes.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# The client address for every rate limit comes from talentportal.clientip.
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "10/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    "confirm_email": "1/3m/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Talent Portal"
USERSESSIONS_TRACK_ACTIVITY = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "talentportal.request_id.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s %(message)s"}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        # Request logs carry URLs with e-mail addresses in query strings; keep
        # them at warning level so personal data does not reach the log.
        "django.request": {"level": "WARNING"},
        "django.server": {"level": "WARNING"},
    },
}

CITY_STAFF_STALE_AFTER_DAYS = 180
CV_MAX_BYTES = 10 * 1024 * 1024
PHOTO_MAX_BYTES = 5 * 1024 * 1024
PHOTO_MAX_PIXELS = 25_000_000
INVITATION_VALID_DAYS = 7
# Applications are anonymised this long after their opening closes.
APPLICATION_RETENTION_DAYS = int(env("APPLICATION_RETENTION_DAYS", "365"))
