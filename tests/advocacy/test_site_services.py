"""Search, robots.txt, sitemap.xml and the error pages."""

import pytest

pytestmark = pytest.mark.django_db


def test_search_finds_a_demo_page_by_a_word_in_its_body(client, demo_site):
    response = client.get("/search/?q=inflammation")
    body = response.content.decode()
    assert response.status_code == 200
    assert 'href="/about-cachexia/causes/"' in body
    assert "result" in body


def test_search_finds_materials_too(client, demo_site):
    assert 'href="/materials/weight-diary/"' in client.get("/search/?q=diary").content.decode()


def test_each_result_says_what_it_is_and_a_material_without_a_description_shows_its_summary(client, demo_site):
    from materials.models import MaterialPage

    diary = MaterialPage.objects.get(slug="weight-diary")
    diary.search_description = ""
    diary.summary = "Write down your weight each week in this quince diary."
    diary.save_revision().publish()
    first = client.get("/search/?q=quince").content.decode()
    assert '<p class="result-type">Material page</p>' in first
    assert "<p>Write down your weight each week in this quince diary.</p>" in first

    diary.search_description = "A diary for your weight, quince or not."
    diary.save_revision().publish()
    second = client.get("/search/?q=quince").content.decode()
    assert "<p>A diary for your weight, quince or not.</p>" in second
    assert "in this quince diary.</p>" not in second


def test_the_results_list_reads_its_pages_and_their_summaries_in_one_query(demo_site, django_assert_num_queries):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    from advocacy.models import ContentPage
    from advocacy.search_results import shown_pages
    from materials.models import MaterialPage

    materials = list(MaterialPage.objects.order_by("path")[:3])
    content = ContentPage.objects.order_by("path").first()
    ids = [materials[2].pk, content.pk, materials[0].pk, materials[1].pk]
    ContentType.objects.get_for_models(*get_page_models())  # in Django's cache, as on a warm worker
    shown_pages([content.pk])
    with django_assert_num_queries(1):  # the three materials; the content page is already kept
        pages = shown_pages(ids)
    assert [page.pk for page in pages] == ids
    with django_assert_num_queries(0):  # kept by the worker for the site version
        assert [page.pk for page in shown_pages(ids)] == ids
    assert [page.listing_summary for page in pages] == [
        materials[2].summary,
        "",
        materials[0].summary,
        materials[1].summary,
    ]
    assert all(material.summary for material in materials)  # the demo materials each have one
    assert [page.type_name for page in pages] == ["Material page", "Content page", "Material page", "Material page"]


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
    assert 'href="?q=marmalade&amp;page=2#results-heading"' in first
    second = client.get("/search/?q=marmalade&page=2").content.decode()
    assert "Page 2 of 2" in second and 'href="?q=marmalade&amp;page=1#results-heading"' in second


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
    assert "Sitemap: http://localhost/sitemap.xml" in body  # the Site's address (see test_public_address.py)


def test_favicon(client, demo_site):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
    icon = client.get("/static/favicon.svg")
    assert icon.status_code == 200 and icon["Content-Type"] == "image/svg+xml"
    legacy = client.get("/favicon.ico")
    assert legacy.status_code == 302 and legacy["Location"] == "/static/favicon.svg"


def test_sitemap_lists_the_demo_pages(client, demo_site):
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/about-cachexia/what-is-cachexia/", "/materials/eating-well/", "/community/", "/mission/"):
        assert f"<loc>http://localhost{path}</loc>" in body


def test_sitemap_leaves_out_private_sections_and_asks_a_page_type_with_its_own_urls(client, demo_site, monkeypatch):
    from wagtail.models import PageViewRestriction

    from advocacy.models import SectionIndexPage
    from materials.models import MaterialPage

    section = SectionIndexPage.objects.get(slug="about-cachexia")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    monkeypatch.setattr(
        MaterialPage,
        "get_sitemap_urls",
        lambda self, request=None: [{"location": f"http://localhost/own/{self.slug}/", "lastmod": None}],
    )
    body = client.get("/sitemap.xml").content.decode()
    assert "/about-cachexia/" not in body  # the section and every page under it
    assert "<loc>http://localhost/own/eating-well/</loc>" in body  # the page type's own answer
    assert "<loc>http://localhost/materials/eating-well/</loc>" not in body
    assert "<loc>http://localhost/community/</loc>" in body


def test_unknown_url_gets_the_friendly_404(client, demo_site):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We cannot find that page" in body and 'href="/search/"' in body


def test_a_worker_that_has_kept_its_fill_of_results_starts_afresh_and_still_shows_them_all(demo_site, monkeypatch):
    from advocacy import search_results
    from materials.models import MaterialPage

    ids = list(MaterialPage.objects.order_by("path").values_list("pk", flat=True)[:4])
    monkeypatch.setattr(search_results, "MAX_KEPT", 3)
    assert [page.pk for page in search_results.shown_pages(ids[:1])] == ids[:1]
    assert [page.pk for page in search_results.shown_pages(ids)] == ids
    assert [page.pk for page in search_results.shown_pages(ids[::-1])] == ids[::-1]
