"""Which stages of cachexia an answer is about, by stage slug (see ``staging.models.StageLink``)."""

from django.db import models
from modelcluster.fields import ParentalKey

from staging.models import StageLink


class AnswerStage(StageLink):
    page = ParentalKey("questions.AnswerPage", on_delete=models.CASCADE, related_name="stage_links")

    class Meta(StageLink.Meta):
        constraints = [models.UniqueConstraint(fields=["page", "slug"], name="one_link_per_answer_stage")]
