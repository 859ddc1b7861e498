"""The language switcher in the header, used like a person uses it, at 375 px and 1280 px; Spanish pages
under axe; a right-to-left language at 320 px.

The English demo site is built fresh for each journey (without the full Spanish demo, which translates
every page) and a few pages translated the way an editor starts a translation (tests/translations.py);
the community page is left untranslated.
"""

import re

import pytest

from tests.translations import translate, translate_demo

from .helpers import assert_accessible, tab_to

pytestmark = pytest.mark.browser


@pytest.fixture
def bilingual_site(transactional_db, migrated_rows, live_server):
    from advocacy.demo.builder import build_demo_site

    build_demo_site(public_url=live_server.url, spanish=False)  # canonical and short links point at this server
    translate_demo("es")
    return live_server.url


# The switcher's accessible name is interface text: Spanish on Spanish pages (locale/es/LC_MESSAGES/django.po).
SWITCHER_NAME = {"en-gb": "Choose a language", "es": "Elija un idioma"}


def switcher(page):
    return page.get_by_role("navigation", name=SWITCHER_NAME[language_of(page)], exact=True)


def language_of(page) -> str:
    return page.locator("html").get_attribute("lang")


def test_switching_language_keeps_the_visitor_on_the_same_page(bilingual_site, visitor):
    visitor.goto(bilingual_site + "/about-cachexia/what-is-cachexia/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "What is cachexia?"
    links = switcher(visitor).get_by_role("link")
    assert links.all_inner_texts() == ["English", "Español"]
    for link in links.all():
        box = link.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box
    assert switcher(visitor).get_by_role("link", name="English").get_attribute("aria-current") == "true"

    switcher(visitor).get_by_role("link", name="Español").click()
    visitor.wait_for_url(bilingual_site + "/es/about-cachexia/what-is-cachexia/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "Qué es la caquexia"
    assert language_of(visitor) == "es"
    assert switcher(visitor).get_by_role("link", name="Español").get_attribute("aria-current") == "true"
    assert switcher(visitor).get_by_role("link", name="English").get_attribute("aria-current") is None

    switcher(visitor).get_by_role("link", name="English").click()
    visitor.wait_for_url(bilingual_site + "/about-cachexia/what-is-cachexia/")
    assert visitor.get_by_role("heading", level=1).inner_text() == "What is cachexia?"
    assert language_of(visitor) == "en-gb"


def test_a_page_with_no_translation_leads_to_the_spanish_home_page(bilingual_site, visitor):
    visitor.goto(bilingual_site + "/community/")
    switcher(visitor).get_by_role("link", name="Español").click()
    visitor.wait_for_url(bilingual_site + "/es/")
    assert language_of(visitor) == "es"
    assert visitor.title().startswith("Inicio")
    # The Spanish menu lists the Spanish pages.
    menu = visitor.get_by_role("navigation", name="Principal", exact=True)  # "Main", in Spanish
    assert menu.get_by_role("link", name="Sobre la caquexia").is_visible()


def test_the_switcher_works_from_the_keyboard_on_the_checker(bilingual_site, visitor):
    visitor.goto(bilingual_site + "/about-cachexia/stages/check-your-numbers/")
    tab_to(visitor, lambda focus: focus["text"] == "Español")
    visitor.keyboard.press("Enter")
    visitor.wait_for_url(bilingual_site + "/es/about-cachexia/stages/check-your-numbers/")
    assert language_of(visitor) == "es"
    assert visitor.get_by_role("heading", level=1).count() == 1


def test_a_spanish_browser_still_gets_english_at_the_english_address(bilingual_site, browser):
    context = browser.new_context(locale="es-ES", extra_http_headers={"Accept-Language": "es-ES,es;q=0.9"})
    try:
        tab = context.new_page()
        tab.goto(bilingual_site + "/mission/")
        assert language_of(tab) == "en-gb"
        assert not re.search("Nuestra misión", tab.title())
    finally:
        context.close()


def test_spanish_pages_have_no_wcag_violations(bilingual_site, page):
    for name, path in [
        ("es-home", "/es/"),
        ("es-content-page", "/es/about-cachexia/what-is-cachexia/"),
        ("es-search-results", "/es/search/?q=caquexia"),
        ("es-materials-index", "/es/materials/"),
    ]:
        response = page.goto(bilingual_site + path)
        assert response.status == 200, path
        assert language_of(page) == "es"
        assert_accessible(page, name)


def test_a_right_to_left_language_fits_a_320_px_screen(bilingual_site, page, settings):
    from wagtail.models import Locale, Page, Site

    settings.LANGUAGES = [*settings.LANGUAGES, ("ar", "العربية")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    arabic = Locale.objects.create(language_code="ar")
    home = Site.objects.get(is_default_site=True).root_page
    translate(home, arabic, "الصفحة الرئيسية")
    about = Page.objects.get(locale__language_code="en", slug="about-cachexia")
    translate(about, arabic, "عن الدنف")
    content = Page.objects.get(locale__language_code="en", slug="what-is-cachexia")
    translate(content, arabic, "ما هو الدنف؟", "<p>الدنف هو فقدان الوزن والعضلات بسبب مرض مثل السرطان.</p>")

    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/ar/", "/ar/about-cachexia/what-is-cachexia/"):
        page.goto(bilingual_site + path)
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert language_of(page) == "ar"
        width = page.evaluate("document.scrollingElement.scrollWidth")
        assert width <= 320, f"{path} scrolls sideways: {width} px wide"
    # The text runs right to left: the heading's words sit against the right-hand edge of the page.
    words = page.evaluate(
        """() => { const range = document.createRange();
        range.selectNodeContents(document.querySelector('h1'));
        const box = range.getBoundingClientRect(); return {left: box.left, right: box.right}; }"""
    )
    assert words["right"] >= 320 - 24 and words["left"] > 40, words


def test_switching_language_keeps_the_materials_filters(demo, visitor):
    """The full demo (both languages): a visitor who has ticked filters keeps them in the other language."""
    visitor.goto(demo + "/materials/")
    visitor.get_by_role("checkbox", name="Eating and appetite").check()
    visitor.get_by_role("button", name="Show materials").click()
    visitor.wait_for_url("**/materials/?*topic=eating-and-appetite*")
    english_titles = visitor.locator(".material-list h3").all_inner_texts()

    switcher(visitor).get_by_role("link", name="Español").click()
    visitor.wait_for_url("**/es/materials/?*topic=eating-and-appetite*")
    assert language_of(visitor) == "es"
    assert visitor.get_by_role("checkbox", name="Comer y apetito").is_checked()
    spanish_titles = visitor.locator(".material-list h3").all_inner_texts()
    assert len(spanish_titles) == 1 and spanish_titles != english_titles  # the Spanish material on that topic

    switcher(visitor).get_by_role("link", name="English").click()
    visitor.wait_for_url("**/materials/?*topic=eating-and-appetite*")
    assert visitor.get_by_role("checkbox", name="Eating and appetite").is_checked()
    assert visitor.locator(".material-list h3").all_inner_texts() == english_titles
