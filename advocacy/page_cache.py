"""Whole-page cache for anonymous visitors, in Django's cache framework (Redis in production).

Why not wagtail-cache: its newest release (3.0.0) requires ``wagtail<8``. This middleware is small:

- Only anonymous ``GET`` requests are looked up: a request carrying a session or messages cookie
  (a signed-in editor, or a message waiting to be shown) always reaches the views. The admin
  (previews included), document downloads and the health check are never cached.
- A response is stored only if it is a plain 200 that sets no cookie (a CSRF token always sets one),
  varies on nothing but ``Cookie``, carries no CSP nonce and does not ask to stay private
  (``never_cache``, ``private``, ``no-store``, ``max-age=0``): the checker page with its CSRF form,
  the checker's result and site search stay uncached.
- Entries are keyed by scheme, host, path and query string, and stored with the site version read
  when the request began (advocacy/site_version.py). An entry made under an older version is never
  served, so any change an editor publishes shows on the very next request, in every worker.

Stored responses say ``Cache-Control: public, max-age=0, s-maxage=CDN_CACHE_SECONDS`` so that a CDN
may keep them briefly; responses to signed-in editors say ``private``.

The middleware is the first in the stack, so an entry holds the response's final headers. In
production, ``PageCacheApplication`` (advocacy/wsgi.py) also answers stored pages in front of Django,
before a request object, the middleware and the request signals are made: a hit then costs one Redis
round trip and little else. On a miss it hands the key and the site version it read to the
middleware, which does not read them again. See docs/scaling.md.
"""

import hashlib
from http import HTTPStatus

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.utils.cache import cc_delim_re, patch_cache_control

from .site_version import VERSION_KEY, current_version

HEADER = "X-Page-Cache"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/health/", settings.STATIC_URL)
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache", "max-age=0"}
# Set by PageCacheApplication on a miss: (entry key, site version or None). WSGI names with a dot
# never come from a client (request headers arrive as HTTP_*).
LOOKED_UP = "advocacy.page_cache"


def address(environ) -> tuple[str, ...]:
    """Scheme, host and path of a request, from the WSGI values as they came (no query string).

    Taken from the raw values rather than ``request.get_host()`` and friends so that the WSGI fronts
    and the middleware agree without building a request. A host Django refuses never gets an entry:
    its answer is a 400, which is not stored.
    """
    return (
        environ.get("wsgi.url_scheme", ""),
        environ.get(settings.SECURE_PROXY_SSL_HEADER[0], "") if settings.SECURE_PROXY_SSL_HEADER else "",
        environ.get("HTTP_X_FORWARDED_HOST", "") if settings.USE_X_FORWARDED_HOST else "",
        environ.get("HTTP_X_FORWARDED_PORT", "") if settings.USE_X_FORWARDED_PORT else "",
        environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}",
        environ.get("SCRIPT_NAME", ""),
        environ.get("PATH_INFO", ""),
    )


def entry_key(environ) -> str:
    """The entry for this scheme, host, path and query string."""
    parts = [*address(environ), environ.get("QUERY_STRING", "")]
    return "page:" + hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()


def looked_up_version(environ) -> str | None:
    """The site version the front read for this request, if it looked one up (and missed)."""
    found = environ.get(LOOKED_UP)
    return found[1] if found else None


def is_cacheable_environ(environ) -> bool:
    """An anonymous GET for a page: no session or messages cookie, not the admin, files or health."""
    if environ.get("REQUEST_METHOD") != "GET" or environ.get("PATH_INFO", "").startswith(EXCLUDED_PREFIXES):
        return False
    if "HTTP_COOKIE" not in environ:
        return True
    cookies = parse_cookie(environ["HTTP_COOKIE"])
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def is_cacheable_request(request) -> bool:
    return is_cacheable_environ(request.META)


def usable(entry, version) -> bool:
    return entry is not None and version is not None and entry[0] == version


def is_cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = {d.strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", "")) if d}
    if cache_control & PRIVATE_DIRECTIVES:
        return False
    vary = {v.strip().lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    if vary - {"cookie"}:
        return False
    return "'nonce-" not in response.get("Content-Security-Policy", "")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.seconds = settings.PAGE_CACHE_SECONDS
        self.cdn_seconds = settings.CDN_CACHE_SECONDS

    def __call__(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and "Cache-Control" not in response:
                patch_cache_control(response, private=True)  # a signed-in editor's view of the site
            return response
        if not self.seconds:
            request.site_version = current_version()
            return self.get_response(request)

        if LOOKED_UP in request.META:  # the WSGI front looked it up already, and missed
            key, version = request.META[LOOKED_UP]
        else:
            key = entry_key(request.META)
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY)
            if usable(found.get(key), version):
                return self.replay(found[key])
        version = request.site_version = version or current_version()

        response = self.get_response(request)
        if is_cacheable_response(request, response):
            if "Cache-Control" not in response:
                patch_cache_control(response, public=True, max_age=0, s_maxage=self.cdn_seconds)
            headers = [(name, value) for name, value in response.items() if name != HEADER]
            cache.set(key, (version, response.status_code, headers, response.content), self.seconds)
            response[HEADER] = "miss"
        return response

    @staticmethod
    def replay(entry) -> HttpResponse:
        _version, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HEADER] = "hit"
        return response


class PageCacheApplication:
    """Wraps Django's WSGI application: a stored page is answered here, before Django sees it."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if settings.PAGE_CACHE_SECONDS and is_cacheable_environ(environ):
            key = entry_key(environ)
            found = cache.get_many([VERSION_KEY, key])
            version = found.get(VERSION_KEY)
            entry = found.get(key)
            if usable(entry, version):
                _version, status, headers, content = entry
                start_response(f"{status} {HTTPStatus(status).phrase}", [*headers, (HEADER, "hit")])
                return [content]
            environ[LOOKED_UP] = (key, version)
        return self.application(environ, start_response)
