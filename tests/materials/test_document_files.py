"""Documents keep their hash and size, download with honest headers, and old links outlive a replaced file."""

import hashlib
import importlib

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Collection, CollectionViewRestriction

from materials.models import MaterialDocument
from tests.helpers import pdf_bytes

pytestmark = pytest.mark.django_db


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # noqa: S324 - the content hash Wagtail uses


def stored_bytes(document) -> bytes:
    with document.file.storage.open(document.file.name, "rb") as f:
        return f.read()


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_every_demo_document_has_its_hash_and_size(demo_site):
    documents = list(MaterialDocument.objects.all())
    assert documents
    for document in documents:
        data = stored_bytes(document)
        assert document.file_hash == sha1(data)
        assert document.file_size == len(data)


def test_a_document_saved_from_code_gets_its_hash_and_size_and_a_new_file_gets_new_ones(db):
    first, second = pdf_bytes(pages=1), pdf_bytes(pages=2)
    document = MaterialDocument(title="From code")
    document.file.save("from-code.pdf", ContentFile(first), save=False)
    document.save()
    document.refresh_from_db()
    assert (document.file_hash, document.file_size) == (sha1(first), len(first))

    document.file.save("from-code-2.pdf", ContentFile(second), save=False)
    document.save(update_fields=["file"])
    document.refresh_from_db()
    assert (document.file_hash, document.file_size) == (sha1(second), len(second))

    # Another stored file put in place by name only (no upload) is hashed too.
    other = MaterialDocument(title="Other")
    other.file.save("other.pdf", ContentFile(first), save=True)
    document = MaterialDocument.objects.get(pk=document.pk)
    document.file = other.file.name
    document.save()
    assert document.file_hash == sha1(first)


def test_download_sends_a_strong_etag_from_the_hash_and_no_bogus_encoding(client, material):
    document = material.document
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["ETag"] == f'"{document.file_hash}"'
    assert len(document.file_hash) == 40
    assert "Content-Encoding" not in response
    body(response)

    download = client.get(material.url + "download/")
    assert download["ETag"] == f'"{document.file_hash}"'
    assert "Content-Encoding" not in download
    body(download)


def test_conditional_get_only_matches_the_real_file(client, material):
    document = material.document
    assert client.get(document.url, HTTP_IF_NONE_MATCH='""').status_code == 200
    assert client.get(document.url, HTTP_IF_NONE_MATCH=f'"{document.file_hash}"').status_code == 304

    old_etag = f'"{document.file_hash}"'
    new = pdf_bytes(pages=2)
    document.file.save("eating-well-2027.pdf", ContentFile(new), save=False)
    document.save()
    fresh = client.get(material.url + "download/", HTTP_IF_NONE_MATCH=old_etag)
    assert fresh.status_code == 200  # a replaced file is never served stale
    assert body(fresh) == new


def test_listing_materials_writes_nothing(client, material):
    """Rows from before the fix have no size; listing them must not write it back during a GET."""
    MaterialDocument.objects.update(file_size=None)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/materials/").status_code == 200
        assert client.get(material.url).status_code == 200
    writes = [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert writes == []


def test_data_migration_fills_missing_hashes_and_sizes_and_skips_missing_files(material):
    migration = importlib.import_module("materials.migrations.0003_fill_document_hashes_and_sizes")
    documents = list(MaterialDocument.objects.order_by("pk"))
    gone = documents[-1]
    gone.file.storage.delete(gone.file.name)
    MaterialDocument.objects.update(file_hash="", file_size=None)

    migration.fill_hashes_and_sizes(apps, schema_editor=None)

    for document in documents[:-1]:
        document.refresh_from_db()
        data = stored_bytes(document)
        assert (document.file_hash, document.file_size) == (sha1(data), len(data))
    gone.refresh_from_db()
    assert (gone.file_hash, gone.file_size) == ("", None)


def test_an_old_document_link_leads_to_the_replacement_file(client, material):
    document = material.document
    old_url = document.url
    new = pdf_bytes(pages=2)
    document.file.save("eating-well-2027-edition.pdf", ContentFile(new), save=False)
    document.save()
    assert document.url != old_url

    response = client.get(old_url)
    assert response.status_code == 302
    assert response["Location"] == document.url
    assert body(client.get(response["Location"])) == new


def test_unknown_documents_are_still_a_friendly_404(client, material):
    assert client.get("/documents/999999/eating-well.pdf").status_code == 404
    missing = client.get(f"/documents/{material.document.pk}/")
    assert missing.status_code == 404


def test_an_old_link_to_a_private_document_does_not_reveal_its_new_name(client, material):
    document = material.document
    private = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    document.collection = private
    document.file.save("staff-notes-2027.pdf", ContentFile(pdf_bytes()), save=False)
    document.save()

    response = client.get(f"/documents/{document.pk}/eating-well.pdf")
    assert response.status_code == 302
    assert "staff-notes-2027" not in response["Location"]
    assert "/login" in response["Location"]
    # The same for the current name, with the file's hash as a guess: never a 304 (GHSA-92hv).
    guess = client.get(document.url, HTTP_IF_NONE_MATCH=f'"{document.file_hash}"')
    assert guess.status_code == 302


def test_the_replace_form_tells_the_editor_that_links_stay_the_same(admin_client, material):
    html = admin_client.get(f"/admin/documents/edit/{material.document.pk}/").content.decode()
    assert "Links stay the same" in html
    assert "Links stay the same" not in admin_client.get("/admin/documents/add/").content.decode()
