"""axe-core at WCAG 2.2 A/AA on every public page type, at 375 px and 1280 px, with screenshots.

Screenshots go to artifacts/screenshots/<page type>-375.png and -1280.png for human review.
The handout and the checker's result page are scanned in test_journeys.py, where they are built.
"""

import pytest

from .helpers import FOCUS_STATE, review_page, tab_to

pytestmark = pytest.mark.browser

PAGES = [
    ("home", "/"),
    ("mission", "/mission/"),
    ("section-index", "/about-cachexia/"),
    ("content-page", "/about-cachexia/what-is-cachexia/"),
    ("stages", "/about-cachexia/stages/"),
    ("checker", "/about-cachexia/stages/check-your-numbers/"),
    ("community", "/community/"),
    ("materials-index", "/materials/"),
    ("materials-filtered", "/materials/?audience=patient&q=weight"),
    ("material-page", "/materials/understanding-cachexia/"),
    ("handout", "/materials/handout/?m=eating-well&m=weight-diary"),
    ("handout-missing", "/materials/handout/?m=no-such-material"),
    ("search-results", "/search/?q=weight"),
    ("search-empty", "/search/"),
    ("ask", "/ask/"),
    ("answers-index", "/answers/"),
    ("answer-page", "/answers/seeing-a-dietitian/"),
]


def test_every_public_page_type_has_no_wcag_violations(demo, page):
    problems = []
    for name, path in PAGES:
        response = page.goto(demo + path)
        assert response.status == 200, f"{path}: {response.status}"
        assert page.locator("h1").count() == 1, f"{path} needs exactly one h1"
        problems += review_page(page, name)

    response = page.goto(demo + "/no-such-page/")
    assert response.status == 404
    assert "We cannot find that page" in page.locator("h1").inner_text()
    problems += review_page(page, "404")
    # The browser logs the page's own 404 as a console error: that one is expected.
    page.problems[:] = [p for p in page.problems if "404 (Not Found) (" + demo + "/no-such-page/" not in p]

    assert problems == [], "axe found WCAG A/AA violations:\n" + "\n".join(problems)


def test_checker_errors_are_accessible_and_focus_is_always_visible(demo, page):
    page.goto(demo + "/about-cachexia/stages/check-your-numbers/")
    # Every tab stop from the top of the page to the submit button shows where focus is.
    tab_to(page, lambda f: f["text"] == "Check my numbers", max_tabs=120)
    page.keyboard.press("Enter")
    page.wait_for_url("**/about-cachexia/stages/check/")
    summary = page.get_by_role("alert")
    assert "Please check these answers" in summary.inner_text()
    problems = review_page(page, "stages-checker-errors")
    assert problems == [], "axe found WCAG A/AA violations:\n" + "\n".join(problems)

    # The error summary links move focus to the field in question.
    summary.get_by_role("link").first.focus()
    page.keyboard.press("Enter")
    focused = page.evaluate(FOCUS_STATE)
    assert focused is not None and focused["tag"] == "input", focused


def test_the_too_many_requests_page_says_what_to_do_if_it_is_urgent(demo, page, settings):
    """Over a limit, a visitor may be in a hurry: the 429 page repeats the ask page's urgent help."""
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "ask_question_posts": (0, 3600)}
    page.goto(demo + "/ask/")
    page.get_by_label("Your question", exact=True).fill("Is it normal to lose weight while eating?")
    page.get_by_role("button", name="Send my question").click()
    page.wait_for_url("**/ask/send/")
    assert page.locator("h1").inner_text() == "Please wait a moment"
    urgent = page.get_by_role("region", name="This form is not for urgent problems")
    assert "call 999 now" in urgent.inner_text() and urgent.get_by_role("link", name="999").is_visible()
    assert "Nothing you typed was saved." in page.locator("main").inner_text()
    problems = review_page(page, "429")
    # The browser logs the 429 itself as a console error: that one is expected.
    page.problems[:] = [p for p in page.problems if "429 (Too Many Requests)" not in p]
    assert problems == [], "axe found WCAG A/AA violations:\n" + "\n".join(problems)
