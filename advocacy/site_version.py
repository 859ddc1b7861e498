"""One site-wide cache version: every cached page and fragment is stored under it.

Publishing, unpublishing, moving or deleting a page, publishing a snippet with drafts, saving site
settings, a snippet without drafts, a document or an image (advocacy/cache_invalidation.py) sets a
new version, so everything cached before is never served again. The version lives in Django's cache
(Redis in production), so a bump in one worker reaches every worker on every app server at once.
See docs/scaling.md.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "site-version"
# Long enough never to matter; if the key expires or is evicted, a new version simply starts over.
VERSION_SECONDS = 30 * 24 * 3600


def new_version() -> str:
    return uuid.uuid4().hex[:16]


def current_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, new_version(), timeout=VERSION_SECONDS)
        version = cache.get(VERSION_KEY) or "unset"
    return version


def bump_version() -> str:
    version = new_version()
    cache.set(VERSION_KEY, version, timeout=VERSION_SECONDS)
    return version


def version_for_request(request) -> str:
    """The version read once at the start of this request (by the page cache), or now."""
    version = getattr(request, "site_version", None) if request is not None else None
    if version is None:
        version = current_version()
        if request is not None:
            request.site_version = version
    return version
