"""An editor's second step: an authenticator app (a django-otp TOTP device) and recovery codes.

Recovery codes are a django-otp static device: each code works once and is deleted when used.
"""

from base64 import b32encode

import django_otp
import segno
from django.db import transaction
from django.utils.safestring import mark_safe
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

APP_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"
RECOVERY_CODE_COUNT = 10


def has_second_step(user) -> bool:
    """True once the editor has set up an authenticator app."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_app(user) -> TOTPDevice:
    """The app being set up: the same secret on every reload until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    return device or TOTPDevice.objects.create(user=user, name=APP_NAME, confirmed=False)


def secret_for_typing(device: TOTPDevice) -> str:
    """The secret as an app asks for it when typed in by hand, in groups of four."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice, label: str):
    """The ``otpauth://`` link as an inline SVG QR code, made on the server (no script, no request)."""
    code = segno.make(device.config_url, error="m")
    return mark_safe(code.svg_inline(border=4, omitsize=True, title=label, svgclass="otp-qr"))  # noqa: S308 (segno escapes)


@transaction.atomic
def confirm_app(device: TOTPDevice) -> list[str]:
    """Make ``device`` the editor's only app and give them a fresh set of recovery codes."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Replace the editor's recovery codes; returns the new ones (shown once, never again)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def normalise(code: str) -> str:
    return "".join(ch for ch in code if ch not in " -\t").lower()


def verify(user, code: str, devices=None):
    """The device that accepts ``code`` (each code works once), or None.

    Six digits are tried against the app, anything else against the recovery codes. django-otp
    refuses a code already used and slows down repeated failures on each device.
    """
    code = normalise(code)
    if devices is None:
        model = TOTPDevice if (len(code) == 6 and code.isdigit()) else StaticDevice
        devices = model.objects.filter(user=user, confirmed=True)
    for device in devices:
        verified = django_otp.verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified
    return None


@transaction.atomic
def forget(user) -> int:
    """Remove the editor's app and recovery codes, so they set up again at their next sign-in.

    Returns how many devices (apps and sets of recovery codes) were removed."""
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        removed += model.objects.filter(user=user).count()
        model.objects.filter(user=user).delete()
    return removed
