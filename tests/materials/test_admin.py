"""Editors create material pages in the Wagtail admin: drafts, publishing and scheduling."""

import datetime
import re

import pytest
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield  # noqa: F401

from materials.models import Audience, DownloadDay, MaterialDocument, MaterialIndexPage, MaterialPage, MaterialStage

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


def test_download_report_totals_a_chosen_period_and_exports_csv_and_xlsx(admin_client, demo_site):
    import io

    from openpyxl import load_workbook

    diary = MaterialPage.objects.get(slug="weight-diary")
    eating = MaterialPage.objects.get(slug="eating-well")
    today = timezone.localdate()
    DownloadDay.objects.create(material=diary, date=today, count=7)
    DownloadDay.objects.create(material=diary, date=today - datetime.timedelta(days=90), count=100)
    DownloadDay.objects.create(material=eating, date=today - datetime.timedelta(days=90), count=3)

    def cells(params=None):
        html = admin_client.get("/admin/reports/downloads/", params or {}).content.decode()
        row = html.split("A weekly weight and appetite diary", 1)[1].split("</tr>", 1)[0]
        return [strip_tags("<td" + cell).strip() for cell in row.split("<td")[1:]]

    assert cells()[:2] == ["7", "107"]  # the last 30 days by default, and all time

    long_ago = (today - datetime.timedelta(days=100)).isoformat()
    old_period = {"period_from": long_ago, "period_to": (today - datetime.timedelta(days=60)).isoformat()}
    assert cells(old_period)[:2] == ["100", "107"]

    csv = admin_client.get("/admin/reports/downloads/", {**old_period, "export": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    lines = b"".join(csv.streaming_content).decode().splitlines()
    assert lines[0] == 'Material,Downloads in the period,"Downloads, all time",Last downloaded'
    assert lines[1].startswith("A weekly weight and appetite diary,100,107,")

    xlsx = admin_client.get("/admin/reports/downloads/", {**old_period, "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Material", "Downloads in the period", "Downloads, all time")
    assert rows[1][:3] == ("A weekly weight and appetite diary", 100, 107)


def test_download_report_is_staff_only(client, demo_site, django_user_model):
    user = django_user_model.objects.create_user("visitor", password="a-long-test-password")
    client.force_login(user)
    response = client.get("/admin/reports/downloads/")
    assert response.status_code in (302, 403)


def test_material_editor_offers_each_stage_once_checkboxes_and_a_language_list(admin_client, demo_site):
    html = admin_client.get(add_url(MaterialIndexPage.objects.get())).content.decode()
    stage_boxes = re.findall(r'<input type="checkbox" name="stages" value="([^"]+)"', html)
    assert stage_boxes == ["pre-cachexia", "cachexia", "refractory-cachexia"]  # 2 criteria sets, 3 stages
    assert "Each stage is listed once" in html
    assert len(re.findall(r'<input type="checkbox" name="audiences"', html)) == Audience.objects.count()
    assert len(re.findall(r'<input type="checkbox" name="topics"', html)) == 4
    language = html.split('name="language"', 1)[1].split("</select>", 1)[0]
    for option in ('<option value="en" selected>English</option>', '<option value="es">Español</option>'):
        assert option in language
    assert '<option value="pl">Polski</option>' in language


def test_stages_are_saved_by_slug_in_drafts_and_on_publish(admin_client, demo_site):
    index = MaterialIndexPage.objects.get()
    response = admin_client.post(add_url(index), form_data(stages=["cachexia", "refractory-cachexia"]))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = MaterialPage.objects.get(slug="staying-active")
    assert sorted(link.slug for link in page.stage_links.all()) == ["cachexia", "refractory-cachexia"]
    # A draft change lives in the revision until published, and the edit form shows it.
    admin_client.post(f"/admin/pages/{page.pk}/edit/", form_data(stages=["pre-cachexia"]))
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert re.findall(r'name="stages" value="([^"]+)"[^>]*checked', edit) == ["pre-cachexia"]
    admin_client.post(f"/admin/pages/{page.pk}/edit/", form_data(stages=["pre-cachexia"], **{"action-publish": "1"}))
    assert [link.slug for link in MaterialStage.objects.filter(page=page)] == ["pre-cachexia"]
    listed = admin_client.get("/materials/?stage=pre-cachexia").content.decode()
    assert (
        "Staying active" in listed
        and "Staying active" not in admin_client.get("/materials/?stage=cachexia").content.decode()
    )
    assert "<dt>Stages</dt><dd>Pre-cachexia</dd>" in admin_client.get("/materials/staying-active/").content.decode()


def test_a_language_outside_the_list_is_shown_and_must_be_chosen_again(admin_client, demo_site):
    page = MaterialPage.objects.get(slug="eating-well")
    MaterialPage.objects.filter(pk=page.pk).update(language="Klingon")
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert '<option value="Klingon" selected>Klingon (not on the list: choose a language)</option>' in html


def test_copying_a_material_gives_the_copy_its_own_short_code(admin_client, demo_site):
    original = MaterialPage.objects.get(slug="eating-well")
    response = admin_client.post(
        f"/admin/pages/{original.pk}/copy/",
        {
            "new_title": "Eating well (large print)",
            "new_slug": "eating-well-large-print",
            "new_parent_page": original.get_parent().pk,
            "copy_subpages": False,
            "publish_copies": True,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    copy = MaterialPage.objects.get(slug="eating-well-large-print")
    assert copy.short_code != original.short_code and len(copy.short_code) == 6
    assert sorted(link.slug for link in copy.stage_links.all()) == sorted(
        link.slug for link in original.stage_links.all()
    )
    assert admin_client.get(f"/m/{copy.short_code}/")["Location"] == "/materials/eating-well-large-print/"
