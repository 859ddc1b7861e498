"""Public views that are not pages: site search and robots.txt."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Search every live public page, materials included. Long queries are cut, never parsed."""
    query = (request.GET.get("q") or "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        hits = Page.objects.live().public().specific().search(query, operator="or")
        results = Paginator(hits, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    context = {"search_query": query, "results": results, "pagination_query": urlencode({"q": query})}
    return TemplateResponse(request, "advocacy/search.html", context)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /materials/handout/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
