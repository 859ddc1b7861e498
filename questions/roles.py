"""The editorial roles the questions workflow needs: editors triage and draft, clinical reviewers approve."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Workflow

from advocacy.clinical_review import EDITORS_GROUP, ensure_clinical_review

TRIAGE_CODENAMES = ("view_question", "change_question", "delete_question")


def triage_permissions():
    return Permission.objects.filter(content_type__app_label="questions", codename__in=TRIAGE_CODENAMES)


def ensure_editorial_roles() -> Workflow:
    """Set up the "Clinical review" workflow and its groups for every language's pages, and let editors
    triage questions. Idempotent.

    Triage rights are given once, when the Editors group has none of them, so an administrator's later
    changes to the group stand.
    """
    workflow = ensure_clinical_review()
    editors = Group.objects.get(name=EDITORS_GROUP)
    if not editors.permissions.filter(content_type__app_label="questions").exists():
        editors.permissions.add(*triage_permissions())
    return workflow
