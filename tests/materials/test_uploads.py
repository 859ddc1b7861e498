"""Uploads are checked by content: bad files get a clear form error and leave no row and no file."""

import threading
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from materials.models import MaterialDocument

from .conftest import javascript_action, launch_action, pdf_bytes, stored_files

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def assert_rejected(response, message, settings):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert MaterialDocument.objects.count() == 0
    assert stored_files(settings) == []


def test_clean_pdf_is_accepted_with_its_page_count(upload, clean_pdf, settings):
    response = upload("leaflet.pdf", clean_pdf)
    assert response.status_code == 302
    document = MaterialDocument.objects.get()
    assert document.page_count == 3
    assert stored_files(settings) == ["leaflet.pdf"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("leaflet.pdf", HTML, "not really a PDF"),  # A1: HTML renamed .pdf
        (
            "leaflet.pdf",
            b"%PDF-1.7\n<html><script>alert(1)</script></html>",
            "damaged or not a real PDF",
        ),  # A2 polyglot
        ("leaflet.pdf", pdf_bytes(change_root=javascript_action), "active content"),  # A3 JavaScript
        ("leaflet.pdf", pdf_bytes(change_root=launch_action), "active content"),  # A3 Launch
        ("leaflet.pdf", pdf_bytes(attach=True), "active content"),  # A3 embedded file
        ("leaflet.pdf", b"<html>" + pdf_bytes(), "not really a PDF"),  # A4 junk before %PDF
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "Only these kinds",
        ),  # A5
        ("x.pdf.html", HTML, "Only these kinds"),  # A6
        ("x.html.pdf", HTML, "not really a PDF"),
        ("x", pdf_bytes(), "Only these kinds"),
        ("x.exe", b"MZ\x90\x00", "Only these kinds"),
        ("\u202efdp.exe", pdf_bytes(), "Only these kinds"),  # A8 right-to-left override
        ("empty.pdf", b"", "empty"),  # A10 zero bytes
        ("truncated.pdf", pdf_bytes()[:200], "damaged or not a real PDF"),  # A10 truncated
        ("letter.docx", b"PK\x03\x04" + b"\x00" * 100, "damaged"),  # zip header, not a document
    ],
)
def test_bad_uploads_are_rejected_with_a_clear_message(upload, settings, name, data, message):
    assert_rejected(upload(name, data), message, settings)


def test_upper_case_extension_is_fine(upload, clean_pdf):
    assert upload("LEAFLET.PDF", clean_pdf).status_code == 302


@pytest.mark.parametrize(
    "name",
    [
        "../../settings.py.pdf",
        "..\\..\\a.pdf",
        "/etc/passwd.pdf",
        "a" * 300 + ".pdf",
        "Información_ñ.pdf",
        "emoji-😀.pdf",
    ],
)
def test_path_tricks_and_long_names_are_stored_safely_inside_media(upload, clean_pdf, settings, name):
    response = upload(name, clean_pdf)
    assert response.status_code == 302, response.content.decode()[:500]
    document = MaterialDocument.objects.get()
    stored = (settings.MEDIA_ROOT / document.file.name).resolve()
    assert stored.is_relative_to((settings.MEDIA_ROOT / "documents").resolve())
    assert "/" not in document.filename and "\\" not in document.filename and ".." not in document.file.name


def test_oversize_file_gets_a_form_error(upload, clean_pdf, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    assert_rejected(upload("big.pdf", clean_pdf), "too big", settings)


def test_docx_and_png_with_real_content_are_accepted(upload, settings):
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert upload("letter.docx", buffer.getvalue()).status_code == 302
    png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(png, "PNG")
    assert upload("poster.png", png.getvalue(), title="Poster").status_code == 302
    assert MaterialDocument.objects.count() == 2


def test_image_decompression_bomb_is_refused(admin_client, settings):
    """A tiny PNG that claims to be 30000 x 30000 pixels (A11)."""
    import io
    import struct
    import zlib

    png = io.BytesIO()
    Image.new("L", (1, 1)).save(png, "PNG")
    data = bytearray(png.getvalue())
    ihdr = struct.pack(">II", 30000, 30000) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    from wagtail.images import get_image_model

    response = admin_client.post(
        "/admin/images/add/", {"title": "Bomb", "file": SimpleUploadedFile("bomb.png", bytes(data))}
    )
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode() or "too large" in response.content.decode()
    assert get_image_model().objects.count() == 0


def test_too_many_files_in_one_request_is_a_400(admin_client):
    files = {f"file{i}": SimpleUploadedFile(f"f{i}.pdf", b"%PDF") for i in range(101)}
    response = admin_client.post("/admin/documents/multiple/add/", files)
    assert response.status_code == 400


def test_same_filename_uploaded_twice_at_once_keeps_both(transactional_db, migrated_rows, superuser, clean_pdf):
    """Catalogue A13. On PostgreSQL two editors really upload at the same moment, each on its own
    connection; SQLite's in-memory test database cannot take two writers, so there they go in turn."""
    from django.db import connection, connections
    from django.test import Client
    from wagtail.models import Collection

    collection = Collection.get_first_root_node().pk
    uploads = []

    def send(i):
        client = Client()
        client.force_login(superuser)
        form = {"title": f"Copy {i}", "file": SimpleUploadedFile("same.pdf", clean_pdf), "collection": collection}
        uploads.append(client.post("/admin/documents/add/", form).status_code)

    def send_from_own_thread(i):
        try:
            send(i)
        finally:
            connections.close_all()  # this thread's connection, or PostgreSQL cannot drop the test database

    if connection.vendor == "sqlite":
        for i in range(2):
            send(i)
    else:
        threads = [threading.Thread(target=send_from_own_thread, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert uploads == [302, 302]
    names = {doc.file.name for doc in MaterialDocument.objects.all()}
    assert len(names) == 2
    for document in MaterialDocument.objects.all():
        assert document.file.read(5) == b"%PDF-"


def test_storage_failure_shows_an_error_and_leaves_no_row(upload, clean_pdf, settings):
    from django.core.files.storage import FileSystemStorage

    with mock.patch.object(FileSystemStorage, "_save", side_effect=OSError(28, "No space left on device")):
        response = upload("leaflet.pdf", clean_pdf)
    assert response.status_code == 503
    assert "could not be saved" in response.content.decode()
    assert MaterialDocument.objects.count() == 0


@pytest.mark.parametrize("name", ["\u202efdp.pdf", "x.pdf\x00.html", "tab\tname.pdf"])
def test_names_with_hidden_characters_are_refused(name):
    from django.core.exceptions import ValidationError

    from materials.upload_checks import check_name

    with pytest.raises(ValidationError, match="hidden or control characters"):
        check_name(name)
