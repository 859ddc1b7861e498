"""Uploads are checked by content: bad files get a clear form error and leave no row and no file."""

import errno
import os
import threading
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from materials.forms import STORAGE_FAILED
from materials.models import MaterialDocument
from tests.helpers import javascript_action, launch_action, pdf_bytes, stored_files

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def assert_rejected(response, message, settings):
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "File extension" not in html  # one true error, not a second false one (issue 9)
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
    # Only this test's two: a worker's earlier test may have left the demo documents in place.
    copies = MaterialDocument.objects.filter(title__in=["Copy 0", "Copy 1"])
    names = {doc.file.name for doc in copies}
    assert len(names) == 2
    for document in copies:
        assert document.file.read(5) == b"%PDF-"


def disk_fills_half_way(self, name, content):
    """``FileSystemStorage._save`` on a full disk: part of the file is written, then ENOSPC."""
    path = self.path(name)
    path_dir = os.path.dirname(path)
    os.makedirs(path_dir, exist_ok=True)
    with open(path, "wb") as partial:
        partial.write(content.read(100))
    raise OSError(errno.ENOSPC, "No space left on device")


def test_storage_failure_is_a_form_error_that_keeps_what_the_editor_typed(admin_client, clean_pdf, settings):
    """Catalogue A14, single upload: the form again with a message, no row and no file left."""
    from django.core.files.storage import FileSystemStorage
    from wagtail.models import Collection

    form = {
        "title": "Eating well: the 2027 edition",
        "file": SimpleUploadedFile("leaflet.pdf", clean_pdf),
        "collection": Collection.get_first_root_node().pk,
    }
    with mock.patch.object(FileSystemStorage, "_save", disk_fills_half_way):
        response = admin_client.post("/admin/documents/add/", form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The file could not be saved" in html
    assert 'value="Eating well: the 2027 edition"' in html
    assert MaterialDocument.objects.count() == 0
    assert stored_files(settings) == []


def test_storage_failure_in_the_multiple_uploader_is_shown_beside_the_file(admin_client, clean_pdf, settings):
    from django.core.files.storage import FileSystemStorage

    with mock.patch.object(FileSystemStorage, "_save", disk_fills_half_way):
        response = admin_client.post(
            "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("leaflet.pdf", clean_pdf)}
        )
    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": STORAGE_FAILED}
    assert MaterialDocument.objects.count() == 0
    assert stored_files(settings) == []

    # Once storage works again, the same upload goes through.
    response = admin_client.post(
        "/admin/documents/multiple/add/", {"files[]": SimpleUploadedFile("leaflet.pdf", clean_pdf)}
    )
    assert response.json()["success"] is True
    assert stored_files(settings) == ["leaflet.pdf"]


def test_storage_failure_while_replacing_a_file_keeps_the_old_one(admin_client, upload, clean_pdf, settings):
    from django.core.files.storage import FileSystemStorage

    assert upload("leaflet.pdf", clean_pdf).status_code == 302
    document = MaterialDocument.objects.get()
    form = {
        "title": "Leaflet, new edition",
        "file": SimpleUploadedFile("leaflet-2027.pdf", pdf_bytes(pages=2)),
        "collection": document.collection_id,
    }
    with mock.patch.object(FileSystemStorage, "_save", disk_fills_half_way):
        response = admin_client.post(f"/admin/documents/edit/{document.pk}/", form)
    assert response.status_code == 200
    assert "The file could not be saved" in response.content.decode()
    assert 'value="Leaflet, new edition"' in response.content.decode()
    document.refresh_from_db()
    assert document.title == "Leaflet" and document.filename == "leaflet.pdf"
    assert stored_files(settings) == ["leaflet.pdf"]
    assert document.file.read(5) == b"%PDF-"


def test_replacing_a_file_removes_the_old_one_only_after_the_new_one_is_saved(
    admin_client, upload, clean_pdf, settings, django_capture_on_commit_callbacks
):
    assert upload("leaflet.pdf", clean_pdf).status_code == 302
    document = MaterialDocument.objects.get()
    new = pdf_bytes(pages=2)
    form = {
        "title": "Leaflet",
        "file": SimpleUploadedFile("leaflet-2027.pdf", new),
        "collection": document.collection_id,
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(f"/admin/documents/edit/{document.pk}/", form).status_code == 302
    document.refresh_from_db()
    assert stored_files(settings) == ["leaflet-2027.pdf"]
    assert document.file.read() == new
    assert document.file_size == len(new)


@pytest.mark.parametrize("name", ["\u202efdp.pdf", "x.pdf\x00.html", "tab\tname.pdf"])
def test_names_with_hidden_characters_are_refused(name):
    from django.core.exceptions import ValidationError

    from materials.upload_checks import check_name

    with pytest.raises(ValidationError, match="hidden or control characters"):
        check_name(name)


def test_other_admin_saves_still_get_a_calm_page_when_storage_fails(admin_client):
    """Images are not checked by the document form: a storage failure there still ends on the admin's
    own 'could not be saved' page (advocacy/error_views.py), with nothing kept."""
    import io

    from django.core.files.storage import FileSystemStorage
    from wagtail.images import get_image_model

    png = io.BytesIO()
    Image.new("RGB", (4, 4)).save(png, "PNG")
    admin_client.raise_request_exception = False  # as in production: Django's handler500 answers
    with mock.patch.object(FileSystemStorage, "_save", side_effect=OSError(errno.ENOSPC, "No space left")):
        response = admin_client.post(
            "/admin/images/add/", {"title": "Poster", "file": SimpleUploadedFile("poster.png", png.getvalue())}
        )
    assert response.status_code == 503
    assert "could not be saved" in response.content.decode()
    assert get_image_model().objects.count() == 0
