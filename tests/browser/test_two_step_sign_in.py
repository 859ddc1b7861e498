"""Two-step sign-in, as an editor does it in Chromium: set up an app from the QR code page, then codes."""

import re
from base64 import b32decode

import pytest

from .helpers import SCREENSHOT_DIR, VIEWPORTS, code_from_app, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "a-long-editor-password"


@pytest.fixture
def editor(live_site, django_user_model):
    return django_user_model.objects.create_superuser("newcomer", "newcomer@example.org", PASSWORD)


def screenshots(page, name):
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for label in ("375", "1280"):
        page.set_viewport_size(VIEWPORTS[label])
        page.screenshot(path=str(SCREENSHOT_DIR / f"{name}-{label}.png"), full_page=True)


def test_first_sign_in_sets_up_the_app_by_scanning_the_code(live_site, page, editor):
    sign_in(page, live_site, "newcomer", PASSWORD, second_step=False)
    assert "/admin/two-step/setup/" in page.url
    assert page.get_by_role("heading", name="Set up two-step sign-in").is_visible()
    qr = page.locator("figure.editor-2fa-qr svg")
    assert qr.is_visible()
    box = qr.bounding_box()
    assert box["width"] >= 150 and box["height"] >= 150  # big enough for a phone camera
    screenshots(page, "admin-two-step-setup")

    # The phone "scans" the code: the app learns the secret the page shows under the QR code.
    secret = page.locator("#editor-2fa-secret").inner_text()
    key = b32decode(secret.replace(" ", ""))
    page.get_by_label("The 6-digit code your app shows").fill(code_from_app(key))
    page.get_by_role("button", name="Confirm and continue").click()

    page.get_by_role("heading", name="Save your recovery codes").wait_for()
    codes = page.get_by_role("list", name="Recovery codes").get_by_role("listitem").all_inner_texts()
    assert len(codes) == 10 and all(re.fullmatch(r"[a-z2-7]{4}-[a-z2-7]{4}", code) for code in codes)
    screenshots(page, "admin-two-step-recovery-codes")
    page.get_by_role("link", name="I have saved them: continue").click()
    page.wait_for_url(live_site + "/admin/")
    assert page.get_by_role("heading", name=re.compile("Cancer Cachexia Society|Welcome")).first.is_visible()


def test_sign_in_with_a_code_after_one_wrong_code(live_site, page, editor):
    from editor_2fa.devices import new_recovery_codes

    from .helpers import authenticator_for

    device = authenticator_for("newcomer")
    new_recovery_codes(editor)
    sign_in(page, live_site, "newcomer", PASSWORD, second_step=False)
    assert "/admin/two-step/verify/" in page.url
    right = code_from_app(device.bin_key)
    page.get_by_label("Code").fill("000000" if right != "000000" else "111111")
    page.get_by_role("button", name="Continue").click()
    assert "That code did not work" in page.locator("main").inner_text()
    screenshots(page, "admin-two-step-wrong-code")

    page.wait_for_timeout(1100)  # django-otp makes a person wait a second after a wrong code
    page.get_by_label("Code").fill(code_from_app(device.bin_key))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(live_site + "/admin/")


def test_sign_in_with_a_recovery_code_from_paper(live_site, page, editor):
    from editor_2fa.devices import new_recovery_codes

    from .helpers import authenticator_for

    authenticator_for("newcomer")
    printed = new_recovery_codes(editor)
    sign_in(page, live_site, "newcomer", PASSWORD, second_step=False)
    page.get_by_label("Code").fill(printed[3].upper().replace("-", " "))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(live_site + "/admin/")

    page.goto(live_site + "/admin/two-step/")
    assert "You have 9 recovery codes left" in page.locator("main").inner_text()


def test_a_replayed_code_is_refused(live_site, page, editor, browser):
    from .helpers import authenticator_for

    device = authenticator_for("newcomer")
    code = code_from_app(device.bin_key)
    sign_in(page, live_site, "newcomer", PASSWORD, second_step=False)
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(live_site + "/admin/")

    # Someone who saw the code over the editor's shoulder tries it in another browser.
    other = browser.new_context(viewport=VIEWPORTS["1280"])
    try:
        thief = other.new_page()
        sign_in(thief, live_site, "newcomer", PASSWORD, second_step=False)
        thief.get_by_label("Code").fill(code)
        thief.get_by_role("button", name="Continue").click()
        assert "That code did not work" in thief.locator("main").inner_text()
        thief.goto(live_site + "/admin/pages/")
        assert "/admin/two-step/verify/" in thief.url
    finally:
        other.close()
