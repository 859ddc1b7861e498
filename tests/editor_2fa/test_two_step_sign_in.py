"""Two-step sign-in for the admin (catalogue C5): a password, then a code from an app or a recovery code.

Every test here signs in through the real forms (the password form, then the code form), never
with ``force_login``, which tests/conftest.py gives a session that has passed both steps.
"""

import re
from base64 import b32decode
from io import StringIO

import pytest
import segno
from django.conf import settings
from django.core.management import call_command
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from editor_2fa import devices

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password"
SETUP = "/admin/two-step/setup/"
VERIFY = "/admin/two-step/verify/"


@pytest.fixture(autouse=True)
def _clean_axes():
    from axes.utils import reset

    reset()
    yield
    reset()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


@pytest.fixture
def enrolled(editor):
    """The editor with a confirmed app and ten recovery codes."""
    device = TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
    codes = devices.new_recovery_codes(editor)
    return device, codes


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.drift += steps_ahead
    return f"{totp.token():06d}"


def password_step(client, username="editor", password=PASSWORD, next_url="/admin/"):
    response = client.post("/admin/login/", {"username": username, "password": password, "next": next_url})
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response["Location"])


def test_a_password_alone_does_not_open_the_admin(client, editor):
    response = password_step(client)
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)
    for url in ("/admin/", "/admin/pages/", "/admin/documents/", "/admin/users/", "/admin/two-step/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(SETUP), url


def test_between_the_steps_the_editor_counts_as_signed_out_on_the_site(client, editor, demo_site):
    from wagtail.models import Collection, CollectionViewRestriction

    from materials.models import MaterialDocument

    password_step(client)
    home = client.get("/").content.decode()
    assert "wagtail-userbar" not in home  # the editor's toolbar needs both steps

    document = MaterialDocument.objects.first()
    private = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    document.collection = private
    document.save()
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_first_sign_in_sets_up_an_app_from_the_qr_code(client, editor):
    response = client.get(password_step(client)["Location"])
    assert response.status_code == 200
    html = response.content.decode()
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    expected_qr = segno.make(device.config_url, error="m").svg_inline(
        border=4, omitsize=True, title="QR code to scan with your authenticator app", svgclass="otp-qr"
    )
    assert expected_qr in html
    assert device.config_url.startswith("otpauth://totp/Cancer%20Cachexia%20Society%3Aeditor?secret=")
    secret = re.search(r'id="editor-2fa-secret">([A-Z2-7 ]+)<', html).group(1)
    assert b32decode(secret.replace(" ", "")) == device.bin_key
    assert client.get(SETUP).content.decode().count(secret) == 1  # a reload shows the same secret

    wrong = client.post(SETUP, {"code": "000000" if code_for(device) != "000000" else "111111"})
    assert wrong.status_code == 200
    assert "That code did not work" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()  # django-otp slows down retries after a failure; a person waits a second
    session_before = client.cookies[settings.SESSION_COOKIE_NAME].value
    done = client.post(SETUP, {"code": code_for(device), "next": "/admin/pages/"})
    assert done.status_code == 200
    codes = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", done.content.decode())
    assert len(codes) == 10
    assert client.cookies[settings.SESSION_COOKIE_NAME].value != session_before  # a new session key
    assert 'href="/admin/pages/"' in done.content.decode()
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_sign_in_with_a_code_from_the_app(client, enrolled):
    device, _codes = enrolled
    response = password_step(client, next_url="/admin/pages/")
    assert response["Location"].startswith(VERIFY)
    assert client.get("/admin/pages/")["Location"].startswith(VERIFY)
    done = client.post(VERIFY + "?next=/admin/pages/", {"code": code_for(device), "next": "/admin/pages/"})
    assert done.status_code == 302
    assert done["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_a_replayed_code_is_refused(client, enrolled):
    device, _codes = enrolled
    code = code_for(device)
    password_step(client)
    assert client.post(VERIFY, {"code": code})["Location"] == "/admin/"

    from django.test import Client

    thief = Client()
    password_step(thief)
    replay = thief.post(VERIFY, {"code": code})
    assert replay.status_code == 200
    assert "That code did not work" in replay.content.decode()
    assert thief.get("/admin/").status_code == 302


def test_an_older_code_is_refused_once_a_newer_one_was_used(client, enrolled):
    device, _codes = enrolled
    password_step(client)
    assert client.post(VERIFY, {"code": code_for(device, steps_ahead=1)}).status_code == 302
    client.logout()
    password_step(client)
    device.refresh_from_db()
    refused = client.post(VERIFY, {"code": code_for(device, steps_ahead=0)})
    assert refused.status_code == 200


def test_a_recovery_code_works_once(client, enrolled):
    _device, codes = enrolled
    password_step(client)
    response = client.post(VERIFY, {"code": codes[0].upper().replace("-", " ")})  # as typed from paper
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert devices.recovery_codes_left(_device.user) == 9

    client.logout()
    password_step(client)
    again = client.post(VERIFY, {"code": codes[0]})
    assert again.status_code == 200
    assert "That code did not work" in again.content.decode()


def test_running_low_on_recovery_codes_is_pointed_out(client, enrolled):
    device, codes = enrolled
    StaticToken.objects.filter(device__user=device.user).exclude(token=codes[0].replace("-", "")).delete()
    password_step(client)
    response = client.post(VERIFY, {"code": codes[0]}, follow=True)
    assert "You have 0 left" in response.content.decode()


def test_wrong_codes_count_towards_the_sign_in_lockout(client, enrolled):
    device, _codes = enrolled
    password_step(client)
    wrong = "000000" if code_for(device) != "000000" else "111111"
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert client.post(VERIFY, {"code": wrong}).status_code == 200
    locked = client.post(VERIFY, {"code": wrong})
    assert locked.status_code in (403, 429)
    assert "Too many sign-in attempts" in locked.content.decode()
    assert client.get("/admin/")["Location"].startswith("/admin/login/")  # signed out
    # The password is refused too until the cool-off ends, even with a good code to follow.
    refused = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert refused.status_code in (403, 429)
    from axes.models import AccessAttempt

    assert all(wrong not in attempt.post_data for attempt in AccessAttempt.objects.all())


def test_a_half_signed_in_editor_cannot_replace_the_app(client, enrolled):
    """Someone with only the password must not be able to swap in their own phone."""
    password_step(client)
    response = client.get(SETUP)
    assert response.status_code == 302 and response["Location"].startswith(VERIFY)
    assert client.post(SETUP, {"code": "123456"})["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(confirmed=False).count() == 0


def test_the_next_address_stays_on_this_site(client, enrolled):
    device, _codes = enrolled
    password_step(client)
    response = client.post(VERIFY, {"code": code_for(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_a_signed_in_editor_can_make_new_recovery_codes_and_the_old_ones_stop_working(admin_client, superuser):
    old = devices.new_recovery_codes(superuser)
    page = admin_client.get("/admin/two-step/")
    assert "You have 10 recovery codes left" in page.content.decode()
    response = admin_client.post("/admin/two-step/", {"action": "new-codes"})
    new = re.findall(r"<code>([a-z2-7]{4}-[a-z2-7]{4})</code>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert devices.verify(superuser, new[0]) is not None
    assert devices.verify(superuser, old[0]) is None


def test_the_account_menu_links_to_two_step_sign_in(admin_client):
    assert 'href="/admin/two-step/"' in admin_client.get("/admin/account/").content.decode()


def test_a_test_session_without_the_second_step_is_refused(client, superuser):
    """The test fixture marks force-logged-in sessions as verified; without that mark, no admin."""
    from django_otp import DEVICE_ID_SESSION_KEY

    client.force_login(superuser)
    assert client.get("/admin/").status_code == 200
    session = client.session
    del session[DEVICE_ID_SESSION_KEY]
    session.save()
    assert client.get("/admin/")["Location"].startswith(VERIFY)


def test_dev_settings_may_skip_the_setup_but_never_an_app_already_set_up(client, editor, settings):
    settings.EDITOR_2FA_REQUIRED = False
    assert password_step(client).status_code == 200  # the demo admin on a laptop without a phone
    client.logout()
    TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)
    assert password_step(client)["Location"].startswith(VERIFY)


def test_check_deploy_fails_if_the_second_step_is_off(settings):
    from editor_2fa.checks import second_step_required

    settings.DEBUG = False
    assert second_step_required(None) == []
    settings.EDITOR_2FA_REQUIRED = False
    assert [error.id for error in second_step_required(None)] == ["editor_2fa.E001"]


def test_production_settings_always_require_the_second_step(monkeypatch):
    import importlib
    import sys

    monkeypatch.setenv("SECRET_KEY", "x" * 60)
    monkeypatch.setenv("ALLOWED_HOSTS", "portal.example.org")
    monkeypatch.setenv("DATABASE_URL", "sqlite:////tmp/unused.sqlite3")
    monkeypatch.setenv("EDITOR_2FA_REQUIRED", "false")
    sys.modules.pop("advocacy.settings.production", None)
    production = importlib.import_module("advocacy.settings.production")
    try:
        assert production.EDITOR_2FA_REQUIRED is True
        assert "editor_2fa.middleware.RequireSecondStepMiddleware" in production.MIDDLEWARE
    finally:
        sys.modules.pop("advocacy.settings.production", None)


def test_an_administrator_resets_a_lost_phone(client, enrolled):
    device, _codes = enrolled
    out = StringIO()
    call_command("reset_two_step", "editor", stdout=out)
    assert "Removed 2 sign-in device(s) of editor" in out.getvalue()
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert devices.recovery_codes_left(device.user) == 0
    assert password_step(client)["Location"].startswith(SETUP)
