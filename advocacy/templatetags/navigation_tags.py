"""Header navigation and breadcrumbs, built from the page tree in one query each (per site version)."""

from django import template

from advocacy import site_memo

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    request = context["request"]
    site = site_memo.site_for_request(request)
    items = []
    if site:
        home = site_memo.localized_home(site)  # the home page in the visitor's language
        items = list(site_memo.public(home.get_children().live().in_menu()).order_by("path"))
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
    """Ancestors, then the page; a route inside a page (such as the checker) names itself in ``subpage_title``."""
    page = context.get("page")
    request = context.get("request")  # for {% pageurl %}: the sites' root paths are kept on the request
    subpage_title = context.get("subpage_title")
    if page is None or (page.depth <= 2 and not subpage_title):
        return {"ancestors": [], "page": page, "request": request}
    return {
        "ancestors": site_memo.ancestors(page),
        "page": page,
        "request": request,
        "subpage_title": subpage_title,
        "subpage_path": request.path if request else "",
    }
