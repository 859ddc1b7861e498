"""Test settings: production behaviour, minus the things that only cost time."""

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key-not-for-production-0123456789-abcdefghijklmnop"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PUBLIC_URL = ""  # tests set the Site's address themselves; a developer's exported PUBLIC_URL must not leak in
SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", BASE_DIR / "artifacts" / "test-media"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Serve static files straight from the finders: no collectstatic before tests or runserver.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# Local memory by default; with REDIS_URL the suite runs on the shared Redis, under a key prefix of
# its own so that clearing the cache between tests (tests/conftest.py) touches only this run's keys.
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX") or f"test-{os.getpid()}"  # noqa: F405
if REDIS_URL:  # noqa: F405
    CACHES = {alias: cache_config(alias, CACHE_KEY_PREFIX) for alias in ("default", "renditions")}  # noqa: F405
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
    }
CACHES["fragments"] = FRAGMENT_CACHE  # noqa: F405
# Tasks run inside the request that enqueues them, so tests see their effects at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
