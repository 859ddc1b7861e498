"""The interface in Spanish: every public template's words go through the translation system, the Spanish
catalogue is complete, and pages, forms, error pages and the handout read in Spanish under Spanish.

The pages are read as a visitor reads them: the bilingual demo site's Spanish pages, at their own
/es/ URLs (taken from the page objects). These tests look for the interface's own words: each English
interface sentence must not appear, its Spanish must.
"""

import html
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings as django_settings
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, Page, Site

ROOT = Path(django_settings.BASE_DIR)
TEMPLATES = ROOT / "templates"
CATALOGUE = ROOT / "locale" / "es" / "LC_MESSAGES" / "django.po"
# Editors' screens may stay English (they are not public).
EDITOR_ONLY = ("admin/", "editor_2fa/", "wagtailcore/", "questions/admin/")
PLACEHOLDER = re.compile(r"%\(\w+\)s|\{\w+\}")


def catalogue():
    return polib.pofile(str(CATALOGUE))


def public_templates():
    return [
        path
        for path in sorted(TEMPLATES.rglob("*"))
        if path.is_file() and not str(path.relative_to(TEMPLATES)).startswith(EDITOR_ONLY)
    ]


def untranslated_words(source: str) -> list[str]:
    """Words left in a template once tags, variables, comments and translated blocks are taken out."""
    text = re.sub(r"{%\s*comment\s*%}.*?{%\s*endcomment\s*%}|{#.*?#}", " ", source, flags=re.S)
    text = re.sub(r"{%\s*blocktranslate\b.*?{%\s*endblocktranslate\s*%}", " ", text, flags=re.S)
    text = re.sub(r"{%\s*block body_class\s*%}.*?{%\s*endblock\s*%}", " ", text, flags=re.S)  # a CSS class
    text = re.sub(r"{%.*?%}|{{.*?}}", " ", text, flags=re.S)
    attributes = re.findall(r'\b(?:aria-label|alt|title|placeholder)="([^"]*)"', text)
    text = re.sub(r"<[^>]*>", " ", text)
    return re.findall(r"[A-Za-z][A-Za-z']+", text + " " + " ".join(attributes))


@pytest.mark.parametrize("path", public_templates(), ids=lambda path: str(path.relative_to(TEMPLATES)))
def test_every_public_template_sends_its_words_through_the_translation_system(path):
    assert untranslated_words(path.read_text()) == []


def test_the_template_check_finds_a_word_left_in_english():
    assert untranslated_words('{% load i18n %}<p>{% translate "Hello" %} there</p>') == ["there"]
    assert untranslated_words('<nav aria-label="Main">{{ x }}</nav>') == ["Main"]
    assert untranslated_words("{% blocktranslate %}Hello {{ x }}{% endblocktranslate %}") == []


def test_the_spanish_catalogue_is_complete_and_nothing_is_fuzzy():
    po = catalogue()
    assert len(po) > 250
    assert po.untranslated_entries() == [] and po.fuzzy_entries() == []
    assert po.metadata["Language"] == "es"
    for entry in po:  # every placeholder kept, none invented (msgfmt --check covers only %-formats)
        wanted = set(PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
        for text in entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]:
            assert set(PLACEHOLDER.findall(text)) == wanted, entry.msgid


def test_the_spanish_uses_usted_not_tu():
    """Plain, polite Spanish: the visitor is "usted" (su, escriba, pulse), never "tú" (tu, escribe, pulsa)."""
    informal = re.compile(r"\b(tú|tu|tus|te|ti|contigo|elige|pulsa|comprueba|marca|vuelve|inténtalo)\b", re.I)
    found = [e.msgstr for e in catalogue() if e.msgstr and informal.search(e.msgstr)]
    assert found == []


def test_the_spanish_calls_the_stages_etapas():
    """One word for "stage", as in the pages' content ("las etapas de la caquexia"): "etapa", never "fase"."""
    po = catalogue()
    assert [e.msgstr for e in po if re.search(r"\bfases?\b", e.msgstr, re.I)] == []
    assert po.find("Stage").msgstr == "Etapa" and po.find("Stages").msgstr == "Etapas"


# The demo site's pages and the seeded criteria sets are content, not interface, and some of their words
# are also interface words ("Ask our experts a question" as a
# home-page link): left out.
CONTENT_SOURCES = [*(ROOT / "advocacy" / "demo").glob("*.py"), ROOT / "staging" / "seed.py"]
DEMO_CONTENT = "\n".join(path.read_text() for path in CONTENT_SOURCES)


