"""The four journeys of issue 6, in a real Chromium against the live server and the demo site."""

import re
from urllib.parse import urlparse

import pytest

from .helpers import assert_accessible, tab_to

pytestmark = pytest.mark.browser

EDITOR_PASSWORD = "a-long-editor-password"


def test_patient_finds_and_downloads_a_material_by_keyboard_only(live_site, page):
    page.goto(live_site + "/")

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


def test_clinician_builds_a_handout(live_site, page):
    page.goto(live_site + "/materials/")
    first, second = "Eating well when you don't feel hungry", "Questions to ask your care team"
    page.get_by_label(f"Add to handout: {first}").check()
    page.get_by_label(f"Add to handout: {second}").check()
    page.get_by_role("button", name="Make a handout of the ticked materials").click()
    page.wait_for_url("**/materials/handout/**")

    items = page.locator(".handout-item")
    assert items.count() == 2
    assert sorted(items.locator("h2").all_inner_texts()) == sorted([first, second])
    short_links = items.get_by_role("link").all()
    assert len(short_links) == 2
    for link in short_links:
        assert re.fullmatch(r"/m/[a-z0-9]+/", urlparse(link.get_attribute("href")).path), link.get_attribute("href")
    assert items.locator("figure.qr svg").count() == 2

    copyable = page.get_by_label("Link to this handout (copy it to send by email or text)")
    assert copyable.get_attribute("readonly") is not None
    handout_url = copyable.input_value()
    assert handout_url.startswith(live_site + "/materials/handout/")
    assert_accessible(page, "handout")

    # The copied link opens the same handout; a short link opens the material.
    page.goto(handout_url)
    assert sorted(page.locator(".handout-item h2").all_inner_texts()) == sorted([first, second])
    page.goto(short_links[0].get_attribute("href"))
    assert page.locator("h1").inner_text() in (first, second)


def test_visitor_checks_their_numbers_and_nothing_leaves_the_page(live_site, page):
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(live_site + "/about-cachexia/stages/")

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
    origin = urlparse(live_site).netloc
    for request in requests:
        assert urlparse(request.url).netloc == origin, request.url
        for value in ("68.4", "73.5", "172"):
            assert value not in request.url, request.url
    posts = [r for r in requests if r.method == "POST"]
    assert len(posts) == 1 and "68.4" in posts[0].post_data

    # Back to the form: the browser must not have kept the numbers.
    page.go_back()
    page.wait_for_url("**/about-cachexia/stages/")
    assert page.get_by_label("Your weight now").input_value() == ""
    assert page.get_by_label("Height in centimetres").input_value() == ""


def test_editor_logs_in_edits_a_page_and_publishes_it(live_site, page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", EDITOR_PASSWORD)
    page.goto(live_site + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_site + "/admin/")

    from wagtail.models import Page

    community = Page.objects.get(slug="community")
    page.goto(f"{live_site}/admin/pages/{community.id}/edit/")
    title = page.locator("#id_title")
    title.fill("Community and support groups")
    page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first.click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))
    assert "has been published" in page.locator(".messages").inner_text()

    page.goto(live_site + community.url)
    assert page.locator("h1").inner_text() == "Community and support groups"
    assert page.title().startswith("Community and support groups")
