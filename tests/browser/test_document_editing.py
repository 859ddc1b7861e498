"""An editor replaces a material's file in the admin, and uploads while the file storage is failing."""

import errno
import os
from unittest import mock

import pytest

from .helpers import SCREENSHOT_DIR, sign_in

pytestmark = pytest.mark.browser

PASSWORD = "a-long-editor-password"


@pytest.fixture
def editor(live_site, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)
    return live_site


@pytest.fixture
def new_edition(tmp_path):
    from tests.helpers import pdf_bytes

    path = tmp_path / "eating-well-2027-edition.pdf"
    path.write_bytes(pdf_bytes(pages=2))
    return path


def test_replacing_a_file_keeps_old_links_working(editor, page, new_edition):
    from materials.models import MaterialPage

    live_site = editor
    material = MaterialPage.objects.get(slug="eating-well", locale__language_code="en")
    old_link = live_site + material.document.url
    sign_in(page, live_site, "editor", PASSWORD)

    page.goto(f"{live_site}/admin/documents/")
    page.get_by_role("link", name=material.document.title).first.click()
    page.wait_for_url(f"**/admin/documents/edit/{material.document.pk}/**")
    assert "Links stay the same" in page.locator("main").inner_text()
    page.get_by_label("File").set_input_files(str(new_edition))
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/admin/documents/**")
    assert "updated" in page.locator(".messages").inner_text()

    # A link sent before the change, as a patient opens it from an old email.
    response = page.request.get(old_link)
    assert response.ok
    assert response.body() == new_edition.read_bytes()
    assert response.url.endswith("/eating-well-2027-edition.pdf")


def disk_fills_half_way(self, name, content):
    path = self.path(name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as partial:
        partial.write(content.read(100))
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_is_a_message_on_the_same_form(editor, page, new_edition, settings):
    from django.core.files.storage import FileSystemStorage

    from materials.models import MaterialDocument

    live_site = editor
    before = MaterialDocument.objects.count()
    sign_in(page, live_site, "editor", PASSWORD)
    page.goto(f"{live_site}/admin/documents/add/")
    page.get_by_label("File").set_input_files(str(new_edition))
    page.get_by_label("Title").fill("Eating well: the 2027 edition")
    with mock.patch.object(FileSystemStorage, "_save", disk_fills_half_way):  # the live server runs in this process
        page.get_by_role("button", name="Upload").click()
        page.get_by_text("The file could not be saved").wait_for()
    assert "/admin/documents/add/" in page.url
    assert "The file could not be saved" in page.locator("main").inner_text()
    assert page.get_by_label("Title").input_value() == "Eating well: the 2027 edition"
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT_DIR / "admin-document-storage-failure-1280.png"), full_page=True)
    assert MaterialDocument.objects.count() == before
    assert not (settings.MEDIA_ROOT / "documents" / new_edition.name).exists()
