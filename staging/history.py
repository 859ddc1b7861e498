"""Give seeded criteria sets a first revision, so the admin can show what an editor changed."""

from django.db import transaction


def create_initial_revisions(**kwargs) -> None:
    from .models import CriteriaSet

    for criteria_set in CriteriaSet.objects.filter(latest_revision__isnull=True, live=True):
        with transaction.atomic():
            revision = criteria_set.save_revision(clean=False)
            revision.publish(log_action=False, skip_permission_checks=True)
