"""The site in Spanish beside English: URLs, the language of each response, caching, links between
the languages, search and listings per language, and right-to-left readiness.

The demo site is built once for the module, with a few pages translated the way an editor starts a
translation (tests/translations.py), and rolled back at the end.
"""

import re
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.translations import translate, translate_demo

ENGLISH_PATHS = [
    "/",
    "/mission/",
    "/about-cachexia/",
    "/about-cachexia/what-is-cachexia/",
    "/about-cachexia/stages/",
    "/about-cachexia/stages/check-your-numbers/",
    "/community/",
    "/materials/",
    "/materials/weight-diary/",
    "/search/",
    "/search/?q=weight",
]
SPANISH_PATHS = [
    "/es/",
    "/es/mission/",
    "/es/about-cachexia/",
    "/es/about-cachexia/what-is-cachexia/",
    "/es/about-cachexia/stages/",
    "/es/about-cachexia/stages/check-your-numbers/",
    "/es/materials/",
    "/es/materials/weight-diary/",
    "/es/search/",
    "/es/search/?q=caquexia",
]


@pytest.fixture(scope="module")
def bilingual(django_db_setup, django_db_blocker, tmp_path_factory):
    """The English demo site with Spanish versions of the pages in tests/translations.py only (not the
    community page, to show the fallback). The full Spanish demo (advocacy/demo/spanish.py) is left out:
    it translates every page, these tests need one left untranslated."""
    from django.test import override_settings

    from advocacy.demo.builder import build_demo_site

    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        build_demo_site(spanish=False)
        translated = translate_demo("es")
        yield media, {path: page.pk for path, page in translated.items()}
        transaction.set_rollback(True)


@pytest.fixture
def spanish(bilingual, db, settings):
    settings.MEDIA_ROOT = bilingual[0]
    return bilingual[1]


def html_tag(body: str) -> str:
    return re.search(r"<html[^>]*>", body).group(0)


def get(client, path, **extra):
    response = client.get(path, **extra)
    return response, response.content.decode()


@pytest.mark.parametrize("path", ENGLISH_PATHS)
def test_english_urls_are_unchanged_and_english(client, spanish, path):
    response, body = get(client, path)
    assert response.status_code == 200, path  # no redirect to a prefixed URL
    assert html_tag(body) == '<html lang="en-gb" dir="ltr">'
    assert response["Content-Language"] == "en-gb"


@pytest.mark.parametrize("path", SPANISH_PATHS)
def test_spanish_lives_under_es(client, spanish, path):
    response, body = get(client, path)
    assert response.status_code == 200, path
    assert html_tag(body) == '<html lang="es" dir="ltr">'
    assert response["Content-Language"] == "es"


def test_spanish_pages_show_the_spanish_translation(client, spanish):
    _response, body = get(client, "/es/about-cachexia/what-is-cachexia/")
    assert "<h1>Qué es la caquexia</h1>" in body
    assert "comiendo poco" in body
    _response, body = get(client, "/about-cachexia/what-is-cachexia/")
    assert "Qué es la caquexia" not in body


def test_no_english_duplicate_under_en_and_no_unknown_language(client, spanish):
    assert client.get("/en/mission/").status_code == 404
    assert client.get("/fr/mission/").status_code == 404


