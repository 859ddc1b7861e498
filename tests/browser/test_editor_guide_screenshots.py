"""The editors' guide (docs/editors.md), walked through the Wagtail admin's own screens in Chromium.

Two journeys on a fresh demo site (``live_site``), each signed in through ``helpers.sign_in``:

- an editor (the "Editors" group) opens the page explorer, edits a leaflet, submits it to
  "Clinical review" and triages a visitor's question;
- an administrator opens a criteria set, the downloads report (with a date filter and a CSV export),
  the reviews-due report, the translations to check (checking one off) and the site settings, and
  saves a change there.

Each step asserts what the screen shows, then saves a 1280 px viewport screenshot under the fixed
name docs/editors.md embeds: into artifacts/guide/ on an ordinary run (so a test run leaves the
repository as it was), and into docs/images/ with ``UPDATE_GUIDE_IMAGES=1``. After changing an admin
screen, run ``UPDATE_GUIDE_IMAGES=1 pytest tests/browser/test_editor_guide_screenshots.py`` and commit
the new images with the change.
"""

import csv
import datetime
import io
import os
import re
from pathlib import Path

import pytest

from .helpers import VIEWPORTS, open_menu, sign_in

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "docs" / "images" if os.environ.get("UPDATE_GUIDE_IMAGES") == "1" else ROOT / "artifacts" / "guide"
MAX_IMAGE_BYTES = 300_000
PASSWORD = "a-long-editor-password"
LEAFLET = "Eating well when you don't feel hungry"
QUESTION = "My father has lost a lot of weight since his chemotherapy started. Is this cachexia, and who can help?"


def screenshot(page, name: str) -> None:
    """The visible part of the screen at 1280 px, as <name>.png (kept small for the repository)."""
    assert page.viewport_size == VIEWPORTS["1280"]
    IMAGES.mkdir(parents=True, exist_ok=True)
    path = IMAGES / f"{name}.png"
    page.screenshot(path=str(path), animations="disabled", caret="hide")
    size = path.stat().st_size
    assert size < MAX_IMAGE_BYTES, f"{path.name} is {size} bytes: keep guide images under {MAX_IMAGE_BYTES}"


def main(page):
    return page.locator("main")


def heading(page):
    return page.get_by_role("heading", level=1)


