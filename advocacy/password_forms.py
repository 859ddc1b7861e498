"""The public forms that take a password, each limited per address (advocacy/rate_limits.py).

advocacy/urls.py matches these before Wagtail's own patterns, at the same paths and names:

- the admin's sign-in form (``/admin/login/``) and Wagtail's sign-in form for private pages
  (``/_util/login/``) share the ``sign_in`` limit. django-axes locks one username at one address
  after a few failures; this stops one address trying many usernames.
- the shared-password forms of private pages (``/_util/authenticate_with_password/...``) and
  private documents (``/documents/authenticate_with_password/...``) answer 404 while shared
  passwords are off (``SHARED_PASSWORD`` in ``WAGTAIL_PRIVATE_PAGE_OPTIONS`` and
  ``WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS``, as in advocacy/settings/base.py), and are limited
  (``shared_password``) if an operator turns them on.
"""

import functools

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import Http404
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin.views import account
from wagtail.documents.views import serve as document_views

from .rate_limits import rate_limited

sign_in_limit = rate_limited("sign_in", methods=("POST",))
admin_sign_in = sign_in_limit(account.LoginView.as_view())
private_page_sign_in = sign_in_limit(
    auth_views.LoginView.as_view(template_name=wagtail_urls.WAGTAIL_FRONTEND_LOGIN_TEMPLATE)
)


def shared_password_form(options_setting: str, view):
    """``view``, limited per address, or 404 while the setting ``options_setting`` turns shared passwords off."""
    limited = rate_limited("shared_password", methods=("POST",))(view)

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not getattr(settings, options_setting, {}).get("SHARED_PASSWORD", True):  # Wagtail's default: on
            raise Http404
        return limited(request, *args, **kwargs)

    return wrapped


page_shared_password = shared_password_form("WAGTAIL_PRIVATE_PAGE_OPTIONS", wagtail_views.authenticate_with_password)
document_shared_password = shared_password_form(
    "WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS", document_views.authenticate_with_password
)
