import io

import pytest
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject
from wagtail.models import Collection

from materials.models import MaterialDocument


def pdf_bytes(pages=1, change_root=None, attach=False) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    if change_root:
        change_root(writer._root_object)
    if attach:
        writer.add_attachment("notes.txt", b"hello")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def javascript_action(root):
    root[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )


def launch_action(root):
    root[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("calc.exe")}
    )


@pytest.fixture
def clean_pdf():
    return pdf_bytes(pages=3)


@pytest.fixture
def upload(admin_client):
    """POST a file through Wagtail's document upload form, as an editor does."""

    def _upload(name, data, title="Leaflet"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        return admin_client.post(
            "/admin/documents/add/",
            {"title": title, "file": SimpleUploadedFile(name, data), "collection": Collection.get_first_root_node().pk},
        )

    return _upload


def stored_files(settings):
    folder = settings.MEDIA_ROOT / "documents"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def document_count():
    return MaterialDocument.objects.count
