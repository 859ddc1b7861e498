"""Production-safe base settings shared by every environment.

Secrets and hosts come from the environment. ``dev`` loosens these settings for a
laptop, ``production`` insists on them, ``test`` only trades safety margins for speed.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The public address (https://www.example.org): the Wagtail Site follows it (advocacy/site_address.py).
PUBLIC_URL = os.environ.get("PUBLIC_URL", "").strip().rstrip("/")

INSTALLED_APPS = [
    "advocacy",
    "materials",
    "staging",
    "questions",
    "editor_2fa",
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
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
    "django_filters",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First, so a cached page skips everything below, and the headers every layer adds (CSP,
    # Permissions-Policy, X-Frame-Options, nosniff...) are stored with the page; advocacy/wsgi.py
    # answers stored pages even before Django (advocacy/page_cache.py).
    "advocacy.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The language comes from the URL path alone (/es/...), never a cookie or Accept-Language, so
    # pages stay cacheable: Django's LocaleMiddleware is not used (advocacy/language_routing.py).
    "advocacy.language_routing.LanguageFromPathMiddleware",
    "advocacy.site_memo.SiteMemoMiddleware",
    "advocacy.middleware.CrossOriginResourcePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "advocacy.middleware.AdminContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "editor_2fa.middleware.RequireSecondStepMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "advocacy.urls"
WSGI_APPLICATION = "advocacy.wsgi.application"

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
                "wagtail.contrib.settings.context_processors.settings",
                "advocacy.context_processors.site_version",
            ],
        },
    },
]

# Database: DATABASE_URL, defaulting to a SQLite file in the project.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast instead of hanging a worker when PostgreSQL is slow or down.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"connect_timeout": 3, "options": "-c statement_timeout=15000"}
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two editors saving at once must not get "database is locked". In WAL mode, synchronous=NORMAL
    # syncs at checkpoints rather than on every commit (each counted download is one): still safe
    # against a crash of the app; a power cut may lose the last few commits, never corrupt the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches (docs/scaling.md). REDIS_URL: Django's RedisCache, shared by every worker on every app server.
# Without it, a file cache that the workers of one machine share: page-cache invalidation must reach
# every worker, which a per-process cache cannot do. dev and test use local memory instead.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "cachexia")


def cache_config(alias: str, key_prefix: str) -> dict:
    prefix = key_prefix if alias == "default" else f"{key_prefix}-{alias}"
    if REDIS_URL:
        return {
            "BACKEND": "advocacy.cache_backend.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "TIMEOUT": 600,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    return {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(Path(os.environ.get("FILE_CACHE_DIR", BASE_DIR / "var" / "cache")) / alias),
        "KEY_PREFIX": prefix,
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }


CACHES = {alias: cache_config(alias, CACHE_KEY_PREFIX) for alias in ("default", "renditions")}
# Cached template fragments (navigation, footer, page bodies, criteria sets, the materials filters'
# choices) stay in each worker's memory: every fragment key carries the site version, which is read
# from the shared cache on every request, so a worker never serves a fragment from an older version,
# and a page costs no Redis round trip per fragment. Old versions' entries are culled by size.
FRAGMENT_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
CACHES["fragments"] = FRAGMENT_CACHE
# Sessions stay in the database: signing out everywhere, and no lost sign-ins when the cache restarts.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Whole-page cache for anonymous visitors (advocacy/page_cache.py). 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# How long a CDN or proxy may keep a public page (Cache-Control s-maxage). Publishing purges it sooner
# when WAGTAILFRONTENDCACHE is configured below.
CDN_CACHE_SECONDS = int(os.environ.get("CDN_CACHE_SECONDS", "60"))

# Background work (Wagtail 8 uses django-tasks): search and reference indexing, CDN purges.
# A database queue in production, worked by `manage.py db_worker`; TASKS_IMMEDIATE=true runs each
# task inside the request instead (small sites with no worker). dev and test run them at once.
if os.environ.get("TASKS_IMMEDIATE", "false").lower() == "true":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# The site's languages: SITE_LANGUAGES="en,es" (codes Django knows). Adding one is configuration plus
# translation work (a locale/<code>/LC_MESSAGES/django.po and translated pages), not code.
LANGUAGES = [(code, LANG_INFO[code]["name_local"]) for code in env_list("SITE_LANGUAGES", "en,es")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]

# Static and media files. Both roots can be moved with environment variables.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Object storage (S3 or any S3-compatible service) when a bucket is named (docs/scaling.md).
# Documents and original images are private: documents are served through their stable Django URLs
# (materials/serving.py), which check them and set safe headers, and any direct URL the storage hands
# out is signed and short-lived. Image renditions, which pages link to directly, go under "public/":
# the bucket's policy (or the CDN in front of it) must allow reading that prefix, and only that.
# Credentials are not options here: boto3 reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or an
# instance role) itself, so they never reach a task row (Wagtail queues file deletions with the
# storage's options).


def object_storages(bucket: str, environ=os.environ) -> dict:
    location = environ.get("AWS_LOCATION", "").strip("/")
    private = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        "default_acl": None,  # the bucket's own policy: private
        "querystring_auth": True,
        "querystring_expire": int(environ.get("AWS_QUERYSTRING_EXPIRE", "60")),
        "file_overwrite": False,
        "location": location,
    }
    public = {
        **private,
        "location": f"{location}/public".strip("/"),
        "querystring_auth": False,
        "custom_domain": environ.get("AWS_S3_PUBLIC_DOMAIN") or None,
    }
    return {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": private},
        "public_media": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": public},
    }


AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    STORAGES.update(object_storages(AWS_STORAGE_BUCKET_NAME))
    WAGTAILIMAGES_RENDITION_STORAGE = "public_media"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Security headers (checked by tests/advocacy/test_security_headers.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Strict policy on the public site; the Wagtail admin needs inline scripts and styles,
# so it gets its own relaxed policy (see advocacy.middleware).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The admin's policy (sent by advocacy.middleware.AdminContentSecurityPolicyMiddleware on the
# prefixes excluded above): inline code allowed, but every source and every frame stays on this site.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

# Admin brute-force protection.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]  # never keep a typed sign-in code
# Client addresses (login lockout and rate limits, advocacy/rate_limits.py): REMOTE_ADDR, unless
# TRUSTED_PROXY_COUNT says how many proxies in front append to X-Forwarded-For.
if os.environ.get("TRUSTED_PROXY_COUNT", "").strip():
    AXES_IPWARE_PROXY_COUNT = int(os.environ["TRUSTED_PROXY_COUNT"])
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")

# Two-step sign-in for everyone who can reach the admin (editor_2fa, django-otp): a password, then a
# code from an authenticator app or a recovery code. Only the dev settings may turn it off.
EDITOR_2FA_REQUIRED = True
OTP_TOTP_ISSUER = "Cancer Cachexia Society"

# Limits on public POSTs per client address: name -> (requests, seconds). See advocacy/rate_limits.py.
RATE_LIMITS = {
    "check_numbers": (int(os.environ.get("RATE_LIMIT_CHECKER_PER_10_MIN", "30")), 600),
    # Questions accepted (a form with a mistake in it does not count), and every POST of the form at all.
    "ask_question": (int(os.environ.get("RATE_LIMIT_QUESTIONS_PER_HOUR", "5")), 3600),
    "ask_question_posts": (int(os.environ.get("RATE_LIMIT_QUESTION_POSTS_PER_HOUR", "30")), 3600),
    "password_reset": (5, 3600),  # the admin's "forgotten password" form: it sends email
    # Sign-in forms (the admin's, private pages'), per address whatever the username (advocacy/password_forms.py).
    "sign_in": (int(os.environ.get("RATE_LIMIT_SIGN_IN_PER_15_MIN", "20")), 900),
    "shared_password": (10, 600),  # private pages' and documents' shared passwords, if they are ever turned on
}

# Questions from visitors (the questions app). Staff are told a question arrived, never what it says.
QUESTIONS_NOTIFY_EMAILS = env_list("QUESTIONS_NOTIFY_EMAILS")
# A person needs a few seconds to read the form and type; a faster submission is treated as a bot.
QUESTIONS_MIN_SECONDS_TO_SUBMIT = int(os.environ.get("QUESTIONS_MIN_SECONDS_TO_SUBMIT", "4"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# Wagtail
WAGTAIL_SITE_NAME = "Cancer Cachexia Society"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or PUBLIC_URL or "http://127.0.0.1:8000"
WAGTAILIMAGES_IMAGE_MODEL = "advocacy.SiteImage"
WAGTAILDOCS_DOCUMENT_MODEL = "materials.MaterialDocument"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "png", "jpg", "jpeg"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "materials.forms.SafeDocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILADMIN_UNSAFE_PAGE_DELETION_LIMIT = 10
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party avatars: they would leak editors' email hashes to Gravatar and break the admin CSP.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = False
# An approved workflow publishes through this, which records the clinical reviewer on health pages.
WAGTAIL_FINISH_WORKFLOW_ACTION = "advocacy.workflow_actions.publish_with_clinical_review"

# Purge a CDN or caching proxy when content changes (wagtail.contrib.frontend_cache backends, run by
# the task worker: advocacy/tasks.py). One of: a Varnish-style PURGE endpoint, Cloudflare, CloudFront.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
