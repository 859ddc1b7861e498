"""A page's body is rendered once per published version and kept as a fragment; previews never use it."""

import pytest
from django.test import Client

from advocacy.models import ContentPage

pytestmark = pytest.mark.django_db

URL = "/about-cachexia/what-is-cachexia/"


def body_with(text: str):
    return [("rich_text", f"<p>{text}</p>")]


def test_a_published_change_to_the_body_shows_on_the_next_visit(demo_site):
    page = ContentPage.objects.get(url_path__endswith="/what-is-cachexia/")
    assert Client().get(URL + "?first=1").status_code == 200  # the body fragment is now kept
    page.body = body_with("Freshly published words")
    page.save_revision().publish()
    assert "Freshly published words" in Client().get(URL + "?second=1").content.decode()


def test_a_preview_shows_the_draft_body_not_the_kept_one(demo_site):
    page = ContentPage.objects.get(url_path__endswith="/what-is-cachexia/")
    site = page.get_site()
    visitor = Client(HTTP_HOST=site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}")
    live = visitor.get(URL + "?first=1").content.decode()  # the body fragment is kept for this host
    draft = ContentPage.objects.get(pk=page.pk)
    draft.body = body_with("Words only in the draft")
    preview = draft.make_preview_request()
    assert "Words only in the draft" in preview.rendered_content
    assert "Words only in the draft" not in live
    assert "Words only in the draft" not in visitor.get(URL + "?again=1").content.decode()  # the live page kept


def test_the_live_body_is_served_from_the_fragment(demo_site):
    """A second visit with another query string (so not the whole-page cache) reads the body from the cache."""
    page = ContentPage.objects.get(url_path__endswith="/what-is-cachexia/")
    Client().get(URL + "?first=1")
    ContentPage.objects.filter(pk=page.pk).update(body=body_with("Changed behind the cache's back"))
    assert "Changed behind the cache's back" not in Client().get(URL + "?second=1").content.decode()


SECTION = "/about-cachexia/"


def test_a_sections_list_of_pages_is_kept_and_a_publish_shows_at_once(demo_site):
    """The section's cards are a fragment (a second visit reads them from the cache, not the tree); a new
    child's publish bumps the site version, so the next visit lists it."""
    section = ContentPage.objects.get(url_path__endswith="/what-is-cachexia/").get_parent().specific
    assert Client().get(SECTION + "?first=1").status_code == 200
    ContentPage.objects.filter(url_path__endswith="/what-is-cachexia/").update(title="Renamed behind the cache")
    assert "Renamed behind the cache" not in Client().get(SECTION + "?second=1").content.decode()

    section.add_child(instance=ContentPage(title="Living well with less appetite", slug="less-appetite"))
    ContentPage.objects.get(slug="less-appetite").save_revision().publish()
    shown = Client().get(SECTION + "?third=1").content.decode()
    assert "Living well with less appetite" in shown


MATERIAL = "/materials/eating-well/"


def test_a_materials_facts_and_review_are_kept_and_a_publish_shows_at_once(demo_site):
    """What a material page shows every visitor (file facts, labels, review panel) is a fragment; a
    publish bumps the site version, so the next visit shows the change."""
    from materials.models import MaterialPage

    material = MaterialPage.objects.get(url_path__endswith="/eating-well/")
    first = Client().get(MATERIAL + "?first=1").content.decode()
    assert "<li>Leaflet</li>" in first
    MaterialPage.objects.filter(pk=material.pk).update(format="booklet", next_review_due=None)
    kept = Client().get(MATERIAL + "?second=1").content.decode()
    assert "<li>Leaflet</li>" in kept and "Not set" not in kept

    material.refresh_from_db()
    material.save_revision().publish()
    shown = Client().get(MATERIAL + "?third=1").content.decode()
    assert "<li>Booklet</li>" in shown and "<dd>Not set</dd>" in shown


def test_a_material_preview_shows_the_draft_facts_not_the_kept_ones(demo_site):
    from materials.models import MaterialPage

    material = MaterialPage.objects.get(url_path__endswith="/eating-well/")
    site = material.get_site()
    visitor = Client(HTTP_HOST=site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}")
    assert "<li>Leaflet</li>" in visitor.get(MATERIAL + "?first=1").content.decode()  # kept for this host
    draft = MaterialPage.objects.get(pk=material.pk)
    draft.format = "booklet"
    draft.next_review_due = None
    preview = draft.make_preview_request().rendered_content
    assert "<li>Booklet</li>" in preview and "<dd>Not set</dd>" in preview
    assert "<li>Leaflet</li>" in visitor.get(MATERIAL + "?again=1").content.decode()  # the live page kept
