"""The journeys of issue 6, in a real Chromium against the live server and the demo site.

The handout journey grew into tests/browser/test_public_controls.py (issue 9), with the other public controls.
"""

import re
from urllib.parse import urlparse

import pytest

from .helpers import assert_accessible, open_menu, sign_in, tab_to

pytestmark = pytest.mark.browser

EDITOR_PASSWORD = "a-long-editor-password"


def test_patient_finds_and_downloads_a_material_by_keyboard_only(demo, page):
    page.goto(demo + "/")

    skip = tab_to(page, lambda f: True)
    assert skip["text"] == "Skip to main content"

    tab_to(page, lambda f: f["text"] == "Patient materials")
    page.keyboard.press("Enter")
    page.wait_for_url("**/materials/")
    assert page.locator("h1").inner_text() == "Patient materials"

    tab_to(page, lambda f: f["text"] == "Understanding cachexia: a short guide")
    page.keyboard.press("Enter")
    page.wait_for_url("**/materials/understanding-cachexia/")

    tab_to(page, lambda f: f["text"].startswith("Download"))
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


def test_visitor_checks_their_numbers_and_nothing_leaves_the_page(demo, page):
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(demo + "/about-cachexia/stages/check-your-numbers/")

    page.get_by_label("Kilograms and centimetres").check()
    page.get_by_label("Your weight now").fill("68.4")
    page.get_by_label("Your weight before you started losing weight").fill("73.5")
    page.get_by_label("How many months ago was that earlier weight?").fill("5")
    page.get_by_label("Height in centimetres").fill("172")
    page.get_by_label("Your age in years").fill("61")
    page.locator("fieldset, div").filter(has_text="Have you lost your appetite").get_by_label("Yes").first.check()
    page.get_by_role("button", name="Check my numbers").click()
    page.wait_for_url("**/about-cachexia/stages/check/")

    summary = page.locator(".numbers-summary").inner_text()
    assert "23.1" in summary  # BMI: 68.4 / 1.72²
    assert "6.9%" in summary  # weight loss: (73.5 - 68.4) / 73.5
    assert "This is not a diagnosis" in page.locator("main").inner_text()
    assert_accessible(page, "stages-checker-result")

    # Only this site was asked for anything, and the numbers went in one POST body, never in a URL.
    origin = urlparse(demo).netloc
    for request in requests:
        assert urlparse(request.url).netloc == origin, request.url
        for value in ("68.4", "73.5", "172"):
            assert value not in request.url, request.url
    posts = [r for r in requests if r.method == "POST"]
    assert len(posts) == 1 and "68.4" in posts[0].post_data

    # Back to the form: the browser must not have kept the numbers.
    page.go_back()
    page.wait_for_url("**/about-cachexia/stages/check-your-numbers/")
    assert page.get_by_label("Your weight now").input_value() == ""
    assert page.get_by_label("Height in centimetres").input_value() == ""


def test_editor_logs_in_edits_a_page_and_publishes_it(live_site, page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", EDITOR_PASSWORD)
    sign_in(page, live_site, "editor", EDITOR_PASSWORD)

    from wagtail.models import Page

    community = Page.objects.get(slug="community", locale__language_code="en")
    page.goto(f"{live_site}/admin/pages/{community.id}/edit/")
    title = page.locator("#id_title")
    title.fill("Community and support groups")
    open_menu(
        page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first,
        page.get_by_role("button", name="Publish"),
    ).click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))
    assert "has been published" in page.locator(".messages").inner_text()

    page.goto(live_site + community.url)
    assert page.locator("h1").inner_text() == "Community and support groups"
    assert page.title().startswith("Community and support groups")