@pytest.fixture
def editor(live_site, page, django_user_model):
    """A member of the "Editors" group (as ``manage.py setup_editorial_roles`` sets it up), signed in."""
    from django.contrib.auth.models import Group

    from advocacy.clinical_review import EDITORS_GROUP

    user = django_user_model.objects.create_user("guide-editor", "editor@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    sign_in(page, live_site, "guide-editor", PASSWORD)
    return page


@pytest.fixture
def administrator(live_site, page, django_user_model):
    django_user_model.objects.create_superuser("guide-admin", "admin@example.org", PASSWORD)
    sign_in(page, live_site, "guide-admin", PASSWORD)
    return page


def test_an_editor_edits_a_leaflet_submits_it_for_review_and_triages_a_question(live_site, editor):
    from django.utils import timezone
    from wagtail.models import WorkflowState

    from materials.models import MaterialPage
    from questions.choices import AskerRole, Status
    from questions.models import Question

    question = Question.objects.create(text=QUESTION, asker_role=AskerRole.CAREGIVER, consent_to_publish=True)
    Question.objects.create(  # three weeks old, so overdue
        text="Where can my patients find the diary you mention, and is there a large-print version?",
        asker_role=AskerRole.CLINICIAN,
        consent_to_publish=True,
        received_at=timezone.now() - datetime.timedelta(days=21),
    )
    leaflet = MaterialPage.objects.get(title=LEAFLET)
    live_summary = leaflet.summary

    # The dashboard: what is waiting.
    editor.goto(live_site + "/admin/")
    panel = main(editor).get_by_role("region", name="Questions from visitors")
    assert panel.get_by_role("link", name="2 new questions").is_visible()
    assert "1 overdue" in panel.inner_text()
    screenshot(editor, "dashboard")

    # The page explorer, from the menu, down to the materials.
    editor.get_by_role("navigation").get_by_role("button", name="Pages").click()
    explorer = editor.get_by_role("dialog", name="Page explorer")
    explorer.get_by_role("link", name=re.compile(r"^Home")).first.click()
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))
    for title in ("Patient materials", "About cachexia", "Our mission", "Ask our experts"):
        assert main(editor).get_by_role("link", name=title).first.is_visible(), title
    screenshot(editor, "page-explorer")
    assert heading(editor).inner_text().strip().endswith("Home")
    main(editor).get_by_role("link", name=re.compile(r"child pages of .Patient materials")).click()
    main(editor).get_by_role("link", name=LEAFLET).first.wait_for()
    assert heading(editor).inner_text().strip().endswith("Patient materials")

    # Edit the leaflet.
    main(editor).get_by_role("link", name=LEAFLET).first.click()
    editor.wait_for_url(re.compile(rf".*/admin/pages/{leaflet.pk}/edit/$"))
    for label in ("Title", "Summary"):
        assert editor.get_by_role("textbox", name=re.compile(rf"^{label}")).is_visible(), label
    assert main(editor).locator("[data-panel-heading-text]", has_text="Who and what it is for").is_visible()
    summary = editor.get_by_role("textbox", name=re.compile(r"^Summary"))
    summary.fill(live_summary + " Easy recipes included.")
    screenshot(editor, "material-edit")

    # Health pages offer "Submit to Clinical review", never "Publish".
    toggle = editor.locator("footer [data-w-dropdown-target='toggle']").first
    submit = open_menu(toggle, editor.get_by_role("button", name="Submit to Clinical review"))
    assert editor.locator("footer").get_by_role("button", name="Publish", exact=True).count() == 0
    screenshot(editor, "submit-for-review")
    submit.click()
    editor.get_by_text(f"Page '{LEAFLET}' has been submitted").first.wait_for()

    leaflet.refresh_from_db()
    assert leaflet.summary == live_summary  # still the approved text on the live site
    assert leaflet.get_latest_revision_as_object().summary.endswith("Easy recipes included.")
    assert WorkflowState.objects.filter(object_id=str(leaflet.pk), status=WorkflowState.STATUS_IN_PROGRESS).exists()

    # Triage the question.
    editor.get_by_role("navigation").get_by_role("link", name="Questions").click()
    editor.wait_for_url(re.compile(r".*/admin/questions/$"))
    row = main(editor).get_by_role("row").filter(has_text="My father has lost a lot of weight")
    assert "New" in row.inner_text()
    screenshot(editor, "question-triage")

    row.get_by_role("link").first.click()
    editor.wait_for_url(re.compile(rf".*/admin/questions/edit/{question.pk}/$"))
    assert editor.get_by_role("button", name="Draft the answer page").is_visible()
    editor.get_by_role("combobox", name=re.compile(r"^Status")).select_option(label="Assigned")
    editor.get_by_role("textbox", name="Internal notes").fill("Ask the dietitian on the panel.")
    main(editor).locator("[data-panel-heading-text]", has_text="Triage").evaluate(
        "el => el.scrollIntoView({block: 'start'})"
    )
    editor.mouse.wheel(0, -140)  # the Draft button and the sent question's last lines in view too
    screenshot(editor, "question-edit")
    main(editor).get_by_role("button", name="Save").click()
    editor.wait_for_url(re.compile(r".*/admin/questions/$"))
    question.refresh_from_db()
    assert question.status == Status.ASSIGNED
    assert question.internal_notes == "Ask the dietitian on the panel."


