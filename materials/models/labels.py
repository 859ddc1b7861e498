"""The labels materials are filtered by: who a material is for, and its topics.

Translatable: pages and filters use the default-language labels (their slugs); each language
has its own display name (``Audience.objects.localized()``).
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from advocacy.localized import LocalizedQuerySet


class LabelQuerySet(LocalizedQuerySet):
    localized_fields = ("name",)


class Audience(TranslatableMixin, models.Model):
    name = models.CharField(max_length=60)
    slug = models.SlugField(max_length=60)
    sort_order = models.PositiveSmallIntegerField(default=0)

    objects = LabelQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="unique_audience_name_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_audience_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name


class Topic(TranslatableMixin, models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80)

    objects = LabelQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "name"], name="unique_topic_name_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_topic_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name
