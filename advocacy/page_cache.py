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
may keep them briefly; responses to signed-in editors say ``private``. See docs/scaling.md.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

from .site_version import VERSION_KEY, current_version

HEADER = "X-Page-Cache"
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/health/")
PRIVATE_DIRECTIVES = {"private", "no-store", "no-cache", "max-age=0"}


def entry_key(request) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return "page:" + hashlib.sha256(url.encode()).hexdigest()


def is_cacheable_request(request) -> bool:
    return (
        request.method == "GET"
        and not request.path_info.startswith(EXCLUDED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


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

        key = entry_key(request)
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or current_version()
        request.site_version = version
        entry = found.get(key)
        if entry is not None and entry[0] == version:
            return self.replay(entry)

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