def test_an_administrator_reads_the_criteria_the_downloads_report_and_changes_site_settings(
    live_site, administrator, tmp_path
):
    from django.utils import timezone
    from wagtail.models import Locale

    from advocacy.models import ContentPage, SiteSettings, TranslationReview
    from materials.models import DownloadDay, MaterialPage
    from staging.models import CriteriaSet

    today = timezone.localdate()
    leaflet = MaterialPage.objects.get(title=LEAFLET)
    diary = MaterialPage.objects.get(title="A weekly weight and appetite diary")
    DownloadDay.objects.create(material=leaflet, date=today, count=7)
    DownloadDay.objects.create(material=leaflet, date=today - datetime.timedelta(days=3), count=5)
    DownloadDay.objects.create(material=diary, date=today - datetime.timedelta(days=90), count=40)
    causes = ContentPage.objects.get(slug="causes", locale__language_code="en")

    # The criteria sets, and one set's stages and rules.
    administrator.get_by_role("navigation").get_by_role("link", name="Cachexia stages").click()
    listing = main(administrator)
    listing.get_by_role("link", name="International consensus (Fearon and others, 2011)").wait_for()
    assert listing.get_by_role("link", name="The society's own wording").is_visible()
    screenshot(administrator, "criteria-sets")
    listing.get_by_role("link", name="International consensus (Fearon and others, 2011)").click()
    administrator.get_by_role("textbox", name=re.compile(r"^Source citation")).wait_for()
    assert "Lancet Oncol" in administrator.get_by_role("textbox", name=re.compile(r"^Source citation")).input_value()
    # A stage's first rule, then a threshold changed: saved as a draft, the live set unchanged until published.
    value = main(administrator).get_by_role("spinbutton", name=re.compile(r"^Value")).first
    value.evaluate("el => el.scrollIntoView({block: 'center'})")
    assert main(administrator).get_by_role("combobox", name=re.compile(r"^Metric")).first.is_visible()
    assert main(administrator).get_by_role("combobox", name=re.compile(r"^Verification")).first.is_visible()
    assert float(value.input_value()) == 5  # pre-cachexia: weight loss of no more than 5%
    screenshot(administrator, "criteria-set-editor")
    value.fill("6")
    main(administrator).get_by_role("button", name="Save draft").click()
    administrator.locator(".messages").get_by_text(re.compile(r"updated", re.I)).wait_for()
    fearon = CriteriaSet.objects.get(slug="fearon-2011", locale__language_code="en")
    draft_stage = fearon.get_latest_revision_as_object().stages.all()[0]
    assert draft_stage.rule_groups[0].value["conditions"][0]["value"] == 6
    live_stage = fearon.stages.get(slug="pre-cachexia")
    assert live_stage.rule_groups[0].value["conditions"][0]["value"] == 5

    # The downloads report: the last 30 days by default, then a chosen period, then a CSV.
    administrator.get_by_role("navigation").get_by_role("button", name="Reports").click()
    administrator.get_by_role("navigation").get_by_role("link", name="Downloads").click()
    administrator.wait_for_url(re.compile(r".*/admin/reports/downloads/$"))
    row = main(administrator).get_by_role("row").filter(has_text=LEAFLET)
    assert row.get_by_role("cell").nth(1).inner_text().strip() == "12"
    diary_row = main(administrator).get_by_role("row").filter(has_text="A weekly weight and appetite diary")
    assert diary_row.get_by_role("cell").nth(1).inner_text().strip() == "0"
    assert diary_row.get_by_role("cell").nth(2).inner_text().strip() == "40"

    start = today - datetime.timedelta(days=120)
    administrator.get_by_role("button", name="Show filters").click()
    administrator.get_by_role("button", name="Period").click()
    administrator.get_by_placeholder("Date from").fill(start.isoformat())
    administrator.get_by_placeholder("Date to").fill(today.isoformat())
    administrator.get_by_placeholder("Date to").press("Tab")
    diary_row.get_by_role("cell").nth(1).filter(has_text="40").wait_for()  # the list updates by itself
    assert row.get_by_role("cell").nth(1).inner_text().strip() == "12"
    administrator.reload()  # the address keeps the period; the heading names it
    assert f"{start:%-d %b %Y} to {today:%-d %b %Y}" in heading(administrator).inner_text()
    assert diary_row.get_by_role("cell").nth(1).inner_text().strip() == "40"
    assert administrator.get_by_role("button", name=re.compile(rf"^Period: {start:%-d %b %Y}")).is_visible()
    administrator.get_by_role("button", name="Show filters").click()
    administrator.get_by_role("button", name=re.compile(r"^Period \d+$")).click()
    assert administrator.get_by_placeholder("Date from").input_value() == start.isoformat()
    screenshot(administrator, "downloads-report")
    administrator.keyboard.press("Escape")
    administrator.get_by_role("button", name="Actions").click()
    with administrator.expect_download() as download_info:
        administrator.get_by_role("link", name=re.compile("Download CSV")).click()
    rows = list(csv.DictReader(io.StringIO(Path(download_info.value.path()).read_text(encoding="utf-8-sig"))))
    # The export link has no ``download`` attribute, so Chromium starts a navigation and turns it into
    # the download: that navigation is reported as aborted. It is the download above, not an error.
    export_navigation = [p for p in administrator.problems if "export=csv" in p and "net::ERR_ABORTED" in p]
    assert len(export_navigation) == 1
    administrator.problems.remove(export_navigation[0])
    by_title = {r["Material"]: r for r in rows}
    assert by_title[LEAFLET]["Downloads in the period"] == "12"
    assert by_title["A weekly weight and appetite diary"]["Downloads in the period"] == "40"

    # The reviews-due report: a health page whose review date has passed comes first.
    ContentPage.objects.filter(pk=causes.pk).update(next_review_due=today - datetime.timedelta(days=12))
    administrator.get_by_role("navigation").get_by_role("button", name="Reports").click()
    administrator.get_by_role("navigation").get_by_role("link", name="Reviews due").click()
    administrator.wait_for_url(re.compile(r".*/admin/reports/reviews-due/$"))
    first_row = main(administrator).locator("tbody").get_by_role("row").first
    assert "What causes cachexia?" in first_row.inner_text() and "Overdue by 12 days" in first_row.inner_text()
    screenshot(administrator, "reviews-due")

    # Translations to check: the Spanish pages a native-speaking clinician must read; one is checked off.
    administrator.get_by_role("navigation").get_by_role("link", name="Translations to check").click()
    spanish_causes = causes.get_translation(Locale.objects.get(language_code="es"))
    entry = main(administrator).get_by_role("row").filter(has_text=spanish_causes.title)
    assert TranslationReview.objects.get(page=spanish_causes).note in entry.inner_text()
    screenshot(administrator, "translations-to-check")
    entry.get_by_role("link").first.click()
    administrator.get_by_role("textbox", name=re.compile(r"^Checked at")).fill(f"{today:%Y-%m-%d} 10:00")
    main(administrator).get_by_role("button", name="Save").click()
    administrator.locator(".messages").get_by_text(re.compile(r"updated", re.I)).wait_for()
    assert TranslationReview.objects.get(page=spanish_causes).checked_at is not None
    assert TranslationReview.objects.open().filter(page__locale__language_code="es").exists()  # the others wait

    # Site settings: change the contact address.
    administrator.get_by_role("navigation").get_by_role("button", name="Settings").click()
    administrator.get_by_role("navigation").get_by_role("link", name="Site settings").click()
    administrator.wait_for_url(re.compile(r".*/admin/settings/advocacy/sitesettings/\d+/$"))
    administrator.get_by_role("textbox", name=re.compile(r"^Organisation name")).wait_for()
    for label in ("Organisation name", "Emergency number"):
        assert administrator.get_by_role("textbox", name=re.compile(rf"^{label}")).is_visible(), label
    assert main(administrator).get_by_text("Site text", exact=True).first.is_visible()  # the words: a snippet
    administrator.get_by_role("textbox", name=re.compile(r"^Contact email")).fill("hello@example.org")
    screenshot(administrator, "site-settings")
    main(administrator).get_by_role("button", name="Save").click()
    administrator.locator(".messages").get_by_text(re.compile(r"updated", re.I)).wait_for()
    assert SiteSettings.objects.get().contact_email == "hello@example.org"
