"""Helpers for the browser tests: axe-core scans, review screenshots and keyboard navigation."""

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

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
