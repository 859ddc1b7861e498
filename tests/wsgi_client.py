"""Call a WSGI application as a server does, and the project's WSGI fronts around Django.

For the fronts in advocacy/wsgi.py (the page cache's and the download front), which answer before
Django builds a request, so Django's test client never reaches them.
"""

import contextlib
import io
import sys

from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections


@contextlib.contextmanager
def django_behind(*fronts):
    """``fronts`` (outermost first) around Django's WSGI handler, and the paths that reached Django.

    Like Django's test client, the request signals leave the test's database connection open.
    """
    django_app = WSGIHandler()
    reached = []

    def counted(environ, start_response):
        reached.append(environ["PATH_INFO"])
        return django_app(environ, start_response)

    app = counted
    for front in reversed(fronts):
        app = front(app)
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield app, reached
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def call(app, path, method="GET", query="", cookie=None, binary=False, **headers):
    """``(status, headers, body)`` of one request; ``headers`` as WSGI names (``HTTP_RANGE="bytes=0-9"``)."""
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "localhost",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        **headers,
    }
    if cookie:
        environ["HTTP_COOKIE"] = cookie
    started = {}

    def start_response(status, response_headers, exc_info=None):
        started["status"], started["headers"] = status, response_headers

    body = app(environ, start_response)
    try:
        content = b"".join(body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return started["status"], dict(started["headers"]), content if binary else content.decode()
