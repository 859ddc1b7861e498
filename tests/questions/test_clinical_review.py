"""Clinical sign-off: editors cannot publish health pages; a reviewer's approval publishes them and is recorded."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from advocacy.clinical_review import REVIEW_CYCLE, ensure_clinical_review
from advocacy.models import CommunityPage, ContentPage, ReviewedContentMixin, Reviewer, SectionIndexPage

pytestmark = pytest.mark.django_db


def new_page_data(action: str, **changes) -> dict:
    data = {
        "title": "Tiredness and cachexia",
        "slug": "tiredness",
        "intro": rich_text("<p>Why you may feel tired.</p>"),
        "body": streamfield([("rich_text", rich_text("<p>Rest when you need to.</p>"))]),
        "references": streamfield([]),
        "next_review_due": "",
        action: "1",
    }
    data.update(changes)
    return nested_form_data(data)


def add_url():
    return f"/admin/pages/add/advocacy/contentpage/{SectionIndexPage.objects.get().pk}/"


def approve(client, page, comment=""):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    url = f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state_id}/"
    return client.post(url, {"comment": comment} if comment else {})


def test_the_workflow_covers_every_health_page_and_the_loader_sets_it_up_once(demo_site):
    workflow = ensure_clinical_review()
    assert workflow.name == "Clinical review"
    assert [task.name for task in workflow.tasks] == ["Clinical sign-off"]
    assert list(workflow.tasks[0].specific.groups.values_list("name", flat=True)) == ["Clinical reviewers"]
    pages = list(Page.objects.filter(depth__gt=1).specific())
    health = [page for page in pages if isinstance(page, ReviewedContentMixin)]
    assert {type(page).__name__ for page in health} >= {"ContentPage", "StagesPage", "MaterialPage", "AnswerPage"}
    for page in pages:
        assert page.get_workflow() == (workflow if page in health else None), page
    ensure_clinical_review()
    # One assignment, at the root: every language's pages are under it (tests/questions/test_publishing_routes.py).
    assert [wp.page.depth for wp in workflow.workflow_pages.all()] == [1] and Group.objects.filter(
        name="Clinical reviewers"
    ).count() == 1


def test_an_editor_has_no_publish_button_and_cannot_publish(client, editor):
    client.force_login(editor)
    form = client.get(add_url()).content.decode()
    assert 'name="action-submit"' in form
    assert 'name="action-publish"' not in form

    response = client.post(add_url(), new_page_data("action-publish"))
    assert response.status_code == 302
    page = ContentPage.objects.get(slug="tiredness")
    assert not page.live and not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_an_editor_publishes_a_page_that_is_not_health_content_directly(client, editor):
    community = CommunityPage.objects.get()
    client.force_login(editor)
    form = client.get(f"/admin/pages/{community.pk}/edit/").content.decode()
    assert 'name="action-publish"' in form
    data = nested_form_data(
        {
            "title": "Community and support",
            "slug": community.slug,
            "intro": rich_text("<p>Meet others.</p>"),
            "body": streamfield([]),
            "action-publish": "1",
        }
    )
    response = client.post(f"/admin/pages/{community.pk}/edit/", data)
    assert response.status_code == 302
    community.refresh_from_db()
    assert community.live and community.title == "Community and support" and not community.has_unpublished_changes


def test_someone_with_publish_permission_is_still_sent_to_review(client, demo_site, django_user_model):
    moderator = django_user_model.objects.create_user("mod", "mod@example.org", "a-moderator-password")
    moderator.groups.add(Group.objects.get(name="Moderators"))  # Wagtail's default group: may publish anywhere
    page = ContentPage.objects.get(slug="causes")
    client.force_login(moderator)
    data = new_page_data("action-publish", title="Causes, rewritten", slug="causes")
    response = client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)
    assert "Health pages go live only after a clinical reviewer approves them" in response.content.decode()
    page.refresh_from_db()
    assert page.title == "What causes cachexia?" and page.has_unpublished_changes  # kept as a draft


def test_submit_then_approve_publishes_and_records_the_reviewer_and_date(client, editor, clinical_reviewer):
    client.force_login(editor)
    assert client.post(add_url(), new_page_data("action-submit")).status_code == 302
    page = ContentPage.objects.get(slug="tiredness")
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.workflow.name == "Clinical review" and state.status == "in_progress"
    assert not page.live

    client.force_login(clinical_reviewer)
    dashboard = client.get("/admin/").content.decode()
    assert "Tiredness and cachexia" in dashboard  # "Awaiting your review"
    response = approve(client, page)
    assert response.status_code in (200, 302)

    page.refresh_from_db()
    today = timezone.localdate()
    assert page.live
    assert page.reviewer == Reviewer.objects.get(name="Example Reviewer")
    assert page.last_reviewed == today and page.next_review_due == today + REVIEW_CYCLE
    assert page.live_revision.user == clinical_reviewer
    public = client.get(page.url).content.decode()
    assert "Example Reviewer" in public and f'<time datetime="{today:%Y-%m-%d}">' in public


def test_an_editor_cannot_approve_their_own_page(client, editor):
    client.force_login(editor)
    client.post(add_url(), new_page_data("action-submit"))
    page = ContentPage.objects.get(slug="tiredness")
    response = approve(client, page)
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live


def test_editors_cannot_type_a_reviewer_in_themselves(client, editor):
    client.force_login(editor)
    reviewer = Reviewer.objects.get(name="Example Reviewer")
    data = new_page_data("action-submit", reviewer=reviewer.pk, last_reviewed="2026-01-01")
    client.post(add_url(), data)
    page = ContentPage.objects.get(slug="tiredness")
    draft = page.get_latest_revision_as_object()
    assert draft.reviewer is None and draft.last_reviewed is None
    edit_form = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Filled in when a clinical reviewer approves this page." in edit_form
    assert 'name="reviewer"' not in edit_form


def test_approval_by_someone_without_an_expert_profile_says_not_yet_reviewed(client, editor, superuser):
    page = ContentPage.objects.get(slug="causes")
    assert page.reviewer is not None
    client.force_login(editor)
    client.post(f"/admin/pages/{page.pk}/edit/", new_page_data("action-submit", title="Causes", slug="causes"))
    client.force_login(superuser)
    approve(client, page)
    page.refresh_from_db()
    assert page.live and page.title == "Causes"
    assert page.reviewer is None and page.last_reviewed is None
    assert "Not yet reviewed by a clinician" in client.get(page.url).content.decode()


def test_a_superuser_may_still_publish_directly(demo_site, admin_client):
    response = admin_client.post(add_url(), new_page_data("action-publish"))
    assert response.status_code == 302
    assert ContentPage.objects.get(slug="tiredness").live


def test_an_approval_keeps_a_later_review_date_the_editor_chose(client, editor, clinical_reviewer):
    later = timezone.localdate() + datetime.timedelta(days=200)
    client.force_login(editor)
    client.post(add_url(), new_page_data("action-submit", next_review_due=later.isoformat()))
    page = ContentPage.objects.get(slug="tiredness")
    client.force_login(clinical_reviewer)
    approve(client, page)
    page.refresh_from_db()
    assert page.live and page.next_review_due == later
