"""How long questions are kept: the retention period in site settings (docs/questions-and-clinical-review.md)."""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Site

from advocacy.models import SiteSettings

from .models import Question

DEFAULT_RETENTION_DAYS = 90


@dataclass
class PurgeResult:
    deleted: int
    retention_days: int


def retention_days() -> int:
    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site).question_retention_days if site else DEFAULT_RETENTION_DAYS


@transaction.atomic
def purge_questions(now=None) -> PurgeResult:
    """Delete every question (and with it any email address) older than the retention period."""
    days = retention_days()
    deleted, _ = Question.objects.older_than(days, now=now).delete()
    return PurgeResult(deleted=deleted, retention_days=days)