def english_sentences(entries) -> list[str]:
    """The longest plain piece of each English interface sentence (three words or more) whose Spanish differs."""
    pieces = []
    for entry in entries:
        if entry.msgstr == entry.msgid:
            continue
        for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
            piece = max(PLACEHOLDER.split(msgid), key=len).strip()
            if len(piece.split()) >= 3 and "<" not in piece and piece not in DEMO_CONTENT:
                pieces.append(piece)
    return pieces


def interface_entries_of(*templates):
    return [e for e in catalogue() if any(f.startswith(templates) for f, _line in e.occurrences)]


@pytest.fixture
def spanish(bilingual_demo_site):
    """A visitor's browser (which asks for English: the URL alone decides) on the bilingual demo site."""
    return Client(HTTP_ACCEPT_LANGUAGE="en-GB,en")


def in_spanish(page) -> Page:
    return page.get_translation(Locale.objects.get(language_code="es")).specific


def spanish_url(english_path: str) -> str:
    """The Spanish URL of what is at ``english_path``: the Spanish translation's own URL of the deepest
    page on the path, followed by the rest of the path (a route inside the page) and the query."""
    path, mark, query = english_path.partition("?")
    home = Site.objects.get(is_default_site=True).root_page
    parts = path.strip("/").split("/") if path.strip("/") else []
    for keep in range(len(parts), -1, -1):
        url_path = home.url_path + "".join(f"{part}/" for part in parts[:keep])
        page = Page.objects.filter(url_path=url_path, locale=home.locale).first()
        if page is not None:
            url = in_spanish(page).url + "".join(f"{part}/" for part in parts[keep:]) + mark + query
            assert url.startswith("/es/"), url
            return url
    raise AssertionError(english_path)


def page_text(response) -> str:
    return html.unescape(response.content.decode())


PAGES = {
    "/": ["Saltar al contenido principal", "Buscar en esta web", "Nuestra misión:", "No mostramos anuncios."],
    "/about-cachexia/what-is-cachexia/": ["Sobre esta información", "Revisado por", "Próxima revisión"],
    "/about-cachexia/stages/": ["Compruebe sus números", "Normalmente el cuidado se centra en:", "Fuente:"],
    "/materials/": ["Buscar materiales", "Mostrar materiales", "Quitar filtros", "Hacer una hoja con"],
    "/materials/eating-well/": ["Compartir este material", "Enlace corto:", "Descargar"],
    "/answers/": ["Buscar respuestas", "Mostrar respuestas", "encontrada"],
    "/answers/seeing-a-dietitian/": ["La pregunta", "La respuesta corta", "Quién respondió"],
    "/community/": ["Haga a nuestros expertos una pregunta sobre la caquexia"],
    "/search/?q=appetite": ["para «appetite»", "¿Qué está buscando?"],
    "/search/?q=qqqqzzzz": ["No hay resultados para «qqqqzzzz»", "Pruebe con otra palabra"],
}


@pytest.mark.parametrize("url", PAGES)
def test_public_pages_read_in_spanish(spanish, url):
    response = spanish.get(spanish_url(url))
    assert response.status_code == 200
    text = page_text(response)
    for words in PAGES[url]:
        assert words in text
    left = [sentence for sentence in english_sentences(catalogue()) if sentence in text]
    assert left == []


def test_the_ask_form_labels_choices_and_errors_are_spanish(spanish):
    from questions.models import AskQuestionPage

    page = in_spanish(AskQuestionPage.objects.get(locale__language_code="en"))
    text = page_text(spanish.get(page.url))
    for words in (
        "Su pregunta",
        "¿Quién pregunta?",
        "Tengo cáncer",
        "Tipo de cáncer (si quiere)",
        "Enviar mi pregunta",
    ):
        assert words in text
    assert "Hasta 2\xa0000 caracteres" in text
    errors = page_text(spanish.post(page.url + "send/", {"question": "", "started": ""}))
    assert "Revise su pregunta, por favor" in errors and "Escriba su pregunta." in errors
    assert "Type your question." not in errors


def test_the_materials_filters_are_spanish(spanish):
    text = page_text(spanish.get(spanish_url("/materials/")))
    for words in ("Para quién es", "Tema", "Idioma", "Cualquier idioma"):
        assert words in text
    assert "<legend>Etapa</legend>" in text  # "etapa", as the pages say ("las etapas de la caquexia")
    assert re.search(r"\(\d+<span class=\"visually-hidden\"> materiale?s?</span>\)", text)
    assert "Who it is for" not in text and "Any language" not in text


