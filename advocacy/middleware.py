"""Middleware for the security headers Django does not send by itself."""

from csp.constants import HEADER as CSP_HEADER
from csp.utils import build_policy
from django.conf import settings


class CrossOriginResourcePolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
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