def test_the_language_comes_from_the_path_never_the_browser_or_a_cookie(client, spanish):
    client.cookies["django_language"] = "es"
    response, body = get(client, "/mission/", HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9")
    assert response.status_code == 200
    assert html_tag(body).startswith('<html lang="en-gb"')
    assert "Nuestra misión" not in body
    assert "accept-language" not in response.get("Vary", "").lower()


def test_each_language_is_cached_apart(client, spanish):
    english = client.get("/mission/")
    assert english["X-Page-Cache"] == "miss"
    spanish_miss = client.get("/es/mission/")
    assert spanish_miss["X-Page-Cache"] == "miss"  # not served the English entry
    spanish_hit = client.get("/es/mission/")
    assert spanish_hit["X-Page-Cache"] == "hit"
    assert "<title>Nuestra misión" in spanish_hit.content.decode()
    english_hit = client.get("/mission/")
    assert english_hit["X-Page-Cache"] == "hit"
    assert "Nuestra misión" not in english_hit.content.decode()


def test_fragment_caches_are_kept_per_language(client, spanish):
    """The search page has no page: its cached navigation must still be in the right language."""
    _response, spanish_body = get(client, "/es/search/")
    assert 'href="/es/mission/">Nuestra misión</a>' in spanish_body
    _response, english_body = get(client, "/search/")
    assert "Nuestra misión" not in english_body
    assert 'href="/mission/"' in english_body


def test_navigation_shows_the_languages_own_pages(client, spanish):
    _response, body = get(client, "/es/mission/")
    nav = re.search(r'<nav class="main-nav".*?</nav>', body, re.S).group(0)
    assert 'href="/es/about-cachexia/">Sobre la caquexia</a>' in nav
    assert 'href="/es/materials/">Materiales</a>' in nav
    assert 'href="/about-cachexia/"' not in nav
    assert 'class="site-name" href="/es/"' in body


def test_hreflang_alternates_for_each_live_translation(client, spanish):
    _response, body = get(client, "/es/about-cachexia/what-is-cachexia/")
    alternates = re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', body)
    assert alternates == [
        ("en", "http://localhost/about-cachexia/what-is-cachexia/"),
        ("es", "http://localhost/es/about-cachexia/what-is-cachexia/"),
        ("x-default", "http://localhost/about-cachexia/what-is-cachexia/"),
    ]
    # A page with no translation has no alternates.
    _response, body = get(client, "/community/")
    assert 'rel="alternate"' not in body


def test_a_page_kept_out_of_search_engines_offers_them_no_alternates(client, spanish):
    """The checker is translated, but its form and its answers are ``noindex``: no hreflang for either."""
    _response, body = get(client, "/about-cachexia/stages/")
    assert 'rel="alternate" hreflang="es"' in body
    for path in ("/about-cachexia/stages/check-your-numbers/", "/es/about-cachexia/stages/check-your-numbers/"):
        _response, body = get(client, path)
        assert '<meta name="robots" content="noindex">' in body
        assert 'rel="alternate"' not in body
        assert 'class="language-switcher"' in body  # the switcher stays for people


def test_canonical_and_og_url_of_a_spanish_page_are_its_es_url(client, spanish):
    _response, body = get(client, "/es/about-cachexia/what-is-cachexia/")
    assert '<link rel="canonical" href="http://localhost/es/about-cachexia/what-is-cachexia/">' in body
    assert '<meta property="og:url" content="http://localhost/es/about-cachexia/what-is-cachexia/">' in body


def switcher_links(body: str) -> list[tuple]:
    nav = re.search(r'<nav class="language-switcher".*?</nav>', body, re.S).group(0)
    return re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"( aria-current="true")?>([^<]+)</a>', nav)


def test_switcher_links_to_the_same_page_else_the_home_page(client, spanish):
    _response, body = get(client, "/about-cachexia/what-is-cachexia/")
    assert switcher_links(body) == [
        ("/about-cachexia/what-is-cachexia/", "en", "en", ' aria-current="true"', "English"),
        ("/es/about-cachexia/what-is-cachexia/", "es", "es", "", "Español"),
    ]
    _response, body = get(client, "/community/")  # no Spanish version: Spanish home page
    assert switcher_links(body)[1][0] == "/es/"
    _response, body = get(client, "/es/search/")  # a view that is not a page: the same view
    assert [link[0] for link in switcher_links(body)] == ["/search/", "/es/search/"]


def test_switcher_keeps_a_route_inside_a_page(client, spanish):
    _response, body = get(client, "/about-cachexia/stages/check-your-numbers/")
    assert switcher_links(body)[1][0] == "/es/about-cachexia/stages/check-your-numbers/"


def warm_queries(client, path) -> int:
    client.get(f"{path}?warm=1")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"{path}?uncached=1")
    assert response.status_code == 200 and response.get("X-Page-Cache") != "hit"
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/mission/",
        "/about-cachexia/",
        "/about-cachexia/what-is-cachexia/",
        "/about-cachexia/stages/",
        "/materials/",
        "/materials/weight-diary/",
    ],
)
def test_a_spanish_page_costs_the_same_queries_as_the_english_one(client, spanish, path, django_assert_num_queries):
    english = warm_queries(client, path)
    client.get(f"/es{path}?warm=1")
    with django_assert_num_queries(english):
        response = client.get(f"/es{path}?uncached=1")
    assert response.status_code == 200 and response.get("X-Page-Cache") != "hit"


