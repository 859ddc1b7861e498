"""Public views that are not pages: site search, robots.txt and the favicon."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.http import require_GET
from wagtail.models import Page

from . import site_memo
from .language_routing import is_default_language
from .search_languages import ranked_page_ids
from .search_query import search_terms, typed_query
from .search_results import shown_pages
from .site_address import public_url

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    """Search every live public page in the visitor's language, materials included. Long queries are cut,
    never parsed; words are stemmed in that language (advocacy/search_languages.py)."""
    query = typed_query(request.GET.get("q"))
    results = None
    if query:
        terms = search_terms(query)
        ids = (
            ranked_page_ids(
                site_memo.public(Page.objects.live()),
                terms,
                locale=site_memo.active_locale(),
                language=get_language(),
                default_language=is_default_language(get_language()),
            )
            if terms
            else []
        )
        results = Paginator(ids, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
        results.object_list = shown_pages(results.object_list)
    context = {"search_query": query, "results": results, "pagination_query": urlencode({"q": query})}
    response = TemplateResponse(request, "advocacy/search.html", context)
    if query:  # what someone searched for stays out of shared caches (advocacy/page_cache.py)
        patch_cache_control(response, private=True)
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {public_url(request, '/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def favicon(request):
    """For clients that ask for /favicon.ico without reading the page's icon link."""
    return redirect(static("favicon.svg"))
