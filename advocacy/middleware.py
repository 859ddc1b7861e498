"""Middleware for headers Django lacks and for a calm answer when the database is down."""

import sys

from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers


class CrossOriginResourcePolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response


DATABASE_ERRORS = (OperationalError, InterfaceError)


def _caused_by_database(exc: BaseException | None) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, DATABASE_ERRORS):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def _note_database_error(sender, request=None, **kwargs):
    """Django turns an exception into a 500 response *inside* the middleware stack (each layer is
    wrapped by ``convert_exception_to_response``), so the outermost middleware never sees the
    exception itself. This receiver, run while Django handles it, marks the request instead."""
    if request is not None and _caused_by_database(sys.exc_info()[1]):
        request.database_unavailable = True


got_request_exception.connect(_note_database_error, dispatch_uid="advocacy.database_unavailable")


class DatabaseUnavailableMiddleware:
    """Outermost middleware: a friendly 503 instead of a 500 or a traceback when the database is unreachable.

    It wraps everything, so errors raised in session or auth middleware or in Wagtail's
    site lookup are caught too. The 503 template must not touch the database. The 500
    response Django built keeps its headers (CSP, HSTS and the rest); only its status,
    body and caching change.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_ERRORS:  # only reached with DEBUG_PROPAGATE_EXCEPTIONS
            response = HttpResponse(status=500)
            request.database_unavailable = True
        if response.status_code == 500 and getattr(request, "database_unavailable", False):
            response = self.unavailable(response)
        return response

    @staticmethod
    def unavailable(response):
        response.status_code = 503
        response.content = render_to_string("503.html")
        response["Content-Type"] = "text/html; charset=utf-8"
        if "Content-Length" in response:
            response["Content-Length"] = str(len(response.content))
        response["Retry-After"] = "60"
        add_never_cache_headers(response)
        return response


class AdminContentSecurityPolicyMiddleware:
    """The Wagtail admin's own Content-Security-Policy.

    The public policy (django-csp, ``CONTENT_SECURITY_POLICY``) excludes ``/admin/``: Wagtail's
    admin still ships inline scripts and styles. Rather than leave the admin with no policy at all,
    this sends ``ADMIN_CONTENT_SECURITY_POLICY``: inline code is allowed, but every source stays
    on this site, and only this site may frame it (the preview panel is a same-origin iframe).
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # Exactly the prefixes the public policy leaves out: no path goes without a policy.
        self.prefixes = tuple(settings.CONTENT_SECURITY_POLICY["EXCLUDE_URL_PREFIXES"])
        self.policy = build_policy(config=settings.ADMIN_CONTENT_SECURITY_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(self.prefixes) and CSP_HEADER not in response:
            response[CSP_HEADER] = self.policy
        return response