def test_the_handout_prints_in_spanish(spanish):
    response = spanish.get(spanish_url("/materials/handout/?m=eating-well&m=no-longer-here"))
    text = page_text(response)
    for words in ("Materiales para usted", "Su equipo médico eligió", "Enlace corto:", "Código QR de"):
        assert words in text
    assert "1 material elegido ya no está disponible, así que no aparece." in text
    assert "Use el botón de imprimir de su navegador" in text
    left = [s for s in english_sentences(interface_entries_of("templates/materials/handout.html")) if s in text]
    assert left == [] and "Materials for you" not in text and "QR code for" not in text


def test_the_handout_stays_english_in_english(client, demo_site):
    text = page_text(client.get("/materials/handout/?m=eating-well"))
    assert "Materials for you" in text and "QR code for" in text and "Materiales para usted" not in text


def test_the_not_found_page_is_spanish(spanish):
    response = spanish.get(spanish_url("/no-such-page/"))
    assert response.status_code == 404
    text = page_text(response)
    assert "No encontramos esa página" in text and "We cannot find that page" not in text


def test_the_too_many_requests_page_is_spanish(spanish, settings):
    stages_page_url = spanish_url("/about-cachexia/stages/check/")
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "check_numbers": (1, 600)}
    spanish.post(stages_page_url, {})
    response = spanish.post(stages_page_url, {})
    assert response.status_code == 429
    text = page_text(response)
    assert "Espere un momento, por favor" in text
    assert re.search(r"Inténtelo otra vez dentro de unos \d+ minutos?\. No se guardó nada de lo que escribió\.", text)


def test_a_refused_form_token_gets_the_spanish_reload_page(bilingual_demo_site):
    from questions.models import AskQuestionPage

    browser = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en-GB,en")
    page = in_spanish(AskQuestionPage.objects.get(locale__language_code="en"))
    response = browser.post(page.url + "send/", {"question": "Hola"})
    assert response.status_code == 403
    text = page_text(response)
    assert "Vuelva a cargar la página" in text and "No se guardó nada de lo que escribió." in text
    assert '<html lang="es">' in text


@pytest.mark.parametrize(
    ("template", "spanish_title", "english_title"),
    [
        ("400.html", "Lo sentimos, no hemos entendido esa petición", "Sorry, we could not understand that request"),
        ("403.html", "No puede abrir esta página", "You cannot open this page"),
        ("403_csrf.html", "Vuelva a cargar la página", "Please reload the page"),
        ("500.html", "Lo sentimos, algo ha fallado", "Sorry, something went wrong"),
        ("503.html", "Esta web está ocupada o no funciona por un momento", "This site is busy or down for a moment"),
        ("axes_lockout.html", "Demasiados intentos de inicio de sesión", "Too many sign-in attempts"),
    ],
)
def test_the_static_error_pages_are_spanish_under_spanish(template, spanish_title, english_title):
    with translation.override("es"):
        spanish = html.unescape(render_to_string(template))
    with translation.override("en"):
        english = html.unescape(render_to_string(template))
    assert f"<h1>{spanish_title}</h1>" in spanish and "Ir a la página de inicio" in spanish
    assert english_title not in spanish and '<html lang="es">' in spanish
    assert f"<h1>{english_title}</h1>" in english and '<html lang="en">' in english


def test_the_answer_email_to_the_asker_is_spanish_under_spanish():
    context = {"answer_url": "https://example.org/answers/x/", "organisation_name": "Sociedad"}
    with translation.override("es"):
        body = render_to_string("questions/emails/answer_published.txt", context)
        subject = render_to_string("questions/emails/answer_published_subject.txt", context)
    assert body.startswith("Hola:") and "Ya hemos borrado su correo electrónico" in body
    assert subject.strip() == "Sociedad ha respondido a su pregunta"


def test_dates_are_written_the_spanish_way(spanish):
    from advocacy.models import ContentPage

    page = ContentPage.objects.live().filter(locale__language_code="es").exclude(last_reviewed=None).first()
    text = page_text(spanish.get(page.url))
    assert re.search(
        r"\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre"
        r"|noviembre|diciembre) de \d{4}",
        text,
    )
