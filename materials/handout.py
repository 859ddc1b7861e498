"""A printable handout of several materials, each with its short link and QR code.

The handout lives in its URL (``?m=slug&m=slug``): no session, nothing stored, easy to send.
"""

from django.http import QueryDict
from django.utils.translation import gettext

from advocacy.site_address import public_url

from .qr import qr_svg

MAX_ITEMS = 20


def chosen_slugs(params) -> list[str]:
    """The materials picked for a handout so far, in the order they were picked, without repeats."""
    return list(dict.fromkeys(slug for slug in params.getlist("m") if slug))[:MAX_ITEMS]


def handout_query(slugs) -> str:
    query = QueryDict(mutable=True)
    query.setlist("m", list(dict.fromkeys(slugs)))
    return query.urlencode()


def chosen_titles(materials, slugs) -> dict[str, str]:
    """The titles of the chosen ``slugs`` found among ``materials`` (a queryset), by slug, in the order chosen."""
    if not slugs:
        return {}
    titles = dict(materials.filter(slug__in=slugs).values_list("slug", "title"))
    return {slug: titles[slug] for slug in slugs if slug in titles}


def handout_context(request, materials) -> dict:
    """``materials``: the published materials a handout may show, as a queryset."""
    slugs = chosen_slugs(request.GET)
    found = {page.slug: page for page in materials.filter(slug__in=slugs)}
    items = []
    for slug in slugs:
        page = found.get(slug)
        if page is None:
            continue
        short_url = public_url(request, page.short_path)
        items.append(
            {
                "page": page,
                "short_url": short_url,
                "qr": qr_svg(short_url, gettext("QR code for %(title)s") % {"title": page.title}),
                "without_query": handout_query(s for s in slugs if s != slug and s in found),
            }
        )
    kept = [item["page"].slug for item in items]
    return {
        "items": items,
        "missing_count": len(slugs) - len(items),
        "handout_query": handout_query(kept),
        "subpage_title": gettext("Handout"),
        "handout_url": public_url(request, request.path + (f"?{handout_query(kept)}" if kept else "")),
    }
