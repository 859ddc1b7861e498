"""A mark on a translated page: its words still need checking by a native-speaking clinician."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationReviewQuerySet(models.QuerySet):
    def open(self):
        return self.filter(checked_at__isnull=True)


class TranslationReview(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_review", verbose_name=_("page")
    )
    note = models.TextField(
        blank=True,
        default="Needs review by a native-speaking clinician before launch.",
        verbose_name=_("note"),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    checked_at = models.DateTimeField(null=True, blank=True, verbose_name=_("checked at"))
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = TranslationReviewQuerySet.as_manager()

    class Meta:
        ordering = ["page__path"]
        verbose_name = _("translation review")

    def __str__(self) -> str:
        return f"{self.page.title}: {self.note}"


def mark_for_review(page, note: str = "") -> "TranslationReview":
    """Flag ``page`` (a translation) as needing a native-speaking clinician's check. Idempotent."""
    review, created = TranslationReview.objects.get_or_create(page_id=page.pk)
    if note and created:
        review.note = note
        review.save(update_fields=["note"])
    return review
