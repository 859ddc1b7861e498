"""The language switcher and the hreflang alternates: where this page is in each site language.

For a page: its live translation in each language (with the same route inside a routable page,
such as the checker), else that language's home page. For a view that is not a page (search):
the same view in each language. Built from the worker's memory (advocacy/site_memo.py), so it
costs no query once warm, in any language.
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from advocacy import site_memo
from advocacy.language_routing import is_default_language

register = template.Library()

MAX_KEPT_QUERY = 1000  # characters: a handout of twenty materials, with filters, fits


def content_language(code: str) -> str | None:
    try:
        return get_supported_content_language_variant(code)
    except LookupError:
        return None


def route_inside(page, request) -> str:
    """The part of the path a routable page answers itself ("check/" under the stages page), else ""."""
    own = page.get_url(request) or ""
    if own and request.path != own and request.path.startswith(own):
        return request.path[len(own) :]
    return ""


def page_versions(page, request, site, route: str | None = None) -> dict:
    """Locale code -> (relative URL, is a translation of this page) for every site language. ``route``
    overrides the route inside the page that each version offers (a POST-only answer offers its form)."""
    versions = site_memo.language_versions(page)
    rest = route_inside(page, request) if route is None else route
    found = {}
    for code, _name in settings.LANGUAGES:
        locale = content_language(code)
        if locale in versions:
            url = versions[locale].get_url(request)
            found[code] = (url + rest if url else None, True)
        elif (home := site_memo.home_pages(site).get(locale)) is not None:
            found[code] = (home.get_url(request), False)
    return found


def view_versions(request, site) -> dict:
    """The same non-page view (search) in each language; a page that was not found goes to each home page."""
    match = request.resolver_match
    found = {}
    for code, _name in settings.LANGUAGES:
        if match is not None and match.url_name != "wagtail_serve":
            found[code] = (translate_url(request.path, code), True)
        else:
            home = site_memo.home_pages(site).get(content_language(code))
            if home is not None:
                found[code] = (home.get_url(request), False)
    return found


def build_languages(context) -> dict:
    request = context.get("request")
    site = site_memo.site_for_request(request) if request is not None else None
    if site is None:
        return {"links": [], "alternates": [], "x_default": None, "home_url": "/"}
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        found = page_versions(page, request, site, context.get("language_route"))
    else:
        found = view_versions(request, site)
    current = content_language(translation.get_language())
    root_url = site.root_url
    # The visitor's filters and search (never health numbers: those are only POSTed); not an address
    # someone has stuffed (a 50,000-character search is cut to 200 by the search, and not echoed here).
    query = request.GET.urlencode()
    query = query if len(query) <= MAX_KEPT_QUERY else ""
    links, alternates, x_default = [], [], None
    for code, name in settings.LANGUAGES:
        if code not in found or not found[code][0]:
            continue
        url, translated = found[code]
        locale = content_language(code)
        link = {
            "code": code,
            "hreflang": locale,
            "name": name,
            "url": f"{url}?{query}" if query and translated else url,  # the switcher keeps the visitor's filters
            "full_url": root_url + url if url.startswith("/") else url,  # hreflang: the page itself
            "current": locale == current,
            "translated": translated,
        }
        links.append(link)
        if translated:
            alternates.append(link)
            if is_default_language(code):
                x_default = link["full_url"]
    home = site_memo.localized_home(site)
    return {
        "links": links,
        "alternates": alternates if len(alternates) > 1 else [],
        "x_default": x_default if len(alternates) > 1 else None,
        "home_url": home.get_url(request) or "/",
    }


@register.simple_tag(takes_context=True)
def site_languages(context) -> dict:
    """``{% site_languages as languages %}``: ``links`` for the switcher, ``alternates`` and ``x_default``
    for hreflang, ``home_url`` for the home page in the active language. Worked out once per request.
    A view whose address only answers a POST sets ``language_route`` in its context to the route that
    answers a GET in every language (the checker's answer: its form)."""
    request = context.get("request")
    cached = getattr(request, "_site_languages", None)
    if cached is None:
        cached = build_languages(context)
        if request is not None:
            request._site_languages = cached
    return cached


@register.filter
def localized(page, kind=""):
    """``{{ page|localized }}``: the page's live translation in the visitor's language, else the page: a
    plain page, enough for its URL and title; ``{{ page|localized:"specific" }}`` for its own fields.

    wagtail-localize leaves a translated page's page links (chooser blocks, the settings' ask page)
    pointing at the original, for the site to follow at view time. From the worker's memory."""
    if not isinstance(page, Page):  # nothing chosen (or a block preview's placeholder)
        return page
    return site_memo.localized(page, specific=kind == "specific")
