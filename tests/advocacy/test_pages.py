"""Every page type renders what readers need: trust details, settings text, navigation and meta tags."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Site

from advocacy.models import CommunityPage, ContentPage, HomePage, MissionPage, SectionIndexPage, SiteSettings
from staging.models import CriteriaSet
from tests.helpers import set_site_text

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (HomePage, "What you can do here"),
        (MissionPage, "To empower patients with cachexia to live their lives to the fullest"),
        (SectionIndexPage, "What causes cachexia?"),
        (ContentPage, "Signs to look out for"),
        (CommunityPage, "Staying safe online"),
    ],
)
def test_each_page_type_renders_its_content(client, demo_site, model, expected):
    page = model.objects.live().order_by("path").first()
    body = html(client, page.url)
    assert escape(expected) in body or expected in body
    assert "<h1>" in body


def test_education_page_shows_reviewer_dates_references_and_care_team_line(client, demo_site):
    page = ContentPage.objects.get(slug="what-is-cachexia")
    page.last_reviewed = datetime.date(2026, 10, 1)
    page.next_review_due = datetime.date(2029, 10, 1)
    page.save_revision().publish()
    body = html(client, page.url)
    assert "Checked by" in body and "Example Reviewer" in body and "RD (registered dietitian)" in body
    assert '<time datetime="2026-10-01">1 October 2026</time>' in body
    assert '<time datetime="2029-10-01">1 October 2029</time>' in body
    assert 'href="https://doi.org/10.1016/S1470-2045(10)70218-7"' in body
    assert "It does not replace it." in body  # the care-team line from site settings


def test_footer_and_community_link_come_from_site_settings(client, demo_site):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "help@society.example"
    site_settings.facebook_url = "https://www.facebook.com/groups/example-community"
    site_settings.save()
    set_site_text(site_settings, medical_disclaimer="Ask your own team first.")
    for url in ("/", "/community/"):
        body = html(client, url)
        assert "mailto:help@society.example" in body
        assert "Ask your own team first." in body
        assert "https://www.facebook.com/groups/example-community" in body
        assert "To empower patients with cachexia" in body


def test_header_navigation_follows_the_page_tree(client, demo_site):
    body = html(client, "/about-cachexia/causes/")
    nav = body.split('aria-label="Main"')[1].split("</nav>")[0]
    for title in ("Our mission", "Patient materials", "About cachexia", "Community"):
        assert title in nav
    assert 'href="/about-cachexia/" aria-current="page"' in nav
    community = CommunityPage.objects.get()
    community.show_in_menus = False
    community.save_revision().publish()
    assert "Community" not in html(client, "/").split('aria-label="Main"')[1].split("</nav>")[0]


def test_breadcrumbs(client, demo_site):
    body = html(client, "/about-cachexia/causes/")
    crumbs = body.split('aria-label="Breadcrumb"')[1].split("</nav>")[0]
    assert crumbs.index(">Home<") < crumbs.index("About cachexia") < crumbs.index("What causes cachexia?")
    assert 'aria-current="page"' in crumbs


def test_titles_meta_description_and_open_graph(client, demo_site):
    page = ContentPage.objects.get(slug="causes")
    body = html(client, page.url)
    assert "<title>What causes cachexia? | Cancer Cachexia Society</title>" in body
    assert f'<meta name="description" content="{escape(page.search_description)}">' in body
    assert '<meta property="og:title" content="What causes cachexia?">' in body
    assert '<meta property="og:url" content="http://localhost/about-cachexia/causes/">' in body
    assert '<link rel="canonical" href="http://localhost/about-cachexia/causes/">' in body


def test_skip_link_and_landmarks(client, demo_site):
    body = html(client, "/")
    assert '<a class="skip-link" href="#main">' in body
    assert '<main id="main"' in body and "<header" in body and "<footer" in body
    assert "<script" not in body  # nothing on the public site needs JavaScript


def test_stages_block_shows_values_changed_in_the_database(client, demo_site):
    page = ContentPage.objects.get(slug="what-is-cachexia")
    assert "more than 5% within 6 months" in html(client, page.url)
    fearon = CriteriaSet.objects.get(slug="fearon-2011")
    stage = fearon.stages.get(slug="cachexia")
    raw = stage.rule_groups.get_prep_value()
    raw[0]["value"]["conditions"][0]["value"] = "7"
    stage.rule_groups = raw
    stage.name = "Cachexia (edited)"
    stage.save()
    fearon.save_revision().publish()  # as an editor does: the public site changes when the set is published
    body = html(client, page.url)
    assert "more than 7% within 6 months" in body and "Cachexia (edited)" in body


def add_pages(count):
    section = SectionIndexPage.objects.get()
    for i in range(count):
        page = ContentPage(title=f"Extra page {i}", slug=f"extra-{i}", show_in_menus=True)
        section.add_child(instance=page)
        page.save_revision().publish()
    home = HomePage.objects.get()
    for i in range(5):
        page = ContentPage(title=f"Menu page {i}", slug=f"menu-{i}", show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()


@pytest.mark.parametrize("url", ["/", "/about-cachexia/what-is-cachexia/"])
def test_query_count_stays_the_same_with_50_more_pages(client, demo_site, django_assert_max_num_queries, url):
    # A new query parameter each time: the page cache must not answer (advocacy/page_cache.py).
    client.get(url + "?n=1")
    with CaptureQueriesContext(connection) as small_tree:
        client.get(url + "?n=2")
    small_tree_queries = len(small_tree.captured_queries)  # read now: the query log is a ring buffer
    add_pages(50)
    client.get(url + "?n=3")
    with django_assert_max_num_queries(small_tree_queries):
        response = client.get(url + "?n=4")
    assert response.status_code == 200
    assert "Menu page 4" in response.content.decode()  # the bigger tree really is in the menu


def test_review_dates_must_be_in_order(demo_site):
    from django.core.exceptions import ValidationError

    page = ContentPage.objects.get(slug="causes")
    page.next_review_due = timezone.localdate() - datetime.timedelta(days=400)
    page.last_reviewed = timezone.localdate()
    with pytest.raises(ValidationError, match="after the last review"):
        page.full_clean()


@pytest.mark.parametrize(
    "page_type",
    ["staging/stagespage", "questions/askquestionpage", "questions/answersindexpage", "materials/materialindexpage"],
)
def test_editors_can_add_each_home_level_page_under_home(admin_client, home_page, page_type):
    """The admin's "Add child page" screen under Home offers every page type that lives there."""
    chooser = admin_client.get(f"/admin/pages/{home_page.pk}/add_subpage/")
    assert chooser.status_code == 200
    assert f"/admin/pages/add/{page_type}/{home_page.pk}/" in chooser.content.decode()
    form = admin_client.get(f"/admin/pages/add/{page_type}/{home_page.pk}/")
    assert form.status_code == 200
