"""Editors create material pages in the Wagtail admin: drafts, publishing and scheduling."""

import datetime

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield  # noqa: F401

from materials.models import Audience, DownloadDay, MaterialDocument, MaterialIndexPage, MaterialPage

pytestmark = pytest.mark.django_db


def add_url(index):
    return f"/admin/pages/add/materials/materialpage/{index.pk}/"


def form_data(**extra):
    document = MaterialDocument.objects.first()
    data = nested_form_data(
        {
            "title": "Staying active",
            "slug": "staying-active",
            "summary": "Gentle ways to keep your muscles working.",
            "document": document.pk,
            "language": "en",
            "format": "leaflet",
            "references": streamfield([]),
        }
    )
    data["audiences"] = [Audience.objects.get(slug="patient").pk]
    data.update(extra)
    return data


def test_editor_saves_a_draft_then_publishes(admin_client, demo_site):
    index = MaterialIndexPage.objects.get()
    response = admin_client.post(add_url(index), form_data())
    assert response.status_code == 302, response.content.decode()[:3000]
    page = MaterialPage.objects.get(slug="staying-active")
    assert not page.live
    assert admin_client.get("/materials/staying-active/").status_code == 404

    edit = admin_client.post(f"/admin/pages/{page.pk}/edit/", form_data(**{"action-publish": "1"}))
    assert edit.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.revisions.count() == 2
    html = admin_client.get("/materials/staying-active/").content.decode()
    assert "Gentle ways to keep your muscles working." in html


def test_scheduled_publishing_waits_for_its_time(admin_client, demo_site):
    index = MaterialIndexPage.objects.get()
    go_live = (timezone.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    response = admin_client.post(add_url(index), form_data(**{"action-publish": "1", "go_live_at": go_live}))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = MaterialPage.objects.get(slug="staying-active")
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at is not None


def test_missing_summary_is_a_clear_error_and_nothing_is_lost(admin_client, demo_site):
    index = MaterialIndexPage.objects.get()
    response = admin_client.post(add_url(index), form_data(summary="", **{"action-publish": "1"}))
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert "Staying active" in response.content.decode()  # what the editor typed is still in the form


def test_download_report_shows_daily_totals(admin_client, demo_site):
    material = MaterialPage.objects.get(slug="weight-diary")
    DownloadDay.objects.create(material=material, date=timezone.localdate(), count=7)
    html = admin_client.get("/admin/reports/downloads/").content.decode()
    assert "A weekly weight and appetite diary" in html and ">7<" in html


def test_download_report_is_staff_only(client, demo_site, django_user_model):
    user = django_user_model.objects.create_user("visitor", password="a-long-test-password")
    client.force_login(user)
    response = client.get("/admin/reports/downloads/")
    assert response.status_code in (302, 403)
