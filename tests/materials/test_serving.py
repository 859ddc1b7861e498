"""Stable links a clinician can print: the material URL, its download URL and its short link."""

import datetime

import pytest
import segno
from django.core.files.base import ContentFile
from django.utils import timezone

from materials.models import DownloadDay, Topic
from tests.helpers import pdf_bytes

pytestmark = pytest.mark.django_db


def test_download_serves_the_file_with_safe_headers(client, material):
    response = client.get(material.url + "download/")
    body = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert body.startswith(b"%PDF-")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Content-Disposition"].startswith(("inline", "attachment"))
    assert 'filename="eating-well.pdf"' in response["Content-Disposition"]


def test_replacing_the_file_keeps_the_stable_link_working(client, material):
    document = material.document
    old_url = document.url
    new_bytes = pdf_bytes(pages=2)
    document.file.save("eating-well-2027-edition.pdf", ContentFile(new_bytes), save=False)
    document.file_hash = ""
    document.save()

    assert client.get(old_url)["Location"] == document.url  # Wagtail's own URL named the old file
    response = client.get(material.url + "download/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == new_bytes
    assert "eating-well-2027-edition.pdf" in response["Content-Disposition"]
    assert client.get(material.url).status_code == 200


def test_missing_file_on_disk_is_a_friendly_404(client, material):
    material.document.file.storage.delete(material.document.file.name)
    response = client.get(material.url + "download/")
    assert response.status_code == 404
    assert "We cannot find that page" in response.content.decode()


def test_downloads_are_counted_per_day_with_no_personal_data(client, material):
    for _ in range(2):
        b"".join(client.get(material.url + "download/").streaming_content)
    day = DownloadDay.objects.get()
    assert (day.material_id, day.date, day.count) == (material.pk, timezone.localdate(), 2)
    assert {f.name for f in DownloadDay._meta.get_fields()} == {"id", "material", "date", "count"}


def test_counting_uses_a_new_row_each_day(material):
    DownloadDay.objects.record(material.pk)
    DownloadDay.objects.update(date=timezone.localdate() - datetime.timedelta(days=1))
    DownloadDay.objects.record(material.pk)
    assert sorted(DownloadDay.objects.values_list("count", flat=True)) == [1, 1]


def test_short_link_redirects_to_the_material(client, material):
    response = client.get(f"/m/{material.short_code}/")
    assert response.status_code == 302
    assert response["Location"] == material.url
    assert client.get(f"/m/{material.short_code.upper()}/").status_code == 302  # typed in capitals
    assert client.get("/m/nosuch/").status_code == 404


def test_unpublished_material_is_not_served(client, material):
    material.unpublish()
    assert client.get(f"/m/{material.short_code}/").status_code == 404
    assert client.get("/materials/eating-well/download/").status_code == 404


def test_material_page_shows_file_facts_short_link_qr_and_review(client, material):
    html = client.get(material.url).content.decode()
    short_url = f"http://localhost/m/{material.short_code}/"  # the site's public address, not the request's host
    assert "PDF, " in html and "1 page" in html
    assert short_url in html
    assert segno.make(short_url, error="m").svg_inline(scale=4, border=2, title="QR code", svgclass="qr-code") in html
    assert "Example Reviewer" in html and "Next review due" in html
    assert 'href="/materials/eating-well/download/"' in html


def test_material_page_shows_a_renamed_topic_at_once(client, material):
    """Each worker keeps a material's labels per site version: saving a label sets a new one."""
    topic = Topic.objects.create(name="Eating and appetite", slug="eating-and-appetite")
    material.topics.set([topic])
    material.save_revision().publish()
    assert "Eating and appetite" in client.get(material.url).content.decode()
    topic.name = "Food and hunger"
    topic.save()
    html = client.get(material.url + "?again=1").content.decode()  # past the page cache
    assert "Food and hunger" in html and "Eating and appetite" not in html
