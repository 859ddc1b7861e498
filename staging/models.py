"""Cachexia criteria sets and their stages: database-backed reference data.

A criteria set (for example the society's own wording, or Fearon 2011) has ordered
stages. Each stage holds rule groups (all-of / any-of / at-least-K) of conditions.
Sets are snippets with drafts and revisions, so every threshold change is attributable
and revertible; the public site reads only the live (published) version.
"""

from django.db import models
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin
from wagtail.search import index

from .blocks import RuleGroupsBlock


class CriteriaSetQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def default(self):
        return self.published().order_by("-is_default", "sort_order", "pk").first()


class CriteriaSet(DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel):
    name = models.CharField(max_length=160)
    slug = models.SlugField(max_length=80, unique=True)
    summary = models.TextField(blank=True, help_text="One or two plain sentences about where this set comes from.")
    source_citation = models.TextField(help_text="Full citation of the published source.")
    source_url = models.URLField(blank=True)
    version = models.CharField(max_length=40, blank=True)
    is_default = models.BooleanField(default=False, help_text="Show this set first on the site.")
    is_society_wording = models.BooleanField(
        default=False, help_text="Tick if this is the society's own wording rather than a published consensus."
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = CriteriaSetQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("source_citation"), FieldPanel("source_url"), FieldPanel("version")], heading="Source"
        ),
        MultiFieldPanel(
            [FieldPanel("is_default"), FieldPanel("is_society_wording"), FieldPanel("sort_order")], heading="Display"
        ),
        InlinePanel("stages", heading="Stages", label="Stage", min_num=1),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("source_citation")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "criteria set"

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)


class Stage(Orderable):
    criteria_set = ParentalKey(CriteriaSet, on_delete=models.CASCADE, related_name="stages")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, help_text="The same slug across sets links materials to a stage.")
    description = models.TextField(help_text="What this stage means, in plain words.")
    care_focus = models.TextField(blank=True, help_text="What care usually focuses on at this stage.")
    rule_groups = StreamField(RuleGroupsBlock(), blank=True, help_text="A stage is met when ANY of its groups is met.")

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("care_focus"),
        FieldPanel("rule_groups"),
    ]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["criteria_set", "slug"], name="unique_stage_slug_per_set")]

    def __str__(self) -> str:
        return f"{self.name} ({self.criteria_set.name})"


from .pages import StagesPage  # noqa: E402  (page models must be importable from models)

__all__ = ["CriteriaSet", "Stage", "StagesPage"]
