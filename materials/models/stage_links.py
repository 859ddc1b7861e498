"""Which stages of cachexia a material helps with, by stage slug (see ``staging.models.StageLink``)."""

from django.db import models
from modelcluster.fields import ParentalKey

from staging.models import StageLink


class MaterialStage(StageLink):
    page = ParentalKey("materials.MaterialPage", on_delete=models.CASCADE, related_name="stage_links")

    class Meta(StageLink.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "slug"], name="one_link_per_material_stage")]
