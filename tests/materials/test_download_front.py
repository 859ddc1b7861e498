"""The download front (materials/download_front.py): a download Django has served is answered before
Django the next time, still counted, and never after anything that could change the answer.

Called as a WSGI server calls advocacy/wsgi.py's application; the counting under two gunicorn
workers at once is in test_download_concurrency.py.
"""

import pytest
from django.core.files.base import ContentFile
from django.db import OperationalError
from django.db.models import Sum
from wagtail.models import Collection, CollectionViewRestriction

from advocacy.page_cache import PageCacheApplication
from materials.download_front import DownloadFront
from materials.models import DownloadDay
from tests.helpers import pdf_bytes
from tests.wsgi_client import call, django_behind

pytestmark = pytest.mark.django_db


@pytest.fixture
def front():
    """The fronts as advocacy/wsgi.py stacks them, and the paths that reached Django."""
    with django_behind(PageCacheApplication, DownloadFront) as (app, reached):
        yield app, reached


@pytest.fixture
def served_once(front, material):
    """The fronts after one anonymous download through Django: ``(app, reached, url)``."""
    app, reached = front
    url = material.url + "download/"
    status, _headers, body = call(app, url, binary=True)
    assert status == "200 OK" and body.startswith(b"%PDF-")
    return app, reached, url


def downloads(material) -> int:
    return DownloadDay.objects.filter(material=material).aggregate(n=Sum("count"))["n"] or 0


def file_bytes(material) -> bytes:
    with material.document.file.open("rb") as file:
        return file.read()


def test_a_second_download_is_answered_before_django_and_counted(front, material):
    app, reached = front
    url = material.url + "download/"
    status, first_headers, first = call(app, url, binary=True)
    assert status == "200 OK" and first == file_bytes(material)
    assert reached == [url]

    status, headers, body = call(app, url, query="from=qr", binary=True)
    assert status == "200 OK"
    assert reached == [url], "the second download reached Django"
    assert body == first
    assert headers == first_headers  # every header the middleware stack added: CSP, nosniff, the file's name
    assert headers["Content-Security-Policy"] == "default-src 'none'"
    assert 'filename="eating-well.pdf"' in headers["Content-Disposition"]
    assert downloads(material) == 2


def test_a_replaced_file_is_served_on_the_next_download(served_once, material):
    app, reached, url = served_once
    new = pdf_bytes(pages=2)
    document = material.document
    document.file.save("eating-well-2027-edition.pdf", ContentFile(new), save=False)
    document.file_hash = ""
    document.save()

    status, headers, body = call(app, url, binary=True)
    assert status == "200 OK" and body == new
    assert "eating-well-2027-edition.pdf" in headers["Content-Disposition"]
    assert reached == [url, url]
    assert call(app, url, binary=True)[2] == new and reached == [url, url]
    assert downloads(material) == 3


def test_an_unpublished_material_is_gone_at_once(served_once, material):
    app, reached, url = served_once
    material.unpublish()
    status, _headers, _body = call(app, url, binary=True)
    assert status.startswith("404")
    assert reached == [url, url]
    assert downloads(material) == 1


def test_a_file_made_private_is_never_served_from_the_front(served_once, material):
    app, reached, url = served_once
    private = Collection.get_first_root_node().add_child(name="Staff only")
    document = material.document
    document.collection = private
    document.save()
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")

    status, headers, _body = call(app, url, binary=True)
    assert status.startswith("302") and "/login" in headers["Location"]
    assert call(app, url, binary=True)[0].startswith("302")
    assert reached == [url] * 3
    assert downloads(material) == 1


@pytest.mark.parametrize(
    ("method", "cookie", "headers"),
    [
        ("HEAD", None, {}),
        ("GET", "sessionid=abc", {}),
        ("GET", None, {"HTTP_RANGE": "bytes=0-9"}),
        ("GET", None, {"HTTP_IF_NONE_MATCH": '"anything"'}),
        ("GET", None, {"HTTP_IF_MODIFIED_SINCE": "Sun, 06 Dec 2026 05:45:35 GMT"}),
    ],
    ids=["head", "signed-in editor", "range", "if-none-match", "if-modified-since"],
)
def test_editors_head_conditional_and_range_requests_reach_django(served_once, material, method, cookie, headers):
    app, reached, url = served_once
    call(app, url, method=method, cookie=cookie, binary=True, **headers)
    assert reached == [url, url]


def test_a_file_gone_from_disk_is_a_friendly_404_from_django(served_once, material):
    app, reached, url = served_once
    material.document.file.storage.delete(material.document.file.name)
    status, _headers, body = call(app, url)
    assert status.startswith("404") and "We cannot find that page" in body
    assert reached == [url, url]
    assert downloads(material) == 1


def test_a_file_changed_on_disk_is_served_by_django_with_its_new_length(served_once, material):
    app, reached, url = served_once
    longer = pdf_bytes(pages=4)
    with open(material.document.file.path, "wb") as file:  # changed behind Wagtail's back: no new version
        file.write(longer)
    status, headers, body = call(app, url, binary=True)
    assert status == "200 OK" and body == longer
    assert int({name.lower(): value for name, value in headers.items()}["content-length"]) == len(longer)
    assert reached == [url, url]


def test_a_count_the_front_cannot_write_is_left_to_django_and_counted_once(served_once, material, monkeypatch):
    app, reached, url = served_once
    record = DownloadDay.objects.record
    failures = []

    def fails_once(material_id):
        if not failures:
            failures.append(material_id)
            raise OperationalError("database is locked")
        record(material_id)

    monkeypatch.setattr(DownloadDay.objects, "record", fails_once)
    status, _headers, body = call(app, url, binary=True)
    assert status == "200 OK" and body == file_bytes(material)
    assert failures == [material.pk] and reached == [url, url]
    assert downloads(material) == 2


def test_with_the_page_cache_off_the_front_reads_the_version_itself(front, material, settings):
    settings.PAGE_CACHE_SECONDS = 0
    app, reached = front
    url = material.url + "download/"
    call(app, url, binary=True)
    assert call(app, url, binary=True)[0] == "200 OK"
    assert reached == [url]
    material.unpublish()
    assert call(app, url, binary=True)[0].startswith("404")
    assert reached == [url, url]
