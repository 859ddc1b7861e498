"""Test settings: production behaviour, minus the things that only cost time."""

from .base import *  # noqa: F403

SECRET_KEY = "test-secret-key-not-for-production-0123456789-abcdefghijklmnop"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SECURE_SSL_REDIRECT = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", BASE_DIR / "artifacts" / "test-media"))  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAIL_AUTOSAVE_INTERVAL = 0

# Serve static files straight from the finders: no collectstatic before tests or runserver.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
