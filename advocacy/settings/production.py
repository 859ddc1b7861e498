"""Production settings: refuse to start without the secrets and hosts it needs."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

for _name in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
    if not os.environ.get(_name, "").strip():
        raise ImproperlyConfigured(f"{_name} must be set in the environment for production.")

DEBUG = False
EDITOR_2FA_REQUIRED = True  # never relaxed in production, whatever the environment says
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() == "true"
EMAIL_TIMEOUT = 10  # a slow mail server must not hold a visitor's request for long
SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405
ADMINS = [("Site admin", a) for a in env_list("ADMIN_EMAILS")]  # noqa: F405
TEMPLATES[0]["OPTIONS"]["debug"] = False  # noqa: F405
