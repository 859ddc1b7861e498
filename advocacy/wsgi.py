import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "advocacy.settings.production")

django_application = get_wsgi_application()

from advocacy.page_cache import PageCacheApplication  # noqa: E402 (needs the settings, set up above)

application = PageCacheApplication(django_application)
