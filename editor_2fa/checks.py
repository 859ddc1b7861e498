"""Production never runs without the second sign-in step (``check --deploy`` fails if it is off)."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def second_step_required(app_configs, **kwargs):
    if getattr(settings, "EDITOR_2FA_REQUIRED", True) or settings.DEBUG:
        return []
    return [
        Error(
            "EDITOR_2FA_REQUIRED is off: editors could reach the admin with a password alone.",
            hint="Only the dev settings may turn it off.",
            id="editor_2fa.E001",
        )
    ]
