"""The demo loader builds the Spanish site with wagtail-localize, marks it for review, and stays idempotent."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation

from advocacy.models import SiteSettings, SiteText, TranslationReview
from materials.models import Audience, MaterialPage, Topic
from staging.models import CriteriaSet
from tests.translation_helpers import get_in

pytestmark = pytest.mark.django_db


def english_pages():
    return Page.objects.filter(locale__language_code="en", depth__gt=1).specific()


def test_every_demo_page_has_a_live_spanish_translation_marked_for_review(bilingual_demo_site):
    spanish = Locale.objects.get(language_code="es")
    missing = []
    for page in english_pages():
        translated = page.get_translation_or_none(spanish)
        if isinstance(page, MaterialPage):
            continue  # materials: at least two, below
        if translated is None or not translated.live:
            missing.append(page.title)
            continue
        assert translated.title != page.title, page.title
        assert TranslationReview.objects.open().filter(page=translated).exists(), translated.title
        # Made by wagtail-localize: an enabled translation of the English source, with Spanish strings.
        assert Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=spanish, enabled=True
        ).exists()
    assert missing == []
    spanish_materials = MaterialPage.objects.live().filter(locale=spanish)
    assert spanish_materials.count() >= 2
    assert any(m.document_id != m.get_translation(Locale.get_default()).document_id for m in spanish_materials)
    assert StringTranslation.objects.filter(locale=spanish).count() > 100


def test_spanish_snippets_and_site_text(bilingual_demo_site):
    spanish = Locale.objects.get(language_code="es")
    assert (
        Audience.objects.filter(locale=spanish).count() == Audience.objects.filter(locale__language_code="en").count()
    )
    assert Topic.objects.filter(locale=spanish).count() == Topic.objects.filter(locale__language_code="en").count()
    assert CriteriaSet.objects.filter(locale=spanish, live=True).count() == 2
    assert SiteText.objects.filter(locale=spanish).exists()


def test_spanish_pages_read_in_spanish(client, bilingual_demo_site):
    spanish_home = Page.objects.get(locale__language_code="es", depth=2).specific
    html = get_in(client, spanish_home).content.decode()
    assert "Le damos la bienvenida" in html  # the reader is "usted", as in the interface
    assert "Ayudar a las personas con caquexia" in html  # the site text in Spanish (the mission)
    mission = spanish_home.get_children().get(slug="mission").specific
    assert "Concienciación" in get_in(client, mission).content.decode()


# Words that only "tú" or "vosotros" use (never "usted"): verbs, pronouns and possessives.
INFORMAL = re.compile(
    r"\b(tú|tu|tus|te|ti|contigo|tuy[oa]s?|puedes|tienes|quieres|estás|eres|sientes|díselo|cuéntale|"
    r"pregúntales|únete|hazla|apoyaos|apoyaros|hayáis|estéis|podáis|comed)\b",
    re.IGNORECASE,
)


def visible_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript"]):
        hidden.decompose()
    return soup.get_text(" ")


def test_the_spanish_pages_address_the_reader_as_usted(client, bilingual_demo_site):
    """Content and interface speak alike: "usted" (puede, su, dígaselo), never "tú" or "vosotros"."""
    pages = list(Page.objects.live().filter(locale__language_code="es", depth__gt=1).specific())
    assert len(pages) >= 15
    texts, informal = [], {}
    for page in pages:
        response = get_in(client, page)
        assert response.status_code == 200, page.url
        texts.append(visible_text(response))
        found = sorted({word.lower() for word in INFORMAL.findall(texts[-1])})
        if found:
            informal[page.url] = found
    assert informal == {}
    everything = " ".join(texts)  # the pages read, in Spanish, to the reader as "usted"
    assert "Le damos la bienvenida" in everything and "Hable con su equipo médico" in everything
    assert "Únase a nuestra comunidad" in everything and "No está solo ni sola" in everything


def test_the_lists_in_spanish_pages_are_translated_too(client, bilingual_demo_site):
    """Key facts and common questions (list blocks) are translated strings like the rest, not the English kept."""
    what_is = Page.objects.get(locale__language_code="es", slug="what-is-cachexia").specific
    text = visible_text(get_in(client, what_is))
    assert "Su equipo médico le puede ayudar, así que dígaselo pronto." in text  # a key fact
    assert "¿Hay algo que ayude?" in text and "qué es lo mejor para usted" in text  # a question and its answer
    assert "Your care team can help" not in text and "Can anything help?" not in text
    community = Page.objects.get(locale__language_code="es", slug="community").specific
    text = visible_text(get_in(client, community))
    assert "No comparta su dirección, su teléfono ni su número de historia clínica." in text
    assert "Do not share your address" not in text


def test_the_informal_check_finds_tu_and_vosotros():
    assert INFORMAL.findall("No estás solo. Comparte tu historia y apoyaos entre todos.") == ["estás", "tu", "apoyaos"]
    assert INFORMAL.findall("No está solo. Comparta su historia y apóyense entre todos. Usted puede.") == []


def test_the_review_list_shows_the_spanish_pages(admin_client, bilingual_demo_site):
    html = admin_client.get("/admin/snippets/advocacy/translationreview/").content.decode()
    assert "Inicio" in html and "Nuestra misión" in html
    assert "native-speaking clinician" in html or "profesional sanitario nativo" in html


def test_loading_again_changes_nothing(bilingual_demo_site, capsys):
    before = (
        sorted(Page.objects.values_list("url_path", "locale__language_code", "latest_revision_id")),
        StringTranslation.objects.count(),
        TranslationReview.objects.count(),
        SiteText.objects.count(),
        Audience.objects.count(),
    )
    call_command("load_demo_content")
    after = (
        sorted(Page.objects.values_list("url_path", "locale__language_code", "latest_revision_id")),
        StringTranslation.objects.count(),
        TranslationReview.objects.count(),
        SiteText.objects.count(),
        Audience.objects.count(),
    )
    assert after == before
    assert "nothing to add" in capsys.readouterr().out
    assert SiteSettings.objects.get().text.locale.language_code == "en"


def test_links_on_spanish_pages_lead_to_spanish_pages(client, bilingual_demo_site):
    """wagtail-localize keeps a translation's page links (task links, featured materials, the settings' ask
    page) pointing at the English pages; a Spanish reader must stay in Spanish. The switcher is the way out."""
    english_links = {}
    for page in Page.objects.live().filter(locale__language_code="es", depth__gt=1).specific():
        soup = BeautifulSoup(get_in(client, page).content, "html.parser")
        soup.select_one("nav.language-switcher").decompose()
        for link in soup.select("a[href^='/']"):
            href = link["href"]
            if href != "/" and not re.match(r"/(es/|static/|media/|documents/)", href):
                english_links.setdefault(href, page.url)
    assert english_links == {}
