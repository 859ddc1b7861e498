"""What the search results list shows for one page of results: the pages, each with its summary."""

from django.db.models import OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page, get_page_models

from . import site_memo

# What the list shows of a page (title, link, type, description): nothing else is read.
SHOWN_FIELDS = ("title", "url_path", "content_type_id", "search_description", "locale_id")
# How many shown pages a worker keeps for one site version; past it, it starts afresh.
MAX_KEPT = 5000


def summary_of_any_type():
    """The text of a page's type's ``listing_summary_field`` (a material's summary), else "": a
    subquery per page type that has such a field, so the pages and their summaries are one query
    rather than loading every result as its own type (a query per type, every column)."""
    summaries = [
        Subquery(model.objects.filter(pk=OuterRef("pk")).order_by().values(model.listing_summary_field)[:1])
        for model in get_page_models()
        if getattr(model, "listing_summary_field", "")
    ]
    if not summaries:  # Coalesce needs two expressions or more
        return Value("", output_field=TextField())
    return Coalesce(*summaries, Value(""), output_field=TextField())


def shown_pages(ids: list[int]) -> list:
    """The plain pages with these ``ids``, in that order, each with its ``listing_summary``.

    What the list shows of a page changes only when it is published, moved or deleted, which sets a
    new site version: so each worker keeps the pages it has shown for the version, and reads only
    the others, in one query."""
    kept = site_memo.remember("search-result-pages", dict)
    if len(kept) + len(ids) > MAX_KEPT:
        kept.clear()
    missing = [pk for pk in ids if pk not in kept]
    if missing:
        found = Page.objects.only(*SHOWN_FIELDS).annotate(listing_summary=summary_of_any_type()).in_bulk(missing)
        for page in found.values():
            model = page.specific_class
            # Read here: the template would call the class itself (``specific_class``), making a page.
            # The name stays lazy, so it is shown in the language of each request.
            page.type_name = model.get_verbose_name() if model else ""
        kept.update(found)
    return [kept[pk] for pk in ids if pk in kept]
