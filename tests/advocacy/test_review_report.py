"""The admin report of health pages due for clinical review."""

import datetime

import pytest
from django.utils import timezone

from advocacy.models import ContentPage
from materials.models import MaterialPage

pytestmark = pytest.mark.django_db
URL = "/admin/reports/reviews-due/"


def set_due(page, days):
    page.next_review_due = timezone.localdate() + datetime.timedelta(days=days)
    page.last_reviewed = page.next_review_due - datetime.timedelta(days=1000)
    page.save_revision().publish()


def test_report_lists_overdue_and_due_soon_pages_only(admin_client, demo_site):
    set_due(ContentPage.objects.get(slug="causes"), -10)
    set_due(MaterialPage.objects.get(slug="weight-diary"), 20)
    set_due(ContentPage.objects.get(slug="what-is-cachexia"), 365)
    body = admin_client.get(URL).content.decode()
    assert "What causes cachexia?" in body and "Overdue by 10 days" in body
    assert "A weekly weight and appetite diary" in body and "Due in 20 days" in body
    assert "What is cachexia?" not in body
    assert body.index("What causes cachexia?") < body.index("A weekly weight and appetite diary")


def test_report_is_in_the_reports_menu(admin_client, demo_site):
    assert URL in admin_client.get("/admin/").content.decode()


def test_report_needs_admin_access(client, demo_site, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="a-long-test-password"))
    assert client.get(URL).status_code in (302, 403)
