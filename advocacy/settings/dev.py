"""Laptop settings: debug on, plain HTTP, a throwaway secret key."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]  # noqa: F405
PUBLIC_URL = PUBLIC_URL or "http://127.0.0.1:8000"  # where `make start` serves  # noqa: F405
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# The "a question arrived" email, printed on the console like every email here, unless you name other addresses.
QUESTIONS_NOTIFY_EMAILS = QUESTIONS_NOTIFY_EMAILS or ["triage@localhost"]  # noqa: F405

# Serve static files straight from the finders: no collectstatic before tests or runserver.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# A laptop without a phone: the demo admin signs in with a password alone, unless you turn the
# second step on to try it (EDITOR_2FA_REQUIRED=true). An editor who has set up an app is still asked.
EDITOR_2FA_REQUIRED = os.environ.get("EDITOR_2FA_REQUIRED", "false").lower() == "true"  # noqa: F405

# One process on a laptop: local memory is enough, unless REDIS_URL asks for the shared cache.
if not REDIS_URL:  # noqa: F405
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"},
    }
    CACHES["fragments"] = FRAGMENT_CACHE  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
