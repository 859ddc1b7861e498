"""The stable download URL answered in front of Django, once Django has served it.

A download can never come from the page cache: each one is counted, and the file is read afresh.
But once Django has served a material's file to an anonymous visitor (page live and public, file
in no private collection, all checks passed), everything about the next answer is known but the
count: the file on disk and the headers every middleware added. So Django's download view offers
that route (``offer``), and ``DownloadFront``, which wraps Django's WSGI application inside the page
cache's front (advocacy/wsgi.py), keeps it in the worker's memory under the site version the request
ran with. The next anonymous ``GET`` of the same address, under the same site version, is answered
here: one ``UPDATE`` adds it to the day's count, then the file goes out with the same headers.

Anything that could change the answer sets a new site version (advocacy/cache_invalidation.py): a
publish, unpublish, move or delete, a replaced document, a view restriction on a page or collection.
Then the route is never used again, and the next download goes through Django (and offers it anew).

Django still answers everything else: signed-in editors, ``HEAD``, conditional and range requests,
a file whose size has changed or is gone, files in object storage (streamed by Django), and any
download whose count fails to be written (Django then shows its own error page).
"""

import dataclasses
import os

from django.core.cache import cache
from django.db import DatabaseError

from advocacy import site_memo
from advocacy.page_cache import address, is_cacheable_environ, looked_up_version
from advocacy.site_version import VERSION_KEY

from .download_routes import OFFERED, ROUTES, Route
from .models.downloads import DownloadDay

# Requests Django must answer: conditional and partial GETs get a 304 or a 206 from it.
DJANGO_ONLY_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_RANGE")
SMALL_FILE = 64 * 1024  # read whole; larger files go out through the server's file wrapper (sendfile)


def answerable(environ) -> bool:
    return is_cacheable_environ(environ) and not any(name in environ for name in DJANGO_ONLY_HEADERS)


class DownloadFront:
    """Wraps Django's WSGI application: answers the downloads Django has offered, under the same site version."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        if not answerable(environ):
            return self.application(environ, start_response)
        key = address(environ)
        kept = site_memo.kept(ROUTES)
        route = kept[1].get(key) if kept else None
        if route is not None and self.current_version(environ) == kept[0]:
            answer = self.answer(route, environ, start_response)
            if answer is not None:
                return answer
        return self.through_django(key, environ, start_response)

    @staticmethod
    def current_version(environ) -> str | None:
        """The version the page cache's front read for this request, or (with the page cache off) now."""
        return looked_up_version(environ) or cache.get(VERSION_KEY)

    @staticmethod
    def answer(route: Route, environ, start_response):
        try:
            file = open(route.path, "rb")  # noqa: SIM115 (closed below, or by the server after sending)
        except OSError:
            return None
        try:
            if os.fstat(file.fileno()).st_size != route.size:
                file.close()
                return None
            DownloadDay.objects.record(route.material_id)
        except (OSError, DatabaseError):  # Django answers instead: its count, or its error page
            file.close()
            return None
        start_response("200 OK", list(route.headers))
        if route.size <= SMALL_FILE or "wsgi.file_wrapper" not in environ:
            with file:
                return [file.read()]
        return environ["wsgi.file_wrapper"](file, SMALL_FILE)

    def through_django(self, key, environ, start_response):
        started = {}

        def watching(status, headers, exc_info=None):
            started["status"], started["headers"] = status, headers
            return start_response(status, headers, exc_info)

        body = self.application(environ, watching)
        offered = environ.get(OFFERED)
        if offered and started.get("status", "").startswith("200 "):
            headers = started["headers"]
            if not any(name.lower() == "set-cookie" for name, _value in headers):
                route, version = offered
                site_memo.keep(ROUTES, version, key, dataclasses.replace(route, headers=tuple(headers)))
        return body
