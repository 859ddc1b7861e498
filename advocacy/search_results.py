"""What the search results list shows for one page of results: the pages, each with its summary."""

from collections import defaultdict

from wagtail.models import Page

# What the list shows of a page (title, link, type, description): nothing else is read.
SHOWN_FIELDS = ("title", "url_path", "content_type_id", "search_description", "locale_id")


def shown_pages(ids: list[int]) -> list:
    """The plain pages with these ``ids``, in that order, each with its ``listing_summary``."""
    found = Page.objects.only(*SHOWN_FIELDS).in_bulk(ids)
    return with_summaries([found[pk] for pk in ids if pk in found])


def with_summaries(pages: list) -> list:
    """Each of ``pages`` (plain ``Page`` objects) gains ``listing_summary``: the text of its type's
    ``listing_summary_field``, or "". One small query per page type that has such a field, rather than
    loading every result as its own type (a query per type, every column)."""
    wanted = defaultdict(list)
    for page in pages:
        page.listing_summary = ""
        model = page.specific_class
        # Read here: the template would call the class itself (``specific_class``), making a page.
        page.type_name = model.get_verbose_name() if model else ""
        field = getattr(model, "listing_summary_field", "")
        if field:
            wanted[model, field].append(page)
    for (model, field), group in wanted.items():
        summaries = dict(model.objects.filter(pk__in=[page.pk for page in group]).order_by().values_list("pk", field))
        for page in group:
            page.listing_summary = summaries.get(page.pk, "")
    return pages
