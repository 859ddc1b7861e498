"""Every public page answers in at most 12 queries, with the demo content and with 10 times as much.

On the bilingual demo site, in English and in Spanish. Parametrized over every page type Wagtail
knows (a new page type is checked without being listed here: it only needs a live page in each
language of the demo site, advocacy/demo/builder.py) and over the public URLs that are not a page's
own: the checker's page and its POST, search, the materials' filters, a handout, a download, the
JSON feed and sitemap.xml. Each request carries a query parameter no one else uses, so the page
cache (advocacy/page_cache.py) never answers: these are the uncached costs. Timing is not tested
here: `make bench` measures speed.
"""

import itertools

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page, Site, get_page_models

from tests.content import multiply_content
from tests.helpers import CHECKER_VALID, clear_caches

MAX_QUERIES = 12  # per request, once the worker is warm
# A new worker's first request: nothing in the process caches nor in the shared cache. It reads the
# site, its settings, the locales, the view restrictions, the translated labels and the live translations of
# the pages it links to (a Spanish page links to the Spanish ones) once for the site version.
MAX_FIRST_REQUEST_QUERIES = 32

PAGE_TYPES = [model for model in get_page_models() if model is not Page]
LANGUAGES = ["en", "es"]
_unique = itertools.count()


def in_language(queryset, language: str):
    return queryset.live().public().filter(locale__language_code=language).order_by("path")


def other_public_urls(language: str) -> dict:
    """Public URLs that are not a page's own URL, found from the content (no slugs written here)."""
    from materials.models import MaterialIndexPage, MaterialPage
    from staging.models import StagesPage

    index = in_language(MaterialIndexPage.objects, language).first()
    materials = list(in_language(MaterialPage.objects, language)[:3])
    stages = in_language(StagesPage.objects, language).first()
    prefix = "" if language == "en" else f"/{language}"
    return {
        "search": f"{prefix}/search/?q=weight",
        "materials filtered": f"{index.url}?audience=patient&language={language}",
        "materials search": f"{index.url}?q=diary",
        "handout": f"{index.url}handout/?" + "&".join(f"m={m.slug}" for m in materials),
        "material with picks": f"{materials[-1].url}?" + "&".join(f"m={m.slug}" for m in materials[:-1]),
        "download": f"{materials[0].url}download/",
        "checker": f"{stages.url}check-your-numbers/",
        "checker POST": f"{stages.url}check/",
        "criteria JSON": "/api/criteria-sets/",
        "sitemap": "/sitemap.xml",
    }


OTHER_URL_NAMES = [
    "search",
    "materials filtered",
    "materials search",
    "handout",
    "material with picks",
    "download",
    "checker",
    "checker POST",
]
# One address for every language, checked once:
SHARED_URL_NAMES = ["criteria JSON", "sitemap"]
OTHER_URLS = [(language, name) for language in LANGUAGES for name in OTHER_URL_NAMES] + [
    ("en", name) for name in SHARED_URL_NAMES
]


@pytest.fixture(scope="module", params=[1, 10], ids=["1x", "10x"])
def content(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """The bilingual demo site at 1x and 10x, built once per module and rolled back at its end."""
    from django.test import override_settings

    from advocacy.demo.builder import build_demo_site

    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        build_demo_site()
        if request.param > 1:
            multiply_content(request.param)
        yield media
        transaction.set_rollback(True)


def url_for(page_type, language: str) -> str:
    page = in_language(page_type.objects, language).first()
    assert page is not None, (
        f"The demo site has no live {page_type.__name__} in {language!r}: "
        "add one to advocacy/demo/builder.py so that its queries are checked"
    )
    return page.url


def request(client, url, name=""):
    separator = "&" if "?" in url else "?"
    if name == "checker POST":
        response = client.post(url, CHECKER_VALID)
    else:
        response = client.get(f"{url}{separator}uncached={next(_unique)}")
    if response.streaming:
        b"".join(response.streaming_content)
    assert response.status_code == 200, url
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] == "miss"
    return response


def forget_everything():
    """As a new worker starts: nothing in the process caches nor in the shared cache."""
    clear_caches()
    ContentType.objects.clear_cache()
    Site.clear_site_root_paths_cache()


@pytest.fixture
def at(content, db, settings):
    settings.MEDIA_ROOT = content
    return content


page_type_ids = pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda model: model.__name__)
languages = pytest.mark.parametrize("language", LANGUAGES)
other_urls = pytest.mark.parametrize(("language", "name"), OTHER_URLS, ids=[f"{lang}-{n}" for lang, n in OTHER_URLS])


@languages
@page_type_ids
def test_each_page_type_warm(at, client, django_assert_max_num_queries, page_type, language):
    url = url_for(page_type, language)
    request(client, url)
    with django_assert_max_num_queries(MAX_QUERIES, info=url):
        request(client, url)


@other_urls
def test_other_public_urls_warm(at, client, django_assert_max_num_queries, language, name):
    url = other_public_urls(language)[name]
    request(client, url, name)
    with django_assert_max_num_queries(MAX_QUERIES, info=url):
        request(client, url, name)


@languages
@page_type_ids
def test_each_page_type_on_a_new_workers_first_request(at, client, django_assert_max_num_queries, page_type, language):
    url = url_for(page_type, language)
    forget_everything()
    with django_assert_max_num_queries(MAX_FIRST_REQUEST_QUERIES, info=url):
        request(client, url)


@other_urls
def test_other_public_urls_on_a_new_workers_first_request(at, client, django_assert_max_num_queries, language, name):
    url = other_public_urls(language)[name]
    forget_everything()
    with django_assert_max_num_queries(MAX_FIRST_REQUEST_QUERIES, info=url):
        request(client, url, name)


@pytest.fixture
def root_path_reads(monkeypatch):
    """Each call to Wagtail's ``Site.get_site_root_paths``: a shared-cache round trip (Redis in production)."""
    calls = []
    original = Site.get_site_root_paths
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(lambda: calls.append(1) or original()))
    return calls


@languages
@page_type_ids
def test_each_page_type_warm_takes_the_sites_root_paths_from_memory(at, client, root_path_reads, page_type, language):
    """Once a worker has them, the sites' root paths come from its memory (advocacy/site_memo.py)."""
    url = url_for(page_type, language)
    request(client, url)
    root_path_reads.clear()
    request(client, url)
    assert root_path_reads == [], url


@other_urls
def test_other_public_urls_warm_take_the_sites_root_paths_from_memory(at, client, root_path_reads, language, name):
    url = other_public_urls(language)[name]
    request(client, url, name)
    root_path_reads.clear()
    request(client, url, name)
    assert root_path_reads == [], url
