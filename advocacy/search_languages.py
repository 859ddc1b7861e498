"""Site search in the visitor's language: only that language's pages, matched with its own word stems.

Wagtail's database search backend stores one text-search configuration for every page (English
stems on PostgreSQL), so a Spanish word would be cut as if it were English ("ayudas" would not
find "ayuda"). For a language other than the default, on PostgreSQL, pages are matched instead
with ``django.contrib.postgres``: a vector built in that language's configuration ("spanish") over
the page types' searchable text fields, one query with a join per page type. Elsewhere (SQLite,
or a language PostgreSQL cannot stem) Wagtail's search index answers (advocacy/search_ranking.py),
limited to the language's pages.
"""

import functools

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection, models
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.search import index

from .search_ranking import ranked_ids

# Django language code -> PostgreSQL's text search configuration with that language's stemmer.
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nb": "norwegian",
    "nl": "dutch",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}
TEXT_FIELDS = (models.CharField, models.TextField, StreamField)
MAX_RESULTS = 500  # more than anyone pages through; the count says "500 results" at most


def postgres_config(language: str) -> str | None:
    return POSTGRES_CONFIGS.get(language.split("-")[0].lower())


def lookup_from_page(model) -> str:
    """``contentpage`` (or ``parent__child``): how a query on Page reaches ``model``'s own table."""
    chain = []
    while model is not Page:
        chain.append(model._meta.model_name)
        model = next(parent for parent in model._meta.parents if issubclass(parent, Page))
    return "__".join(reversed(chain))


@functools.cache
def searchable_lookups() -> tuple[str, ...]:
    """Every page type's searchable text fields, as lookups from Page (title and description first)."""
    lookups = ["title", "search_description"]
    for model in get_page_models():
        if model is Page:
            continue
        for field in model.get_search_fields():
            if not isinstance(field, index.SearchField):
                continue
            try:
                db_field = model._meta.get_field(field.field_name)
            except Exception:  # noqa: S112 - a search field that is a method or property has no column
                continue
            if db_field.model is not model or not isinstance(db_field, TEXT_FIELDS):
                continue
            lookups.append(f"{lookup_from_page(model)}__{db_field.name}")
    return tuple(dict.fromkeys(lookups))


def stemmed_search(pages, terms: str, config: str):
    """``pages`` that contain any of the words of ``terms``, stemmed in ``config``, best match first."""
    query = None
    for word in terms.split():
        word_query = SearchQuery(word, config=config, search_type="plain")
        query = word_query if query is None else query | word_query
    vector = SearchVector(*searchable_lookups(), config=config)
    return (
        pages.annotate(search_vector=vector)
        .filter(search_vector=query)
        .annotate(search_rank=SearchRank(vector, query))
        .order_by("-search_rank", "path")
    )


def ranked_page_ids(pages, terms: str, *, locale, language: str, default_language: bool) -> list[int]:
    """The ids of live public ``pages`` of ``locale`` matching ``terms`` (any word), best match first,
    at most ``MAX_RESULTS``: one query, which also gives the count (no second search to count them).
    The results list then loads the ten pages it shows (advocacy/search_results.py)."""
    pages = pages.filter(locale=locale)
    config = postgres_config(language)
    if connection.vendor == "postgresql" and config and not default_language:
        return list(stemmed_search(pages, terms, config).values_list("pk", flat=True)[:MAX_RESULTS])
    return ranked_ids(pages, terms.split(), MAX_RESULTS)
