"""Clinical sign-off for health pages (docs/questions-and-clinical-review.md).

Health pages (every page type with ``ReviewedContentMixin``) go live through the "Clinical review"
workflow: an editor submits, a member of the "Clinical reviewers" group approves, and the approval
is recorded on the page as the reviewer's expert profile and today's date, which readers see.

Wagtail publishes an approved page from its finish action (``WAGTAIL_FINISH_WORKFLOW_ACTION``,
``advocacy.workflow_actions``), so the record is written there, into the revision that goes live:
the ``task_approved`` and ``workflow_approved`` signals fire only after that publish.
"""

import datetime

from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from .models import ReviewedContentMixin, Reviewer

WORKFLOW_NAME = "Clinical review"
TASK_NAME = "Clinical sign-off"
REVIEWERS_GROUP = "Clinical reviewers"
EDITORS_GROUP = "Editors"
REVIEW_CYCLE = datetime.timedelta(days=3 * 365)  # the usual three-year cycle for patient information


def is_health_page(page) -> bool:
    return isinstance(page, ReviewedContentMixin)


def needs_review_to_publish(user, page_or_model) -> bool:
    """Whether ``user`` must go through the workflow to make this page (or a page of this type) live:
    for health pages, everyone but a superuser. Every way of publishing asks this, Wagtail's own and
    wagtail-localize's (advocacy/wagtail_hooks.py, advocacy/translation_publishing.py)."""
    model = page_or_model if isinstance(page_or_model, type) else type(page_or_model)
    return issubclass(model, ReviewedContentMixin) and not user.is_superuser


def submit_for_review(page, user) -> bool:
    """Send the page's latest revision to its workflow, as "Submit to Clinical review" does.

    A review already in progress goes on (its approval publishes the latest revision, this one); one
    that asked for changes is resumed. False if the page has no workflow (roles not set up yet).
    """
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return True
    workflow = page.get_workflow()
    if workflow is None:
        return False
    workflow.start(page, user)
    return True


def record_review(page, user, today: datetime.date | None = None) -> None:
    """Write the approving reviewer and the date onto ``page`` (not saved).

    Only someone with an expert profile counts as a clinical reviewer: if the approver has none
    (a superuser, say), the page says it is not yet reviewed rather than keep an older reviewer's name.
    """
    today = today or timezone.localdate()
    reviewer = Reviewer.objects.filter(user=user).first() if user is not None and user.pk else None
    if reviewer is not None and reviewer.locale_id != page.locale_id:  # their profile in the page's language
        reviewer = reviewer.get_translation_or_none(page.locale) or reviewer
    page.reviewer = reviewer
    page.last_reviewed = today if reviewer else None
    if reviewer and (page.next_review_due is None or page.next_review_due <= today):
        page.next_review_due = today + REVIEW_CYCLE


def publish_approved(workflow_state, user=None):
    """Publish what the workflow approved; on a health page, first record who approved it and when."""
    obj = workflow_state.content_object
    if isinstance(obj, Page):
        obj = obj.specific
    revision = obj.get_latest_revision()
    if is_health_page(obj):
        approved = revision.as_object()
        record_review(approved, user)
        revision = approved.save_revision(user=user, clean=False, changed=False)
    # The approval is the permission: reviewers may approve without being allowed to publish directly.
    revision.publish(user=user, skip_permission_checks=True)


def ensure_clinical_review(root: Page | None = None) -> Workflow:
    """Create the groups, the task and the workflow, and assign it to the root of the page tree. Idempotent.

    At the root, every language's pages are covered, including languages added later (each language's
    home page is a child of the root); it replaces Wagtail's default "Moderators approval" there. Only
    health pages use it (``BasePage.get_workflow``): other pages publish directly.

    Editors may add, edit and publish pages in every language, except that health pages need a reviewer's
    approval; reviewers may reach the admin and edit pages under review. Existing groups keep any
    permissions an administrator has given them.
    """
    root = root or Page.get_first_root_node()
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    editors, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS_GROUP)
    view_experts = Permission.objects.get(content_type__app_label="advocacy", codename="view_reviewer")
    # Editors translate pages and sync translations (wagtail-localize). Its migration 0006 makes the
    # permission and gives it to Wagtail's own "Editors" group; given here too, so the role is whole on any
    # database (a filter, not a get: a database emptied after migrating has no such permission until then).
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtail_localize", codename="submit_translation")
    )
    # Editors publish pages that are not health pages themselves; health pages refuse a direct publish
    # (advocacy/wagtail_hooks.py) and go through the workflow.
    for group, permission_types in ((editors, ("add", "change", "publish")), (reviewers, ("change",))):
        group.permissions.add(access_admin, view_experts)
        for permission_type in permission_types:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=f"{permission_type}_page"
                ),
            )

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.set([reviewers])
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow
