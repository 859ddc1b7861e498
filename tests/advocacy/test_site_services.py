"""Search, robots.txt, sitemap.xml and the error pages."""

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import Client

pytestmark = pytest.mark.django_db


def test_search_finds_a_demo_page_by_a_word_in_its_body(client, demo_site):
    response = client.get("/search/?q=inflammation")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'href="/about-cachexia/causes/"' in body
    assert "result" in body


def test_search_finds_materials_too(client, demo_site):
    assert 'href="/materials/weight-diary/"' in client.get("/search/?q=diary").content.decode()


def test_empty_and_unmatched_searches_are_friendly(client, demo_site):
    assert "Type a word" in client.get("/search/").content.decode()
    assert "No results for" in client.get("/search/?q=zzzzqqq").content.decode()


def test_many_results_come_in_pages_that_keep_the_query(client, demo_site):
    from advocacy.models import ContentPage, SectionIndexPage

    section = SectionIndexPage.objects.get(slug="about-cachexia")
    for number in range(12):
        page = ContentPage(title=f"Marmalade note {number}", slug=f"marmalade-{number}", intro="<p>Marmalade.</p>")
        section.add_child(instance=page)
        page.save_revision().publish()

    first = client.get("/search/?q=marmalade").content.decode()
    assert "Page 1 of 2" in first
    assert 'href="?q=marmalade&amp;page=2"' in first
    second = client.get("/search/?q=marmalade&page=2").content.decode()
    assert "Page 2 of 2" in second and 'href="?q=marmalade&amp;page=1"' in second


def test_a_very_long_query_is_cut_not_parsed(client, demo_site):
    import time

    started = time.monotonic()
    response = client.get("/search/?q=" + "a" * 50_000)
    assert response.status_code == 200
    assert time.monotonic() - started < 5
    assert "a" * 201 not in response.content.decode()


def test_robots_txt(client, demo_site):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_the_demo_pages(client, demo_site):
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/about-cachexia/what-is-cachexia/", "/materials/eating-well/", "/community/", "/mission/"):
        assert f"<loc>http://localhost{path}</loc>" in body


def test_unknown_url_gets_the_friendly_404(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We cannot find that page" in body and 'href="/search/"' in body


def test_500_page_renders_without_the_database():
    def refuse(*args, **kwargs):
        raise AssertionError("the 500 page touched the database")

    with connection.execute_wrapper(refuse):
        body = render_to_string("500.html")
    assert "Sorry, something went wrong" in body


def test_a_crashing_view_gets_the_500_page(settings, demo_site, monkeypatch):
    from advocacy.models import HomePage

    def crash(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", crash)
    response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Sorry, something went wrong" in body and "Traceback" not in body and "boom" not in body
