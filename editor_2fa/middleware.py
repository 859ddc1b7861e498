"""Every signed-in editor passes the second step before the admin opens (catalogue C5, docs/sources.md).

Put after django-otp's ``OTPMiddleware``. After the password step an editor is signed in but not
verified: in the admin they are sent to set up their authenticator app (first sign-in) or to type
a code; everywhere else on the site they count as signed out, so a password alone opens nothing
(no userbar, no private pages or documents).
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode

from .devices import has_second_step

# Admin URLs an editor between the two steps may open (by URL name).
OPEN_BETWEEN_STEPS = (
    "editor_2fa_setup",
    "editor_2fa_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
)


def second_step_needed(user) -> str | None:
    """``"verify"``, ``"setup"`` or None for a signed-in user who has not passed the second step."""
    if not user.is_authenticated or user.is_verified():
        return None
    if has_second_step(user):
        return "verify"
    return "setup" if settings.EDITOR_2FA_REQUIRED else None


class RequireSecondStepMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def admin_prefix(self) -> str:
        return reverse("wagtailadmin_home")

    @cached_property
    def open_paths(self) -> tuple[str, ...]:
        return tuple(reverse(name) for name in OPEN_BETWEEN_STEPS) + (reverse("wagtailadmin_password_reset"),)

    def __call__(self, request):
        step = second_step_needed(request.user)
        if step:
            path = request.path_info
            if not path.startswith(self.admin_prefix):
                request.user = AnonymousUser()
                request.auser = _anonymous
            elif not path.startswith(self.open_paths):
                target = reverse(f"editor_2fa_{step}")
                return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


async def _anonymous():
    return AnonymousUser()
