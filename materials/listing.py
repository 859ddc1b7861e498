"""Filtering, searching and paging the materials index, in a constant number of queries."""

import django_filters
from django.core.paginator import Paginator
from django.db.models import Prefetch

from staging.models import Stage

from .models import Audience, MaterialPage, Topic

PER_PAGE = 12
MAX_QUERY_LENGTH = 200
MAX_SEARCH_HITS = 500


def stage_choices():
    """One choice per stage slug, named as in the default criteria set."""
    seen = {}
    for slug, name in (
        Stage.objects.filter(criteria_set__live=True)
        .order_by("-criteria_set__is_default", "criteria_set__sort_order", "sort_order")
        .values_list("slug", "name")
    ):
        seen.setdefault(slug, name)
    return list(seen.items())


class MaterialFilter(django_filters.FilterSet):
    audience = django_filters.ModelMultipleChoiceFilter(
        field_name="audiences__slug", to_field_name="slug", queryset=Audience.objects.all(), label="Who it is for"
    )
    topic = django_filters.ModelMultipleChoiceFilter(
        field_name="topics__slug", to_field_name="slug", queryset=Topic.objects.all(), label="Topic"
    )
    stage = django_filters.MultipleChoiceFilter(field_name="stages__slug", choices=stage_choices, label="Stage")
    language = django_filters.ChoiceFilter(field_name="language", label="Language", empty_label="Any language")

    class Meta:
        model = MaterialPage
        fields = ["audience", "topic", "stage", "language"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = MaterialPage.objects.live().order_by("language").values_list("language", flat=True).distinct()
        self.filters["language"].extra["choices"] = [(code, language_name(code)) for code in languages]


def language_name(code: str) -> str:
    from django.utils.translation import get_language_info

    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code


def base_queryset():
    return (
        MaterialPage.objects.live()
        .public()
        .select_related("document")
        .prefetch_related(
            "audiences",
            "topics",
            Prefetch("stages", queryset=Stage.objects.filter(criteria_set__is_default=True)),
        )
        .order_by("title")
    )


def filtered_materials(params, page_number):
    """Return (filterset, page, query) for the index, all filters combinable."""
    query = (params.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    filterset = MaterialFilter(params, queryset=base_queryset())
    queryset = filterset.qs.distinct()
    if query:
        hits = MaterialPage.objects.live().public().search(query, operator="and")[:MAX_SEARCH_HITS]
        queryset = queryset.filter(pk__in=[hit.pk for hit in hits])
    page = Paginator(queryset, PER_PAGE).get_page(page_number)
    return filterset, page, query
