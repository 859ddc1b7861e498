"""The second sign-in step: set up an authenticator app on first sign-in, then a code each time.

See docs/two-step-sign-in.md for the editor's side and the administrator's.
"""

import django_otp
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from . import devices
from .forms import CodeForm


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _signed_in(request, device):
    """The second step is passed: remember the device in the session, under a new session key."""
    django_otp.login(request, device)
    request.session.cycle_key()


def _lockout(request, credentials):
    logout(request)
    return get_lockout_response(request, credentials=credentials)


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def setup(request):
    """Set up an authenticator app: scan the QR code (or type the secret), then type a code to confirm.

    Open to an editor without an app (their first sign-in) and to a verified editor moving to a
    new phone; an editor who has an app but has not typed a code yet cannot replace it here.
    """
    user = request.user
    if devices.has_second_step(user) and not user.is_verified():
        return redirect(f"{reverse('editor_2fa_verify')}?{request.GET.urlencode()}")
    device = devices.pending_app(user)
    form = CodeForm(
        request.POST or None,
        user=user,
        label="The 6-digit code your app shows",
        candidates=[device],
    )
    if request.method == "POST" and form.is_valid():
        codes = devices.confirm_app(device)
        device.refresh_from_db()
        _signed_in(request, device)
        context = {"codes": codes, "next": _next_url(request), "first_time": True}
        return TemplateResponse(request, "editor_2fa/recovery_codes.html", context)
    context = {
        "form": form,
        "qr_code": devices.qr_code_svg(device, "QR code to scan with your authenticator app"),
        "secret": devices.secret_for_typing(device),
        "next": _next_url(request),
        "replacing": user.is_verified(),
    }
    return TemplateResponse(request, "editor_2fa/setup.html", context)


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def verify(request):
    """Type the code from the app, or a recovery code. Failures count towards the sign-in lockout."""
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not devices.has_second_step(user):
        return redirect(f"{reverse('editor_2fa_setup')}?{request.GET.urlencode()}")
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_locked(request, credentials):
        return _lockout(request, credentials)
    form = CodeForm(
        request.POST or None,
        user=user,
        label="Code",
        help_text="The 6-digit code your authenticator app shows. Lost your phone? Type one of your recovery "
        "codes instead.",
    )
    if request.method == "POST":
        if form.is_valid():
            _signed_in(request, form.device)
            left = devices.recovery_codes_left(user)
            if form.device.persistent_id.startswith("otp_static.") and left <= 3:
                messages.warning(
                    request,
                    f"You used a recovery code. You have {left} left: make new ones from your account page "
                    "(Account, then Two-step sign-in).",
                )
            return redirect(_next_url(request))
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if getattr(request, "axes_locked_out", False):
            return _lockout(request, credentials)
    return TemplateResponse(request, "editor_2fa/verify.html", {"form": form, "next": _next_url(request)})


@never_cache
@require_http_methods(["GET", "POST"])
def account(request):
    """The editor's own page: is the app set up, how many recovery codes are left, make new codes."""
    user = request.user
    if request.method == "POST" and request.POST.get("action") == "new-codes":
        codes = devices.new_recovery_codes(user)
        return TemplateResponse(request, "editor_2fa/recovery_codes.html", {"codes": codes, "first_time": False})
    context = {
        "page_title": "Two-step sign-in",
        "header_icon": "key",
        "has_app": devices.has_second_step(user),
        "codes_left": devices.recovery_codes_left(user),
    }
    return TemplateResponse(request, "editor_2fa/account.html", context)
