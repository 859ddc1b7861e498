"""The abstract base page and the small mixins page types are built from."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from wagtail.admin.forms.pages import CopyForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models

from advocacy import site_memo
from advocacy.blocks import ReferenceBlock

from .routing import PathRoutingMixin

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


class ReviewRecordPanel(FieldPanel):
    """A field that clinical approval fills in: superusers may correct it, everyone else sees it read-only."""

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("permission", "superuser")
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is not None and self.bound_field is None:
                self.read_only = True
                self.heading = self.panel.heading or capfirst(self.panel.db_field.verbose_name)
                self.help_text = "Filled in when a clinical reviewer approves this page."

        def is_shown(self):
            return self.read_only or super().is_shown()


class ReviewedContentMixin(models.Model):
    """The trust details readers see on health content: who checked it, when, and the sources."""

    reviewer = models.ForeignKey(
        "advocacy.Reviewer",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The named clinician who checked this content. Recorded when a clinical reviewer approves it.",
    )
    last_reviewed = models.DateField(null=True, blank=True, help_text="Recorded when a clinical reviewer approves it.")
    next_review_due = models.DateField(null=True, blank=True)
    references = StreamField([("reference", ReferenceBlock())], blank=True)

    review_panels = [
        MultiFieldPanel(
            [ReviewRecordPanel("reviewer"), ReviewRecordPanel("last_reviewed"), FieldPanel("next_review_due")],
            heading="Clinical review",
        ),
        FieldPanel("references"),
    ]

    # A copy is new content: it has not been reviewed, whatever the original's record says.
    exclude_fields_in_copy = ["reviewer", "last_reviewed", "next_review_due"]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.last_reviewed and self.next_review_due and self.next_review_due <= self.last_reviewed:
            raise ValidationError({"next_review_due": "The next review must be after the last review."})


PUBLISH_COPIES_REFUSED = (
    "Some of these pages are health pages, which go live only after a clinical reviewer approves them. "
    "Untick “Publish copies”: the copies are then drafts, to submit to Clinical review."
)


class ReviewedCopyForm(CopyForm):
    """Wagtail's copy form, except that only a superuser may publish copies of health pages: for anyone
    else a copy of a health page is a draft, to go through clinical review like any other change."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.copies_need_review = False
        if "publish_copies" not in self.fields or self.user.is_superuser:
            return
        if issubclass(self.page.specific_class, ReviewedContentMixin):
            del self.fields["publish_copies"]
            return
        health_types = ContentType.objects.get_for_models(
            *[model for model in get_page_models() if issubclass(model, ReviewedContentMixin)]
        ).values()
        self.copies_need_review = self.page.get_descendants().filter(content_type__in=health_types).exists()

    def clean(self):
        cleaned = super().clean()
        if self.copies_need_review and cleaned.get("copy_subpages") and cleaned.get("publish_copies"):
            self.add_error("publish_copies", PUBLISH_COPIES_REFUSED)
        return cleaned


class BasePage(PathRoutingMixin, SocialImageMixin, Page):
    """Every page type on the site extends this."""

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]
    copy_form_class = ReviewedCopyForm
    # The field that says in a sentence or two what a page of this type holds: search results show it
    # when the editor wrote no search description (advocacy/search_results.py). None for most types.
    listing_summary_field = ""

    class Meta:
        abstract = True

    def get_workflow(self):
        """Only health pages (``ReviewedContentMixin``) go through clinical review; an editor publishes other
        pages (home, mission, community, indexes) directly. See docs/questions-and-clinical-review.md."""
        if not isinstance(self, ReviewedContentMixin):
            return None
        return super().get_workflow()

    @property
    def localized(self):
        """Wagtail's, from the worker's memory for home pages: every request is routed from
        ``site.root_page.localized``, so a Spanish page costs no more queries than an English one."""
        if self.depth == 2 and getattr(settings, "WAGTAIL_I18N_ENABLED", False):
            return site_memo.localized(self)
        return super().localized

    def get_view_restrictions(self):
        """Wagtail's answer, from the worker's memory of every restriction (advocacy/site_memo.py)."""
        restrictions = site_memo.view_restrictions(self)
        return super().get_view_restrictions() if restrictions is None else RestrictionList(restrictions)


class RestrictionList(list):
    """A list that answers ``.exists()`` like the queryset Wagtail expects (page copies and translations)."""

    def exists(self) -> bool:
        return bool(self)
