"""The editor controls issue 9 changed, used through the Wagtail admin's own forms in Chromium.

Each journey signs in through ``helpers.sign_in`` and works on a fresh demo site (``live_site``).
"""

import re

import pytest

from .helpers import open_menu, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "a-long-editor-password"
NOT_A_PDF = b"<!DOCTYPE html><html><body><p>Not a PDF at all.</p></body></html>"
REFUSAL = "This file is not really a PDF file"


@pytest.fixture
def editor(live_site, page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    sign_in(page, live_site, "editor", PASSWORD)
    return page


def publish(page):
    open_menu(
        page.locator("footer .w-dropdown__toggle, footer [data-w-dropdown-target='toggle']").first,
        page.get_by_role("button", name="Publish"),
    ).click()


def test_a_refused_upload_shows_one_true_error_in_both_uploaders(live_site, editor, tmp_path):
    from materials.models import MaterialDocument

    before = MaterialDocument.objects.count()
    fake = tmp_path / "x.pdf"
    fake.write_bytes(NOT_A_PDF)

    editor.goto(live_site + "/admin/documents/add/")
    editor.get_by_label("Title").fill("Not a leaflet")
    editor.get_by_label("File").set_input_files(str(fake))
    editor.get_by_role("button", name="Upload").click()
    editor.get_by_text(REFUSAL).wait_for()  # the form comes back with the reason
    file_field = editor.locator("[data-field-wrapper]", has=editor.get_by_label("File"))
    assert REFUSAL in file_field.inner_text()
    assert "File extension" not in editor.locator("main").inner_text()

    editor.goto(live_site + "/admin/documents/multiple/add/")
    editor.locator("#fileupload").set_input_files(str(fake))
    item = editor.locator("#upload-list li")
    item.locator(".error_messages").filter(has_text=REFUSAL).wait_for()
    assert REFUSAL in item.inner_text()
    assert "File extension" not in item.inner_text()
    assert MaterialDocument.objects.count() == before


def test_an_editor_adds_a_material_with_stages_audiences_topics_and_language(live_site, editor):
    from materials.models import MaterialIndexPage, MaterialPage

    index = MaterialIndexPage.objects.get(locale__language_code="en")
    editor.goto(f"{live_site}/admin/pages/add/materials/materialpage/{index.pk}/")
    editor.get_by_role("textbox", name=re.compile(r"^Title")).fill("Gentle exercise")
    editor.get_by_role("textbox", name=re.compile(r"^Summary")).fill(
        "Simple ways to keep your muscles working. For patients."
    )

    editor.get_by_role("button", name="Choose a document").click()
    editor.get_by_role("dialog").get_by_role("link", name="Eating well when you don't feel hungry").click()
    editor.get_by_role("dialog").wait_for(state="hidden")

    stages = editor.locator("input[name=stages]")
    assert stages.count() == 3  # one per stage, though two criteria sets describe them
    assert "Each stage is listed once" in editor.locator("main").inner_text()
    editor.locator("label", has_text=re.compile(r"^\s*Cachexia\s*$")).click()
    editor.locator("label", has_text=re.compile(r"^\s*Patients\s*$")).click()
    editor.locator("label", has_text=re.compile(r"^\s*Eating and appetite\s*$")).click()
    language = editor.get_by_role("combobox", name=re.compile(r"^Language"))
    assert "Español" in language.locator("option").all_inner_texts()
    language.select_option(label="Español")
    publish(editor)
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))
    assert "created and published" in editor.locator(".messages").inner_text()

    material = MaterialPage.objects.get(title="Gentle exercise")
    assert [link.slug for link in material.stage_links.all()] == ["cachexia"]
    assert material.language == "es"

    # What the editor chose is what visitors filter by.
    editor.goto(live_site + "/materials/")
    editor.get_by_label("Language", exact=True).select_option(label="Español (1)")
    editor.get_by_role("group", name="Stage").locator("label", has_text=re.compile(r"^Cachexia")).click()
    editor.get_by_role("button", name="Show materials").click()
    editor.wait_for_url(re.compile(r".*/materials/\?.*stage=cachexia"))
    assert editor.locator(".material-list h3").all_inner_texts() == ["Gentle exercise"]


def test_copying_a_material_in_the_admin_gives_it_its_own_short_link(live_site, editor):
    from materials.models import MaterialPage

    original = MaterialPage.objects.get(slug="weight-diary", locale__language_code="en")
    editor.goto(f"{live_site}/admin/pages/{original.pk}/copy/")
    editor.get_by_label("New title").fill("A weekly weight diary (large print)")
    editor.get_by_label("New slug").fill("weight-diary-large-print")
    editor.get_by_label("Publish copied page").check()
    editor.get_by_role("button", name="Copy this page").click()
    editor.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))
    assert "copied" in editor.locator(".messages").inner_text().lower()

    copy = MaterialPage.objects.get(slug="weight-diary-large-print")
    assert copy.short_code != original.short_code
    editor.goto(live_site + copy.url)
    short_link = editor.locator("a.bare-url")
    assert short_link.inner_text() == f"{live_site}/m/{copy.short_code}/"
    short_link.click()
    assert editor.get_by_role("heading", level=1).inner_text() == "A weekly weight diary (large print)"
