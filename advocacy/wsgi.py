import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "advocacy.settings.production")

django_application = get_wsgi_application()

from advocacy.page_cache import PageCacheApplication  # noqa: E402 (needs the settings, set up above)
from materials.download_front import DownloadFront  # noqa: E402

# Stored pages are answered first; then downloads Django has served before (one counted UPDATE each).
application = PageCacheApplication(DownloadFront(django_application))
