"""Helpers for the browser tests: axe-core scans, review screenshots and keyboard navigation."""

import re
import time
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
VIEWPORTS = {"375": {"width": 375, "height": 812}, "1280": {"width": 1280, "height": 900}}
# WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe-core tags). axe.min.js ships with
# axe-playwright-python, so the scan needs no network.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()

# What the focused element is, and whether a sighted keyboard user can see where focus is.
FOCUS_STATE = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow && style.boxShadow !== 'none';
    return {
        tag: el.tagName.toLowerCase(),
        text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' '),
        href: el.getAttribute('href'),
        visible: rect.width > 0 && rect.height > 0,
        indicated: outline || ring,
        html: el.outerHTML.slice(0, 160),
    };
}"""


def axe_violations(page, name: str) -> list[str]:
    """Run axe-core at WCAG 2.2 A/AA; return readable lines, one block per violation (empty if none)."""
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    violations = _axe.run(page, options=options).response["violations"]
    lines = []
    for violation in violations:
        lines.append(f"{name} ({page.url}): {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:10]:
            target = " ".join(str(t) for t in node["target"])
            summary = re.sub(r"\s+", " ", node.get("failureSummary") or "").strip()
            lines.append(f"    {target}: {summary}")
            lines.append(f"      {node['html'][:200]}")
    return lines


def review_page(page, name: str) -> list[str]:
    """Full-page screenshots at 375 px and 1280 px (for human review) and an axe scan at each width.

    Returns the violations found; the viewport is left at 1280 px.
    """
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    problems = []
    for label in ("375", "1280"):
        page.set_viewport_size(VIEWPORTS[label])
        page.screenshot(path=str(SCREENSHOT_DIR / f"{name}-{label}.png"), full_page=True)
        problems += axe_violations(page, f"{name} at {label} px")
    return problems


def assert_accessible(page, name: str) -> None:
    problems = review_page(page, name)
    if problems:
        pytest.fail("axe found WCAG A/AA violations:\n" + "\n".join(problems), pytrace=False)


def assert_axe_clean(page, name: str) -> None:
    """axe at WCAG 2.2 A/AA at the page's current width, with a screenshot for review (for journeys that run
    at each width themselves)."""
    width = page.viewport_size["width"]
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT_DIR / f"{name}-{width}.png"), full_page=True)
    problems = axe_violations(page, f"{name} at {width} px")
    if problems:
        pytest.fail("axe found WCAG A/AA violations:\n" + "\n".join(problems), pytrace=False)


def top_on_page(locator) -> float:
    """How far down the page (in CSS pixels) an element starts, wherever the page is scrolled."""
    return locator.bounding_box()["y"] + locator.page.evaluate("window.scrollY")


def in_view(locator) -> bool:
    """Whether an element starts inside the window as it is now (half a pixel of rounding allowed)."""
    box = locator.bounding_box()
    return box is not None and -0.5 <= box["y"] < locator.page.viewport_size["height"]


def focus_lands_on(page, selector: str, timeout_ms: int = 5000) -> bool:
    """Whether focus reaches ``selector`` within the timeout.

    ``autofocus`` is applied at the browser's next rendering step, which can come after the load
    event that ``wait_for_url`` waits for; a fixed check right after load was flaky on a busy machine.
    """
    try:
        page.wait_for_function(
            "s => document.activeElement && document.activeElement.matches(s)", arg=selector, timeout=timeout_ms
        )
    except PlaywrightTimeoutError:
        return False
    return True


def tab_to(page, matches, max_tabs: int = 80) -> dict:
    """Press Tab until ``matches(focus_state)`` is true; every stop on the way must show where focus is."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        state = page.evaluate(FOCUS_STATE)
        if state is None:
            continue
        assert state["visible"], f"focus went to an invisible element: {state['html']}"
        assert state["indicated"], f"no visible focus indicator on {state['html']}"
        if matches(state):
            return state
    pytest.fail(f"never reached the element after {max_tabs} presses of Tab on {page.url}", pytrace=False)


def authenticator_for(username: str):
    """The user's authenticator app (a confirmed django-otp TOTP device), made if they have none."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = get_user_model().objects.get_by_natural_key(username)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    return device or TOTPDevice.objects.create(user=user, name="Test phone", confirmed=True)


def code_from_app(key: bytes, *, used_step: int = -1, step: int = 30, digits: int = 6) -> str:
    """What an authenticator app shows now for the secret ``key``: never a code already used.

    Each code works once (django-otp remembers the last time step it accepted), so when the code
    for this 30-second step is used up, this waits for the next one, as a person would.
    """
    from django_otp.oath import TOTP

    totp = TOTP(key, step=step, digits=digits)
    while totp.t() <= used_step:
        time.sleep(0.5)
    return f"{totp.token():0{digits}d}"


def sign_in(page, base_url: str, username: str, password: str, *, second_step: bool = True) -> None:
    """Sign in to the Wagtail admin through its own forms, as an editor does.

    Every admin journey signs in through here, so the sign-in steps are written in one place. The
    first step is the username and password; the second is the 6-digit code from the editor's
    authenticator app (made for them here if they have none, and read with django-otp's TOTP).
    With ``second_step=False`` it stops after the password, on the page that asks for the code
    (or, for an editor without an app, the page that sets one up).
    """
    device = authenticator_for(username) if second_step else None
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r".*/admin/two-step/(verify|setup)/.*"))
    if not second_step:
        return
    device.refresh_from_db()
    page.get_by_label("Code").fill(code_from_app(device.bin_key, used_step=device.last_t))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(base_url + "/admin/")


def open_menu(toggle, item, attempts: int = 5):
    """Click an admin dropdown's ``toggle`` until its ``item`` shows, and return the item.

    The admin's menus open once their Stimulus controller has connected; on a busy machine a click can
    come first and do nothing. A person clicks again; so does this."""
    for _ in range(attempts):
        toggle.click()
        try:
            item.wait_for(state="visible", timeout=3000)
            return item
        except PlaywrightTimeoutError:
            continue
    item.wait_for(state="visible")  # fails with Playwright's own message
    return item