def test_short_links_and_downloads_stay_unprefixed(client, spanish):
    from materials.models import MaterialPage

    english = MaterialPage.objects.get(locale__language_code="en", slug="weight-diary")
    translation = MaterialPage.objects.get(pk=spanish["/materials/weight-diary/"])
    assert english.short_path.startswith("/m/") and translation.short_path.startswith("/m/")
    assert translation.short_code != english.short_code
    response = client.get(translation.short_path)
    assert response.status_code == 302 and response["Location"] == "/es/materials/weight-diary/"
    response = client.get(english.short_path)
    assert response.status_code == 302 and response["Location"] == "/materials/weight-diary/"
    assert client.get("/es" + english.short_path).status_code == 404

    document_url = english.document.url
    assert document_url.startswith("/documents/")
    download = client.get(document_url)
    assert download.status_code == 200
    b"".join(download.streaming_content)
    assert client.get("/es" + document_url).status_code == 404


def test_spanish_search_finds_only_spanish_pages(client, spanish):
    _response, body = get(client, "/es/search/?q=caquexia")
    assert 'href="/es/about-cachexia/what-is-cachexia/"' in body
    assert 'href="/about-cachexia/' not in body  # no English page in Spanish results
    _response, body = get(client, "/search/?q=cachexia")
    assert 'href="/about-cachexia/what-is-cachexia/"' in body
    assert 'href="/es/' not in body.split("<main", 1)[1].split("</main>", 1)[0]


def test_spanish_search_matches_spanish_word_forms(client, spanish):
    """On PostgreSQL, Spanish stemming: "comer" finds "comiendo". SQLite has no Spanish stemmer:
    there the word as written is found."""
    word = "comer" if connection.vendor == "postgresql" else "comiendo"
    _response, body = get(client, f"/es/search/?q={word}")
    assert 'href="/es/about-cachexia/what-is-cachexia/"' in body


def test_materials_index_lists_the_languages_own_materials(client, spanish):
    _response, body = get(client, "/es/materials/")
    assert 'href="/es/materials/weight-diary/">Diario del peso</a>' in body
    assert 'href="/materials/' not in body.split('id="results-heading"', 1)[-1]
    _response, body = get(client, "/materials/")
    assert "Diario del peso" not in body


def test_sitemap_lists_both_languages(client, spanish):
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/", "/mission/", "/community/", "/es/", "/es/mission/", "/es/about-cachexia/what-is-cachexia/"):
        assert f"<loc>http://localhost{path}</loc>" in body
    assert "<loc>http://localhost/es/community/</loc>" not in body  # not translated


def test_a_right_to_left_language_gets_dir_rtl(client, spanish, settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("ar", "العربية")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    from wagtail.models import Locale, Site

    home = Site.objects.get(is_default_site=True).root_page
    translate(home, Locale.objects.create(language_code="ar"), "الرئيسية")
    response, body = get(client, "/ar/")
    assert response.status_code == 200
    assert html_tag(body) == '<html lang="ar" dir="rtl">'
    assert "<title>الرئيسية" in body
    assert html_tag(get(client, "/es/")[1]) == '<html lang="es" dir="ltr">'


def test_the_stylesheet_uses_logical_properties_only():
    css = (Path(__file__).resolve().parents[2] / "static" / "css" / "site.css").read_text()
    physical = re.findall(
        r"(?:margin|padding|border)-(?:left|right)\b|(?<![-\w])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)"
        r"|float\s*:\s*(?:left|right)",
        css,
    )
    assert physical == [], physical


def test_translations_are_made_by_wagtail(spanish):
    """The fixtures really are Wagtail translations: same translation key, Spanish locale."""
    english = Page.objects.get(locale__language_code="en", url_path__endswith="/what-is-cachexia/")
    translated = Page.objects.get(pk=spanish["/about-cachexia/what-is-cachexia/"])
    assert translated.translation_key == english.translation_key
    assert translated.locale.language_code == "es"


def test_search_results_say_what_each_page_is_in_the_searchers_language(client, spanish):
    _response, spanish_body = get(client, "/es/search/?q=caquexia")
    spanish_types = set(re.findall(r'<p class="result-type">([^<]+)</p>', spanish_body))
    assert "Página de información" in spanish_types
    assert not spanish_types & {"Content page", "Material page", "Answer page", "Home page"}
    _response, english_body = get(client, "/search/?q=cachexia")
    assert "Content page" in re.findall(r'<p class="result-type">([^<]+)</p>', english_body)
