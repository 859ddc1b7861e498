"""Small site-wide lookups kept in each worker's memory, for one site version at a time.

Every page view needs the site for its host, the site settings and the pages' view restrictions.
They change only when an editor changes something, which sets a new site version
(advocacy/site_version.py, advocacy/cache_invalidation.py). So each worker keeps its own copy,
tagged with the version it was read under, and reads again when the version moves on: no query on
most requests, and never stale. The version is the one the page cache read when the request began.
"""

import contextvars

from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from .site_version import current_version, version_for_request

request_version: contextvars.ContextVar[str | None] = contextvars.ContextVar("site_version", default=None)
_memo: dict = {}
ROOT_PATHS = "site-root-paths"


def version() -> str:
    return request_version.get() or current_version()


_MISSING = object()


def recall(key, at_version: str):
    """The value kept under ``key`` for ``at_version``, else ``_MISSING``."""
    found = _memo.get(key)
    return found[1] if found is not None and found[0] == at_version else _MISSING


def remember(key, build):
    """``build()``'s value, kept until the site version changes."""
    now = version()
    value = recall(key, now)
    if value is _MISSING:
        value = build()
        _memo[key] = (now, value)
    return value


def remember_many(table: str, key, build, limit: int = 5000):
    """``build()``'s value, kept in ``table`` until the site version changes: for lookups with many
    keys (one per URL path), so the table holds at most ``limit`` of them and starts afresh when full."""
    entries = remember(table, dict)
    value = entries.get(key, _MISSING)
    if value is _MISSING:
        if len(entries) >= limit:
            entries.clear()
        value = entries[key] = build()
    return value


def kept(table: str) -> tuple[str, dict] | None:
    """``(version, entries)`` last kept in ``table``, whatever the version, or None.

    For the WSGI fronts (materials/download_front.py), which look a path up before they know the
    request's site version, and read the version only for a path they could answer.
    """
    return _memo.get(table)


def keep(table: str, at_version: str, key, value, limit: int = 5000) -> None:
    """Keep ``value`` under ``key`` in ``table`` for ``at_version``; a table kept for another version
    (or full) starts afresh."""
    found = _memo.get(table)
    if found is None or found[0] != at_version or len(found[1]) >= limit:
        found = _memo[table] = (at_version, {})
    found[1][key] = value


def ancestors(page) -> list:
    """``page``'s ancestors below the tree's root, as their specific types (fields deferred), top first.
    They change only when a page is published, moved or deleted: a new site version."""
    return remember(("ancestors", page.pk), lambda: list(page.get_ancestors().filter(depth__gt=1).specific(defer=True)))


def site_for_request(request) -> Site | None:
    """Wagtail's ``Site.find_for_request``, remembered per host (with its root page, loaded once)."""
    if not hasattr(request, "_wagtail_site"):  # Wagtail's own per-request attribute
        request._wagtail_site = remember(
            ("site", request.get_host()), lambda: with_specific_root(Site.find_for_request(request))
        )
    return request._wagtail_site


def locales() -> dict[str, Locale]:
    """Every Locale by language code, read once per site version."""
    return remember("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


def active_locale() -> Locale:
    """Wagtail's ``Locale.get_active()`` (the active language's locale, else the default one), from memory."""
    from wagtail.coreutils import get_supported_content_language_variant

    found_locales = locales()
    for code in (translation.get_language(), settings.LANGUAGE_CODE):
        try:
            found = found_locales.get(get_supported_content_language_variant(code))
        except LookupError:
            continue
        if found is not None:
            return found
    return Locale.get_default()


def live_translations(page) -> dict:
    """``page`` and its live translations (plain pages) by Wagtail locale code ("en", "es")."""

    def build():
        pages = Page.objects.filter(translation_key=page.translation_key, live=True).select_related("locale")
        return {version.locale.language_code: version for version in pages}

    return remember(("translations", page.translation_key), build)


def language_versions(page) -> dict:
    """The live versions of ``page`` that anyone may see, by locale code, ``page`` itself included."""
    return {code: version for code, version in live_translations(page).items() if not view_restrictions(version)}


def home_pages(site) -> dict:
    """The site's live home page in each language, by locale code."""
    return live_translations(site.root_page)


def localized(page, specific=True):
    """Wagtail's ``page.localized`` (its live translation in the active language, else ``page``), as its
    specific page type (or, with ``specific=False``, as a plain page: no query for its type), from memory."""
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return page
    found = live_translations(page).get(code)
    if found is None or found.pk == page.pk:
        return page
    if not specific:
        return found
    return remember(("specific", found.pk), lambda: found.specific)


def localized_home(site):
    """The site's home page in the active language, or the site's own root page if it has no live translation."""
    return localized(site.root_page)


def with_specific_root(site: Site | None) -> Site | None:
    """The site with its root page as its specific page type, whose ``localized`` answers from memory
    (advocacy/models/base.py): Wagtail routes every request from ``site.root_page.localized``."""
    if site is not None:
        site.root_page = site.root_page.specific
    return site


def _restrictions():
    restrictions = [(r.page.path, r) for r in PageViewRestriction.objects.select_related("page")]
    aliases = set(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    return restrictions, aliases


class Restrictions(list):
    """A remembered list of restrictions that also answers ``exists()``, as Wagtail's copy and alias
    actions (copying a page, translating it) ask of ``get_view_restrictions()``."""

    def exists(self) -> bool:
        return bool(self)


def view_restrictions(page) -> list | None:
    """The restrictions on ``page`` and its ancestors, or None where an alias makes it Wagtail's job."""
    restrictions, aliases = remember("view-restrictions", _restrictions)
    ancestry = [page.path[:i] for i in range(Page.steplen, len(page.path) + 1, Page.steplen)]
    if aliases.intersection(ancestry):
        return None
    return Restrictions(restriction for path, restriction in restrictions if page.path.startswith(path))


def public(pages):
    """``pages.public()`` without its query: leave out every restricted section."""
    restrictions, _aliases = remember("view-restrictions", _restrictions)
    for path, _restriction in restrictions:
        pages = pages.exclude(path__startswith=path)
    return pages


class SiteMemoMiddleware:
    """Makes the request's site version the memo's, and hands Wagtail the site from memory.

    On a miss, for Wagtail's page view, the site is found just before the view runs (``process_view``:
    a database error there becomes the friendly 503 page with all its headers, as in the view), with
    its root page as its specific type, and remembered: so Wagtail routes from ``root_page.localized``
    through the memo on a worker's first request too, and a Spanish page costs no more queries than an
    English one. Other views (``/health/`` among them) look the site up only if they need it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        version = version_for_request(request)
        token = request_version.set(version)
        site = recall(("site", request.get_host()), version)
        if site is not _MISSING:
            request._wagtail_site = site  # Wagtail's own per-request attribute (Site.find_for_request)
        # Every page URL needs the sites' root paths, which Wagtail keeps in the shared cache (a round
        # trip per request) and then on the request: kept here instead, per version, once a request
        # has read them. Saving a site or moving a page sets a new version.
        paths = recall(ROOT_PATHS, version)
        if paths is not _MISSING:
            request._wagtail_cached_site_root_paths = paths
        try:
            return self.get_response(request)
        finally:
            request_version.reset(token)
            read = getattr(request, "_wagtail_cached_site_root_paths", None)
            if read is not None and paths is _MISSING:
                _memo[ROOT_PATHS] = (version, read)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name == "wagtail_serve":
            site_for_request(request)
