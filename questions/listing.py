"""Filtering and paging the answered questions, and the materials shown beside an answer.

Both run in a fixed number of queries, however many answers and materials there are.
"""

import django_filters
from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy

from advocacy import site_memo
from materials.models import MaterialPage, Topic
from staging.models import Stage

PER_PAGE = 10
RELATED_MATERIALS = 3


class AnswerFilter(django_filters.FilterSet):
    topic = django_filters.ModelMultipleChoiceFilter(
        field_name="topics__slug",
        to_field_name="slug",
        label=gettext_lazy("Topic"),
        queryset=lambda request: Topic.objects.localized(),
        widget=forms.CheckboxSelectMultiple,
    )
    stage = django_filters.MultipleChoiceFilter(
        field_name="stage_links__slug",
        choices=lambda: list(Stage.objects.names_by_slug().items()),
        label=gettext_lazy("Stage"),
        widget=forms.CheckboxSelectMultiple,
    )


def answers_for_index(published, params, page_number):
    """Return (filterset, page) of the published answers, newest first, filters combinable."""
    answers = (
        published.select_related("answered_by", "reviewer")
        .prefetch_related("topics", "stage_links")
        .order_by("-first_published_at", "-pk")
    )
    filterset = AnswerFilter(params, queryset=answers)
    page = Paginator(filterset.qs.distinct(), PER_PAGE).get_page(page_number)
    return filterset, page


def related_materials(topics, stage_slugs) -> list:
    """A few live materials that share a topic or a stage with an answer, by title."""
    topic_ids = [topic.pk for topic in topics]
    if not topic_ids and not stage_slugs:
        return []
    materials = MaterialPage.objects.live().public().filter(locale=site_memo.active_locale())  # the reader's language
    by_topic = materials.filter(topics__in=topic_ids) if topic_ids else materials.none()
    by_stage = materials.filter(stage_links__slug__in=stage_slugs) if stage_slugs else materials.none()
    chosen = (by_topic | by_stage).distinct().order_by("title")[:RELATED_MATERIALS]
    return list(chosen)
