"""Header navigation and breadcrumbs, built from the page tree in one query each."""

from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    site = Site.find_for_request(request)
    items = []
    if site:
        items = list(site.root_page.get_children().live().public().in_menu().order_by("path"))
    current = context.get("page")
    current_path = current.path if current else ""
    return {
        "items": [
            {"page": item, "is_current": bool(current_path) and current_path.startswith(item.path)} for item in items
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
    return {"ancestors": ancestors, "page": page}
