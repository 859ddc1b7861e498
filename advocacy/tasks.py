"""Background tasks (django-tasks; a database queue worked by ``manage.py db_worker`` in production)."""

from django_tasks import task
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page


@task()
def purge_frontend_cache() -> int:
    """Ask the configured CDN or proxy (WAGTAILFRONTENDCACHE) to drop every live page of every site.

    Queued after each content change (advocacy/cache_invalidation.py): a change to the navigation,
    the site settings or a criteria set can show on any page. Returns how many URLs were purged.
    """
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().public().specific())
    batch.purge()
    return len(batch.urls)
