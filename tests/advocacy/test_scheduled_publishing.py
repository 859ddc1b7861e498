"""Scheduled publishing (catalogue F5): the health endpoint notices when cron stops, and the README's
cron line is the command that catches up."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from materials.models import MaterialPage
from tests.helpers import readme_cron_command


@pytest.fixture
def scheduled(demo_site):
    """A new edition of a material, approved to go live at ``when`` (as the admin's schedule does)."""

    def schedule(hours_ago: float) -> Revision:
        page = MaterialPage.objects.get(slug="weight-diary")
        page.title = "A weekly weight and appetite diary (2027)"
        go_live = timezone.now() - datetime.timedelta(hours=hours_ago)
        return page.save_revision(approved_go_live_at=go_live)

    return schedule


def health(client):
    response = client.get("/health/?format=json")
    return response.status_code, response.json()


def test_health_is_ok_while_schedules_are_on_time(client, scheduled):
    scheduled(hours_ago=1)  # cron runs hourly: an hour late is normal
    status, checks = health(client)
    assert status == 200
    assert checks["ScheduledPublishing()"] == "OK"


def test_health_fails_when_a_page_is_more_than_two_hours_overdue_and_the_cron_line_fixes_it(client, scheduled):
    revision = scheduled(hours_ago=3)
    status, checks = health(client)
    assert status == 500
    assert checks["ScheduledPublishing()"] == "failing (ServiceUnavailable)"
    assert "2027" not in client.get("/health/").content.decode()  # no titles: the page may be under embargo

    assert readme_cron_command("publish_scheduled") == ["publish_scheduled"]
    call_command(*readme_cron_command("publish_scheduled"))

    page = MaterialPage.objects.get(pk=revision.object_id)
    assert page.title == "A weekly weight and appetite diary (2027)"
    assert page.live_revision_id == revision.pk
    assert health(client)[0] == 200


def test_a_page_overdue_to_expire_fails_the_check_too(client, demo_site):
    page = MaterialPage.objects.get(slug="weight-diary")
    MaterialPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(hours=3))
    assert health(client)[0] == 500
    call_command(*readme_cron_command("publish_scheduled"))
    page.refresh_from_db()
    assert not page.live and page.expired
    assert health(client)[0] == 200
