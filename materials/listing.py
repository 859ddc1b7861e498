"""Filtering, searching and paging the materials index, in a constant number of queries.

Each filter option says how many published materials it has, and options with none are left out,
so a reader never picks a dead end. The options and their counts change only when an editor
publishes or saves something, so they are kept in the cache under the site version
(advocacy/site_version.py) and cost no query on most requests.
"""

import django_filters
from django import forms
from django.core.cache import caches
from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch
from django.utils.html import format_html
from django.utils.translation import get_language, gettext_lazy, ngettext

from advocacy import site_memo
from advocacy.search_query import search_terms, typed_query
from advocacy.site_version import version_for_request
from staging.models import Stage

from .languages import MATERIAL_LANGUAGES, language_name

PER_PAGE = 12
MAX_SEARCH_HITS = 500
BOX_FILTERS = ("audience", "topic", "stage", "language")
KEPT_PAGES = 1000  # pages of results each worker keeps, per site version


def option_label(name: str, count: int) -> str:
    """A checkbox label with its count; screen readers hear "Patients (3 materials)"."""
    # Translators: only screen readers hear this noun, after the count: "Patients (3 materials)".
    noun = ngettext("material", "materials", count)
    return format_html('{} <span class="count">({}<span class="visually-hidden"> {}</span>)</span>', name, count, noun)


class MaterialFilter(django_filters.FilterSet):
    """The index's filters: any ticked option within a group, every group at once."""

    audience = django_filters.MultipleChoiceFilter(
        field_name="audiences__slug", label=gettext_lazy("Who it is for"), widget=forms.CheckboxSelectMultiple
    )
    topic = django_filters.MultipleChoiceFilter(
        field_name="topics__slug", label=gettext_lazy("Topic"), widget=forms.CheckboxSelectMultiple
    )
    stage = django_filters.MultipleChoiceFilter(
        field_name="stage_links__slug", label=gettext_lazy("Stage"), widget=forms.CheckboxSelectMultiple
    )
    language = django_filters.ChoiceFilter(
        field_name="language", label=gettext_lazy("Language"), empty_label=gettext_lazy("Any language")
    )

    def __init__(self, data, queryset, *, choices):
        super().__init__(data, queryset=queryset)
        for name, options in choices.items():
            self.filters[name].extra["choices"] = options


CHOICES_SECONDS = 3600


def filter_choices(request, materials, *, audiences, topics) -> dict[str, list]:
    """The options for each filter, from the cache for the current site version."""
    # The labels are in the visitor's language, so each language has its own entry.
    key = f"materials-filter-choices:{request.get_host()}:{get_language()}:{version_for_request(request)}"
    fragments = caches["fragments"]  # the worker's memory: the key carries the site version
    choices = fragments.get(key)
    if choices is None:
        choices = count_choices(materials, audiences=audiences, topics=topics)
        fragments.set(key, choices, CHOICES_SECONDS)
    return choices


def count_choices(materials, *, audiences, topics) -> dict[str, list]:
    """The options for each filter, with counts over ``materials`` (the published materials).

    ``audiences`` and ``topics``: the label querysets, passed in so this module needs no models.
    """
    pks = materials.values("pk")

    def labels(queryset):
        counted = queryset.filter(materials__in=pks).annotate(count=Count("materials", distinct=True))
        return [(label.slug, option_label(label.name, label.count)) for label in counted]

    stage_counts = dict(
        materials.order_by()
        .filter(stage_links__isnull=False)
        .values_list("stage_links__slug")
        .annotate(count=Count("pk", distinct=True))
    )
    stage_names = Stage.objects.names_by_slug()
    stage_names.update({slug: slug for slug in stage_counts if slug not in stage_names})
    language_counts = dict(materials.order_by().values_list("language").annotate(count=Count("pk")))
    order = {code: i for i, code in enumerate(MATERIAL_LANGUAGES)}
    languages = sorted(language_counts, key=lambda code: (order.get(code, len(order)), code))
    return {
        "audience": labels(audiences),
        "topic": labels(topics),
        "stage": [
            (slug, option_label(name, stage_counts[slug])) for slug, name in stage_names.items() if slug in stage_counts
        ],
        "language": [(code, f"{language_name(code)} ({language_counts[code]})") for code in languages],
    }


def base_queryset(materials, audiences=None):
    # The index shows each material's file facts and audiences: nothing else is loaded.
    audiences = Prefetch("audiences", queryset=audiences) if audiences is not None else "audiences"
    return materials.select_related("document").prefetch_related(audiences).order_by("title")


def filtered_materials(request, materials, *, audiences, topics, index_key):
    """Return (filterset, page, query) for the index, all filters combinable.

    ``materials``: the published materials the index lists (its own language's), as a queryset;
    ``index_key``: what else chose them (the index and the visitor's language), to keep pages by.
    """
    params = request.GET
    query = typed_query(params.get("q"))
    choices = filter_choices(request, materials, audiences=audiences, topics=topics)
    filterset = MaterialFilter(params, base_queryset(materials, audiences), choices=choices)
    terms = search_terms(query)
    if terms:  # searches are not kept: what someone typed stays in their request
        hits = materials.search(terms, operator="and")[:MAX_SEARCH_HITS]
        page = Paginator(filterset.qs.filter(pk__in=[hit.pk for hit in hits]), PER_PAGE).get_page(params.get("page"))
    elif query:  # only quote marks or spaces: nothing to search for
        page = Paginator(filterset.qs.none(), PER_PAGE).get_page(1)
    else:
        boxes = tuple((name, tuple(params.getlist(name))) for name in BOX_FILTERS)
        page = kept_page(filterset, params.get("page"), (index_key, boxes))
    return filterset, page, query


def kept_page(filterset, number, key) -> Page:
    """A page of the filtered materials, read once per site version in each worker.

    The same boxes ticked give the same materials until an editor publishes something (a new site
    version), so a repeat costs no query. The box filters (django-filter) add DISTINCT when they join
    many rows.
    """

    def build():
        found = Paginator(filterset.qs, PER_PAGE).get_page(number)
        return found.paginator.count, found.number, list(found.object_list)

    count, page_number, shown = site_memo.remember_many("material-pages", (key, number), build, limit=KEPT_PAGES)
    return Page(shown, page_number, Paginator(range(count), PER_PAGE))
