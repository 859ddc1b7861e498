"""Set a new site cache version whenever something a public page can show has changed.

Generic, so that new page types, snippets and settings are covered without being listed here:

- any page published, unpublished, moved or deleted (Wagtail's page signals);
- any model with drafts (criteria sets, and any later snippet with drafts) published or unpublished
  (Wagtail's ``published`` / ``unpublished`` signals), or deleted;
- any save or delete of a snippet without drafts, a site or generic setting, a site, a locale, a
  collection, a document, an image, a redirect, or a view restriction on a page or a collection;
- ``migrate`` (every deploy runs it: new templates must not be served from an old cache).

Draft saves, download counts, sessions and the like change nothing a visitor sees, so they do not
clear the cache. The version is set at once and again when the transaction commits: a request that
read the old rows before the commit cannot leave an old page under the new version. When a CDN is
configured, a purge of the site's pages is queued for the task worker (advocacy/tasks.py).
"""

import functools

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Locale,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished
from wagtail.snippets.models import get_snippet_models

from .site_version import bump_version


def content_changed(**kwargs) -> None:
    bump_version()
    connection = transaction.get_connection()
    # One publish sends several signals: one commit-time bump (and purge) per transaction is enough.
    if not any(callback is _after_commit for _ids, callback, _robust in connection.run_on_commit):
        transaction.on_commit(_after_commit)


def _after_commit() -> None:
    bump_version()
    if settings.WAGTAILFRONTENDCACHE:
        from .tasks import purge_frontend_cache

        purge_frontend_cache.enqueue()


@functools.cache
def shows_on_public_pages(model) -> bool:
    """True for models whose every save can change a public page (not models with drafts: see above)."""
    if issubclass(model, DraftStateMixin):
        return False
    always = (
        BaseSiteSetting,
        BaseGenericSetting,
        Site,
        Locale,
        Collection,
        PageViewRestriction,
        CollectionViewRestriction,
        Redirect,
        get_document_model(),
        get_image_model(),
    )
    return issubclass(model, always) or model in get_snippet_models()


# Filled in by Wagtail the first time a file's size or hash is read: nothing a visitor sees changes.
DERIVED_FILE_FIELDS = {"file_size", "file_hash"}


def on_save(sender, raw=False, update_fields=None, **kwargs) -> None:
    if raw or (update_fields and set(update_fields) <= DERIVED_FILE_FIELDS):
        return
    if shows_on_public_pages(sender):
        content_changed()


def on_delete(sender, instance, **kwargs) -> None:
    if isinstance(instance, DraftStateMixin) or shows_on_public_pages(sender):
        content_changed()


def connect() -> None:
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(content_changed, dispatch_uid=f"cache-invalidation-{id(signal)}")
    post_save.connect(on_save, dispatch_uid="cache-invalidation-save")
    post_delete.connect(on_delete, dispatch_uid="cache-invalidation-delete")
    post_migrate.connect(content_changed, dispatch_uid="cache-invalidation-migrate")
