"""Media on S3-compatible object storage, against a real S3 API on 127.0.0.1 (moto's server mode).

Editors upload, replace and delete documents through the admin's own forms; visitors download
through the stable Django URL, which streams the private object with the site's safe headers.
"""

import boto3
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection

from advocacy.page_cache import PageCacheApplication
from advocacy.settings.base import object_storages
from materials.download_front import DownloadFront
from materials.models import DownloadDay, MaterialDocument, MaterialPage
from tests.helpers import pdf_bytes
from tests.servers import free_port, project_env, run_python
from tests.wsgi_client import call, django_behind

pytestmark = pytest.mark.django_db
BUCKET = "cachexia-media-test"
SET_UP_BEFORE_THE_DEMO = ["s3"]  # the demo's files go to the bucket (tests/conftest.py)


@pytest.fixture(scope="module")
def s3_endpoint():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3(s3_endpoint, settings, monkeypatch):
    """The project's object-storage settings (advocacy/settings/base.py), pointed at a new bucket."""
    environ = {"AWS_S3_ENDPOINT_URL": s3_endpoint, "AWS_S3_REGION_NAME": "us-east-1"}
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}.items():
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {**settings.STORAGES, **object_storages(BUCKET, environ)}
    settings.WAGTAILIMAGES_RENDITION_STORAGE = "public_media"
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}


def test_uploads_go_to_the_bucket_and_stay_private(s3, upload, clean_pdf):
    assert default_storage.__class__.__name__ == "S3Storage"
    response = upload("leaflet.pdf", clean_pdf, title="Leaflet in the bucket")
    assert response.status_code == 302
    document = MaterialDocument.objects.get(title="Leaflet in the bucket")
    assert document.file.name in keys(s3)
    assert s3.get_object(Bucket=BUCKET, Key=document.file.name)["Body"].read() == clean_pdf
    grants = s3.get_object_acl(Bucket=BUCKET, Key=document.file.name)["Grants"]
    assert all(grant["Grantee"].get("Type") == "CanonicalUser" for grant in grants)  # no public grant
    assert "Signature=" in document.file.url and "Expires=" in document.file.url  # signed, short-lived


def assert_streams_the_object(response, s3, key: str, filename: str) -> bytes:
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body == s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
    assert body.startswith(b"%PDF-")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert f'filename="{filename}"' in response["Content-Disposition"]
    return body


def test_stable_download_url_streams_the_object(s3, demo_site, client):
    """The material's download, its short link's path to it, and Wagtail's document URL."""
    material = MaterialPage.objects.get(slug="eating-well")
    key = material.document.file.name
    assert key in keys(s3)
    assert_streams_the_object(client.get(material.url + "download/"), s3, key, "eating-well.pdf")

    short = client.get(f"/m/{material.short_code}/")  # printed on handouts and QR codes
    assert short.status_code == 302 and short["Location"] == material.url
    page = client.get(short["Location"]).content.decode()
    assert f'href="{material.url}download/"' in page
    assert_streams_the_object(client.get(f"{material.url}download/"), s3, key, "eating-well.pdf")

    document = material.document
    assert_streams_the_object(client.get(f"/documents/{document.pk}/{document.filename}"), s3, key, "eating-well.pdf")


def test_downloads_from_the_bucket_always_go_through_django(s3, demo_site):
    """The download front (materials/download_front.py) serves files on the local disk only."""
    material = MaterialPage.objects.get(slug="eating-well")
    url = material.url + "download/"
    expected = s3.get_object(Bucket=BUCKET, Key=material.document.file.name)["Body"].read()
    with django_behind(PageCacheApplication, DownloadFront) as (app, reached):
        for _ in range(2):
            status, _headers, body = call(app, url, binary=True)
            assert status == "200 OK" and body == expected
    assert reached == [url, url]
    assert DownloadDay.objects.get(material=material).count == 2


def test_replacing_a_file_in_the_admin_keeps_the_stable_link(
    s3, demo_site, admin_client, client, django_capture_on_commit_callbacks
):
    material = MaterialPage.objects.get(slug="eating-well")
    document = material.document
    old_key = document.file.name
    new_bytes = pdf_bytes(pages=2)
    with django_capture_on_commit_callbacks(execute=True):  # the old file goes once the new one is in use
        response = admin_client.post(
            f"/admin/documents/edit/{document.pk}/",
            {
                "title": document.title,
                "file": SimpleUploadedFile("eating-well-2027.pdf", new_bytes),
                "collection": document.collection_id,
            },
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    document.refresh_from_db()
    assert old_key not in keys(s3) and document.file.name in keys(s3)
    download = client.get(material.url + "download/")
    assert b"".join(download.streaming_content) == new_bytes
    assert "eating-well-2027.pdf" in download["Content-Disposition"]
    assert "2 pages" in client.get(material.url).content.decode()

    old_link = client.get(f"/documents/{document.pk}/{old_key.rsplit('/', 1)[-1]}")  # a link sent before
    assert old_link.status_code == 302 and old_link["Location"] == document.url
    current = client.get(old_link["Location"])
    assert assert_streams_the_object(current, s3, document.file.name, document.filename) == new_bytes


def test_deleting_a_document_in_the_admin_removes_the_object(
    s3, upload, clean_pdf, admin_client, django_capture_on_commit_callbacks
):
    upload("old-leaflet.pdf", clean_pdf, title="Old leaflet")
    document = MaterialDocument.objects.get(title="Old leaflet")
    key = document.file.name
    assert key in keys(s3)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/documents/delete/{document.pk}/")
    assert response.status_code == 302
    assert not MaterialDocument.objects.filter(pk=document.pk).exists()
    assert key not in keys(s3)


def test_renditions_use_the_public_prefix_when_a_bucket_is_set(s3_endpoint, tmp_path):
    """Wagtail picks the renditions' storage when it loads its models: checked in a fresh process."""
    env = project_env(
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",
        DATABASE_URL=f"sqlite:///{tmp_path / 'unused.sqlite3'}",
    )
    out = run_python(
        "from django.core.files.storage import default_storage\n"
        "from advocacy.models import SiteRendition\n"
        "from materials.models import MaterialDocument\n"
        "public = SiteRendition._meta.get_field('file').storage\n"
        "private = MaterialDocument._meta.get_field('file').storage\n"
        "print(type(public).__name__, public.location, public.querystring_auth)\n"
        "location, signed = repr(private.location), private.querystring_auth\n"
        "print(type(default_storage._wrapped).__name__, location, signed)\n",
        env,
    )
    assert out.splitlines() == ["S3Storage public False", "S3Storage '' True"]


def test_images_are_private_and_their_renditions_public(s3, admin_client, monkeypatch):
    from django.core.files.storage import storages

    from advocacy.models import SiteRendition

    # As in a process started with AWS_STORAGE_BUCKET_NAME (the test above).
    monkeypatch.setattr(SiteRendition._meta.get_field("file"), "storage", storages["public_media"])
    import io

    from PIL import Image

    from advocacy.models import SiteImage

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Teal square",
            "file": SimpleUploadedFile("teal.png", buffer.getvalue()),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = SiteImage.objects.get(title="Teal square")
    assert image.file.name in keys(s3) and not image.file.name.startswith("public/")
    rendition = image.get_rendition("fill-32x32")
    assert f"public/{rendition.file.name}" in keys(s3)
    assert "Signature=" not in rendition.url  # pages link to renditions directly, so they never expire
