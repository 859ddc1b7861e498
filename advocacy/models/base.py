"""The abstract base page and the small mixins page types are built from."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from advocacy.blocks import ReferenceBlock

REVIEW_WARNING_DAYS = 30


class SocialImageMixin(models.Model):
    """An optional image for link previews (Open Graph)."""

    social_image = models.ForeignKey(
        "advocacy.SiteImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when someone shares this page. Optional.",
    )

    class Meta:
        abstract = True


class ReviewedContentMixin(models.Model):
    """The trust details readers see on health content: who checked it, when, and the sources."""

    reviewer = models.ForeignKey(
        "advocacy.Reviewer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The named clinician who checked this content.",
    )
    last_reviewed = models.DateField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
    references = StreamField([("reference", ReferenceBlock())], blank=True)

    review_panels = [
        MultiFieldPanel(
            [FieldPanel("reviewer"), FieldPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading="Clinical review",
        ),
        FieldPanel("references"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.last_reviewed and self.next_review_due and self.next_review_due <= self.last_reviewed:
            raise ValidationError({"next_review_due": "The next review must be after the last review."})

    @property
    def review_is_overdue(self) -> bool:
        return bool(self.next_review_due and self.next_review_due < timezone.localdate())

    @classmethod
    def review_due_cutoff(cls) -> datetime.date:
        return timezone.localdate() + datetime.timedelta(days=REVIEW_WARNING_DAYS)


class BasePage(SocialImageMixin, Page):
    """Every page type on the site extends this."""

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        return self.search_description or ""
