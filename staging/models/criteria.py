"""Cachexia criteria sets and their stages: database-backed reference data.

A criteria set (for example the society's own wording, or Fearon 2011) has ordered
stages. Each stage holds rule groups (all-of / any-of / at-least-K) of conditions.
Sets are snippets with drafts and revisions, so every threshold change is attributable
and revertible; the public site reads only the live (published) version.

Sets and stages are translatable (wagtail-localize): a translation holds only words. The public
site reads the default-language set (its stages, slugs, order and every threshold) and takes the
names and descriptions from the active language's live translation (``advocacy.localized``).
"""

from django.db import models
from django.utils import translation
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from advocacy import site_memo
from advocacy.localized import (
    LocalizedQuerySet,
    active_locale_id,
    default_language_code,
    default_locale_id,
    overlay,
    translated_words,
)
from staging.blocks import RuleGroupsBlock

STAGE_WORDS = ("name", "description", "care_focus")


class CriteriaSetQuerySet(LocalizedQuerySet):
    localized_fields = ("name", "summary")

    def published(self):
        return self.filter(live=True)

    def for_display(self):
        """The published sets in the order readers see them (default first), with their stages: the
        default-language sets, in the words of the active language where a translation is live."""
        return self.published().localized().order_by("-is_default", "sort_order", "pk").prefetch_related("stages")

    def localize_related(self, objects, locale_id) -> None:
        stages = [stage for obj in objects for stage in obj.stages.all()]
        overlay(stages, STAGE_WORDS, translated_words(Stage, STAGE_WORDS, locale_id, criteria_set__live=True))

    def default(self):
        return self.for_display().first()


class CriteriaSet(TranslatableMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel):
    name = models.CharField(max_length=160)
    slug = models.SlugField(max_length=80, help_text="The same in every language.")
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
    # A translation changes words only: the source, the citation and the display settings come from the
    # default-language set and cannot be overridden.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("source_citation", overridable=False),
        SynchronizedField("source_url", overridable=False),
        SynchronizedField("version", overridable=False),
        SynchronizedField("is_default", overridable=False),
        SynchronizedField("is_society_wording", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = "criteria set"
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_criteria_set_slug_per_locale")]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80]
        super().save(*args, **kwargs)


class StageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(criteria_set__live=True)

    def _translated_names(self, keys) -> dict:
        """``{translation_key: name}`` in the active language, if it is not the default one."""
        locale_id = active_locale_id()
        if locale_id is None or locale_id == default_locale_id():
            return {}
        translated = translated_words(Stage, ("name",), locale_id, criteria_set__live=True)
        return {key: translated[key]["name"] for key in keys if key in translated}

    def names_by_slug(self) -> dict[str, str]:
        """Each published stage slug once, in reading order (default set first), named as in the first set
        that has it. One query. Materials are labelled by these slugs, so a stage shared by several sets
        is one choice for editors and one filter for readers."""
        rows = (
            self.published()
            .filter(locale__language_code=default_language_code())
            .order_by("-criteria_set__is_default", "criteria_set__sort_order", "criteria_set__pk", "sort_order", "pk")
        )
        names: dict[str, str] = {}
        keys: dict[str, object] = {}
        for slug, name, key in rows.values_list("slug", "name", "translation_key"):
            if slug not in names:
                names[slug] = name
                keys[slug] = key
        translated = self._translated_names(list(keys.values())) if names else {}
        return {slug: translated.get(keys[slug]) or name for slug, name in names.items()}


class Stage(TranslatableMixin, Orderable):
    criteria_set = ParentalKey(CriteriaSet, on_delete=models.CASCADE, related_name="stages")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=80, help_text="The same slug across sets links materials to a stage.")
    description = models.TextField(help_text="What this stage means, in plain words.")
    care_focus = models.TextField(blank=True, help_text="What care usually focuses on at this stage.")
    rule_groups = StreamField(RuleGroupsBlock(), blank=True, help_text="A stage is met when ANY of its groups is met.")

    objects = StageQuerySet.as_manager()

    # The thresholds never change in a translation: the public site reads them from the default-language
    # stage anyway, and the copy here is kept equal to it. Only the words are translated.
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("rule_groups", overridable=False),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("care_focus"),
        FieldPanel("rule_groups"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["criteria_set", "slug"], name="unique_stage_slug_per_set")]

    def __str__(self) -> str:
        return f"{self.name} ({self.criteria_set.name})"


def sets_for_display() -> list[CriteriaSet]:
    """``CriteriaSet.objects.for_display()``, read once per site version and language in each worker:
    publishing or unpublishing a set (or its translation) sets a new version. Read-only: the checker
    compares numbers with them, and nothing changes them in a request."""
    language = translation.get_language()
    return site_memo.remember(("criteria-sets", language), lambda: list(CriteriaSet.objects.for_display()))


def stage_names_by_slug() -> dict[str, str]:
    """``Stage.objects.names_by_slug()``, read once per site version and language in each worker."""
    return site_memo.remember(("stage-names", translation.get_language()), Stage.objects.names_by_slug)
