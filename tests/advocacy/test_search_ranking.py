"""Site search reads Wagtail's search index in one statement (advocacy/search_ranking.py): what it
finds, in what order, and what it never shows. Run on SQLite (FTS5) and on PostgreSQL by CI."""

import re

import pytest
from wagtail.models import PageViewRestriction

from advocacy import search_ranking
from advocacy.models import ContentPage, SectionIndexPage

pytestmark = pytest.mark.django_db


def result_links(client, query: str) -> list[str]:
    html = client.get("/search/", {"q": query}).content.decode()
    listing = html.split('<ol class="search-results">', 1)[1].split("</ol>", 1)[0] if "search-results" in html else ""
    return re.findall(r'<h3><a href="([^"]+)">', listing)


def add_page(section, slug: str, title: str, intro: str) -> ContentPage:
    page = ContentPage(title=title, slug=slug, intro=f"<p>{intro}</p>")
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def section(demo_site):
    return SectionIndexPage.objects.get(slug="about-cachexia")


def test_a_word_in_the_title_ranks_above_the_same_word_in_the_text(client, section):
    add_page(section, "body-only", "Keeping a food note", "Quince jam on toast is easy to eat.")
    add_page(section, "in-title", "Quince and other soft fruit", "Soft fruit is easy to eat.")
    assert result_links(client, "quince") == ["/about-cachexia/in-title/", "/about-cachexia/body-only/"]


def test_any_of_the_words_finds_a_page(client, section):
    add_page(section, "jam", "Jam", "Quince jam.")
    add_page(section, "tea", "Tea", "Marmalade on toast with tea.")
    assert set(result_links(client, "quince marmalade")) == {"/about-cachexia/jam/", "/about-cachexia/tea/"}


def test_private_draft_and_unpublished_pages_are_never_found(client, section):
    private_section = add_page(section, "staff", "Staff area", "For staff.")
    add_page(private_section, "staff-note", "Staff quince note", "Quince.")
    PageViewRestriction.objects.create(page=private_section, restriction_type=PageViewRestriction.LOGIN)
    gone = add_page(section, "gone", "Old quince page", "Quince.")
    gone.unpublish()
    draft = ContentPage(title="Draft quince page", slug="draft", intro="<p>Quince.</p>", live=False)
    section.add_child(instance=draft)
    shown = add_page(section, "open", "Open quince page", "Quince.")
    assert result_links(client, "quince") == [shown.url]


def test_changes_show_in_the_next_search_once_the_worker_knows_the_pages(client, section):
    """On PostgreSQL the worker keeps the ids of the pages search may show, for one site version."""
    kept = add_page(section, "kept", "Kept quince page", "Quince.")
    gone = add_page(section, "gone", "Old quince page", "Quince.")
    hidden = add_page(section, "hidden", "Hidden quince page", "Quince.")
    assert len(result_links(client, "quince")) == 3
    gone.unpublish()
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    new = add_page(section, "new", "New quince page", "Quince.")
    assert sorted(result_links(client, "quince")) == sorted([kept.url, new.url])


def test_a_site_with_more_pages_than_the_worker_lists_is_searched_the_same(client, section, monkeypatch):
    monkeypatch.setattr(search_ranking, "MAX_LISTED_PAGES", 2)
    add_page(section, "body-only", "Keeping a food note", "Quince jam on toast is easy to eat.")
    add_page(section, "in-title", "Quince and other soft fruit", "Soft fruit is easy to eat.")
    gone = add_page(section, "gone", "Old quince page", "Quince.")
    gone.unpublish()
    assert result_links(client, "quince") == ["/about-cachexia/in-title/", "/about-cachexia/body-only/"]
