"""The page cache's WSGI front (advocacy/wsgi.py): stored pages answered before Django builds a request.

Called here as a WSGI server calls it; tests/advocacy/test_page_cache_processes.py checks it under
gunicorn with two workers.
"""

import pytest
from django.core.cache import cache

from advocacy.models import ContentPage
from advocacy.page_cache import PageCacheApplication
from tests.wsgi_client import call, django_behind

pytestmark = pytest.mark.django_db

URL = "/about-cachexia/causes/"


@pytest.fixture
def front():
    """The front around Django, and the paths that reached Django."""
    with django_behind(PageCacheApplication) as (app, reached):
        yield app, reached


def test_a_stored_page_is_answered_without_reaching_django(front, demo_site):
    app, reached = front
    status, first_headers, first = call(app, URL)
    assert status == "200 OK" and first_headers["X-Page-Cache"] == "miss"
    assert reached == [URL]
    status, headers, body = call(app, URL)
    assert status == "200 OK" and headers["X-Page-Cache"] == "hit"
    assert reached == [URL], "the hit reached Django"
    assert body == first
    # Every header the middleware stack added, the outer layers' too (nosniff, Referrer-Policy...).
    assert {k: v for k, v in headers.items() if k != "X-Page-Cache"} == {
        k: v for k, v in first_headers.items() if k != "X-Page-Cache"
    }
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert int(headers["Content-Length"]) == len(body.encode())


def test_a_publish_shows_on_the_next_request_through_the_front(front, demo_site):
    app, _reached = front
    call(app, URL)
    assert call(app, URL)[1]["X-Page-Cache"] == "hit"
    page = ContentPage.objects.get(slug="causes")
    page.title = "Why cachexia happens"
    page.save_revision().publish()
    _status, headers, body = call(app, URL)
    assert headers["X-Page-Cache"] == "miss"
    assert "<h1>Why cachexia happens</h1>" in body


def test_editors_and_posts_go_through_to_django(front, demo_site):
    app, reached = front
    call(app, URL)
    call(app, URL, cookie="sessionid=abc; csrftoken=x")
    call(app, URL, cookie="messages=abc")
    call(app, URL, method="POST")
    assert reached == [URL] * 4
    status, headers, _body = call(app, URL, cookie="csrftoken=x")  # any other cookie: still the stored page
    assert headers["X-Page-Cache"] == "hit" and reached == [URL] * 4


def test_a_miss_reads_the_cache_once_and_files_are_not_looked_up(front, demo_site, monkeypatch):
    app, _reached = front
    reads = []
    get_many = cache.get_many

    def counted(keys, *args, **kwargs):
        reads.append(list(keys))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counted)
    call(app, URL, query="first=1")
    assert len(reads) == 1, "the middleware read the entry again after the front missed"
    reads.clear()
    call(app, "/static/css/site.css")
    call(app, "/documents/1/file.pdf")
    call(app, "/health/")
    assert reads == []
