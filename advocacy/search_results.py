"""What the search results list shows under each page's title, read for one page of results."""

from collections import defaultdict


def with_summaries(pages: list) -> list:
    """Each of ``pages`` (plain ``Page`` objects) gains ``listing_summary``: the text of its type's
    ``listing_summary_field``, or "". One small query per page type that has such a field, rather than
    loading every result as its own type (a query per type, every column)."""
    wanted = defaultdict(list)
    for page in pages:
        page.listing_summary = ""
        model = page.specific_class
        field = getattr(model, "listing_summary_field", "")
        if field:
            wanted[model, field].append(page)
    for (model, field), group in wanted.items():
        summaries = dict(model.objects.filter(pk__in=[page.pk for page in group]).values_list("pk", field))
        for page in group:
            page.listing_summary = summaries.get(page.pk, "")
    return pages
