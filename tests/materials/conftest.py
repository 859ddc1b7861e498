import pytest
from wagtail.models import Collection

from tests.factories import MaterialIndexPageFactory, MaterialPageFactory
from tests.helpers import pdf_bytes


@pytest.fixture
def material(home_page):
    """A published one-page leaflet, "Eating well" (eating-well.pdf), reviewed by "Example Reviewer"."""
    return MaterialPageFactory(
        parent=MaterialIndexPageFactory(parent=home_page),
        title="Eating well",
        slug="eating-well",
        document__page_count=1,
        reviewer__name="Example Reviewer",
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
