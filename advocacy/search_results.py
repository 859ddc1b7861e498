"""What the search results list shows for one page of results: the pages, each with its summary."""

from django.db.models import OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce
from wagtail.models import Page, get_page_models

# What the list shows of a page (title, link, type, description): nothing else is read.
SHOWN_FIELDS = ("title", "url_path", "content_type_id", "search_description", "locale_id")


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
    """The plain pages with these ``ids``, in that order, each with its ``listing_summary``. One query."""
    found = Page.objects.only(*SHOWN_FIELDS).annotate(listing_summary=summary_of_any_type()).order_by().in_bulk(ids)
    pages = [found[pk] for pk in ids if pk in found]
    for page in pages:
        model = page.specific_class
        # Read here: the template would call the class itself (``specific_class``), making a page.
        page.type_name = model.get_verbose_name() if model else ""
    return pages
