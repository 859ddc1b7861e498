"""A printable handout of several materials, each with its short link and QR code."""

from .models import MaterialPage
from .qr import qr_svg

MAX_ITEMS = 20


def handout_context(request, index_page) -> dict:
    slugs = list(dict.fromkeys(request.GET.getlist("m")))[:MAX_ITEMS]
    pages = MaterialPage.objects.live().public().child_of(index_page).filter(slug__in=slugs)
    found = {page.slug: page for page in pages}
    items = []
    for slug in slugs:
        page = found.get(slug)
        if page is None:
            continue
        short_url = request.build_absolute_uri(page.short_path)
        items.append({"page": page, "short_url": short_url, "qr": qr_svg(short_url, f"QR code for {page.title}")})
    return {
        "items": items,
        "missing_count": len(slugs) - len(items),
        "handout_url": request.build_absolute_uri(),
    }
