"""Links from pages (materials, answers) to the stages of cachexia, stored by stage slug.

Criteria sets each have their own stage rows (Fearon's "Cachexia", the society's "Cachexia", …),
but a reader or an editor means one stage, whichever set describes it. So a page keeps the slug,
not a row: editing or deleting a criteria set never changes which stages a page is about.
"""

from django.db import models

from .criteria import stage_names_by_slug


class StageLink(models.Model):
    """Abstract: one stage slug on a page. A concrete link adds
    ``page = ParentalKey(<page model>, related_name="stage_links")``."""

    slug = models.SlugField(max_length=80)

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.slug


class StageLinkedMixin(models.Model):
    """For pages with ``stage_links``: their stages by name, in reading order."""

    class Meta:
        abstract = True

    def stage_slugs(self) -> list[str]:
        return [link.slug for link in self.stage_links.all()]

    def named_stages(self) -> list[tuple[str, str]]:
        """(slug, name) of this page's stages, in reading order (as in the default criteria set)."""
        slugs = set(self.stage_slugs())
        if not slugs:
            return []
        return [(slug, name) for slug, name in stage_names_by_slug().items() if slug in slugs]

    def stage_names(self) -> list[str]:
        return [name for _slug, name in self.named_stages()]
