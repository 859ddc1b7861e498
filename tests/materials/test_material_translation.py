"""Material pages in Spanish: their own short link, and their own file if the editor chooses one."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource

from materials.models import MaterialDocument, MaterialPage
from tests.helpers import pdf_bytes
from tests.translation_helpers import get_in, in_language

pytestmark = pytest.mark.django_db


def english(slug):
    return MaterialPage.objects.get(slug=slug, locale__language_code="en")


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def translate_through_admin(admin_client, page):
    """The editor's "Translate this page": wagtail-localize's form, Spanish ticked."""
    spanish = Locale.objects.get(language_code="es")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"locales": [spanish.pk]})
    assert response.status_code == 302, response.content.decode()[:1000]
    return MaterialPage.objects.get(translation_key=page.translation_key, locale=spanish)


def test_translate_this_page_gives_the_translation_its_own_short_code(admin_client, bilingual_demo_site):
    source = english("questions-to-ask")
    translated = translate_through_admin(admin_client, source)

    assert translated.short_code and translated.short_code != source.short_code
    assert translated.document_id == source.document_id  # synchronized until someone overrides it
    assert (
        admin_client.get(source.short_path)["Location"].rstrip("/").endswith(source.url_path.rstrip("/").split("/")[-1])
    )
    assert MaterialPage.objects.filter(short_code=translated.short_code).get().pk == translated.pk


def test_copy_for_translation_gives_a_new_short_code(bilingual_demo_site):
    source = english("weight-diary")
    copied = source.copy_for_translation(Locale.objects.get(language_code="es"))
    assert copied.short_code != source.short_code


def test_a_spanish_material_serves_its_own_pdf_and_the_english_page_keeps_its_own(
    admin_client, bilingual_demo_site, django_capture_on_commit_callbacks
):
    source = english("eating-well")
    spanish_page = in_language(source, "es")
    assert spanish_page.document_id == source.document_id  # the demo gave this one no Spanish file
    english_file = source.document.file.open("rb").read()
    spanish_pdf = MaterialDocument(title="Comer bien (PDF en español)")
    spanish_pdf.file.save("comer-bien.pdf", ContentFile(pdf_bytes(pages=2)), save=False)
    spanish_pdf._set_document_file_metadata()
    spanish_pdf.save()

    # In the translation editor: override the synchronized document, then publish the translation.
    translation = Translation.objects.get(
        source=TranslationSource.objects.get(object_id=source.translation_key), target_locale=spanish_page.locale
    )
    segment = OverridableSegment.objects.get(source=translation.source, context__path="document")
    override_url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    response = admin_client.put(
        override_url, f"value={spanish_pdf.pk}", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content[:500]
    edit_url = reverse("wagtailadmin_pages:edit", args=[spanish_page.pk])
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        assert admin_client.post(edit_url, {"action": "publish"}).status_code == 302

    spanish_page.refresh_from_db()
    source.refresh_from_db()
    assert spanish_page.document_id == spanish_pdf.pk
    assert source.document_id != spanish_pdf.pk
    spanish_download = get_in(admin_client, spanish_page, "download/")
    english_download = get_in(admin_client, source, "download/")
    assert body(spanish_download) == spanish_pdf.file.open("rb").read()
    assert body(english_download) == english_file


def test_the_demo_spanish_material_links_its_own_spanish_pdf(client, bilingual_demo_site):
    source = english("understanding-cachexia")
    spanish_page = in_language(source, "es")
    assert spanish_page.document_id != source.document_id
    assert spanish_page.language == "es" and source.language == "en"
    served = body(get_in(client, spanish_page, "download/"))
    assert b"/Lang (es)" in served and b"Entender la caquexia" in served
