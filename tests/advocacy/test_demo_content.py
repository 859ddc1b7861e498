"""The demo loader builds a complete site, and running it again changes nothing."""

import pytest
from django.core.management import call_command
from django.utils.html import escape
from wagtail.models import Page, Revision, Site

from advocacy.models import CommunityPage, ContentPage, HomePage, MissionPage, SectionIndexPage, SiteSettings
from materials.models import MaterialDocument, MaterialIndexPage, MaterialPage
from staging.models import StagesPage

pytestmark = pytest.mark.django_db


def tree_snapshot():
    return sorted(Page.objects.values_list("url_path", "content_type__model"))


def test_loader_builds_every_section(capsys):
    call_command("load_demo_content")
    output = capsys.readouterr().out

    home = HomePage.objects.get(locale__language_code="en")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    english = {"locale__language_code": "en"}
    assert MissionPage.objects.live().filter(**english).count() == 1
    assert SectionIndexPage.objects.live().filter(slug="about-cachexia", **english).exists()
    assert ContentPage.objects.live().filter(**english).count() >= 2
    assert StagesPage.objects.live().filter(**english).count() == 1
    assert CommunityPage.objects.live().filter(**english).count() == 1
    assert MaterialIndexPage.objects.live().filter(**english).count() == 1
    assert MaterialPage.objects.live().filter(**english).count() >= 3
    for material in MaterialPage.objects.select_related("document"):
        assert material.document.file.read(5) == b"%PDF-"
        assert material.audiences.exists()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    assert site_settings.facebook_url.startswith("https://www.facebook.com/")
    assert "To empower patients with cachexia" in site_settings.mission_statement
    # The admin credentials are printed, and they work.
    password = output.split("password: ")[1].split()[0]
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)


def test_loader_is_idempotent(capsys):
    call_command("load_demo_content")
    first_tree = tree_snapshot()
    counts = (MaterialDocument.objects.count(), Revision.objects.count(), Site.objects.count())
    capsys.readouterr()

    call_command("load_demo_content")
    output = capsys.readouterr().out

    assert tree_snapshot() == first_tree
    assert (MaterialDocument.objects.count(), Revision.objects.count(), Site.objects.count()) == counts
    assert "nothing to add" in output
    assert "password was not changed" in output


def test_loader_keeps_editor_changes(demo_site):
    mission = MissionPage.objects.get()
    mission.title = "What we stand for"
    mission.save_revision().publish()

    call_command("load_demo_content")

    assert MissionPage.objects.get(locale__language_code="en").title == "What we stand for"
    assert MissionPage.objects.filter(locale__language_code="en").count() == 1


def test_every_demo_page_returns_200(client, demo_site):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert len(pages) >= 10
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert escape(page.title) in response.content.decode(), page.url


def test_every_page_type_edit_view_loads_for_a_superuser(admin_client, demo_site):
    seen_types = set()
    for page in Page.objects.filter(depth__gt=1).specific():
        if type(page) in seen_types:
            continue
        seen_types.add(type(page))
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
    assert {HomePage, MissionPage, SectionIndexPage, ContentPage, CommunityPage, StagesPage} <= seen_types
    assert {MaterialIndexPage, MaterialPage} <= seen_types
