"""The Spanish demo: translations of every demo page and snippet, made with wagtail-localize.

Each translation goes through wagtail-localize's own records (a TranslationSource, a string
translation for each English string, a Translation that is saved and published), so it shows in the
admin as a translation that editors open with "Edit translation" and can sync. Idempotent: anything
already translated is left as it is. Every Spanish page is marked for a native-speaking clinician's review.
"""

import copy
import json
import re

from django.core.files.base import ContentFile
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from advocacy.localized import default_language_code
from advocacy.models import HomePage, Reviewer, SiteSettings, mark_for_review
from materials.models import Audience, MaterialDocument, MaterialPage, Topic
from materials.upload_checks import check_upload
from staging.models import CriteriaSet

from . import answers, copy_es
from . import copy as copy_en
from .streams import stream_json

LANGUAGE = "es"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def spanish_locale() -> Locale:
    return Locale.objects.get_or_create(language_code=LANGUAGE)[0]


def build_spanish(site, result, files_dir) -> None:
    """Translate the demo site into Spanish (called by the demo loader, inside its transaction)."""
    locale = spanish_locale()
    _translate_snippets(site, locale)
    home = HomePage.objects.filter(locale__language_code=default_language_code()).first() or HomePage.objects.first()
    _translate_pages(home, locale, result, files_dir)


# Snippets -------------------------------------------------------------------------------------


def _translate_snippets(site, locale) -> None:
    for name, words in ((copy_en.REVIEWER["name"], copy_es.REVIEWER), (answers.EXPERT["name"], copy_es.EXPERT)):
        reviewer = Reviewer.objects.filter(name=name, locale__language_code=default_language_code()).first()
        if reviewer is not None:
            translate(reviewer, locale, words)
    site_settings = SiteSettings.for_site(site)
    if site_settings.text is not None:
        translate(site_settings.text, locale, copy_es.SITE_TEXT)
    for slug, name in copy_es.AUDIENCES.items():
        for audience in Audience.objects.filter(slug=slug, locale__language_code=default_language_code()):
            translate(audience, locale, {"name": name})
    for slug, name in copy_es.TOPICS.items():
        for topic in Topic.objects.filter(slug=slug, locale__language_code=default_language_code()):
            translate(topic, locale, {"name": name})
    for slug, words in copy_es.CRITERIA_SETS.items():
        criteria_set = CriteriaSet.objects.filter(slug=slug, locale__language_code=default_language_code()).first()
        if criteria_set is not None:
            translate(criteria_set, locale, words, children={"stages": copy_es.STAGES})


# Pages ----------------------------------------------------------------------------------------


def _translate_pages(home, locale, result, files_dir) -> None:
    def page(parent, slug):
        return parent.get_children().filter(slug=slug).specific().first()

    def stream_fields(spec):
        words = {key: value for key, value in spec.items() if key != "body"}
        if "body" in spec:
            words["body"] = stream_json(spec["body"])
        return words

    def do(page_obj, words):
        if page_obj is None:
            return None
        translated = translate(page_obj, locale, words)
        mark_for_review(translated, copy_es.REVIEW_NOTE)
        if translated.title not in result.created and getattr(translated, "_created_now", False):
            result.created.append(translated.title)
        return translated

    home_words = stream_fields(copy_es.HOME)
    home_words["task_links"] = _task_links(home)
    do(home, home_words)
    do(page(home, "mission"), stream_fields(copy_es.MISSION))
    materials_index = page(home, "materials")
    do(materials_index, copy_es.MATERIALS_INDEX)
    if materials_index is not None:
        for slug, spec in copy_es.MATERIALS.items():
            material = page(materials_index, slug)
            words = {"title": spec["title"], "summary": spec["summary"], "search_description": spec["summary"][:255]}
            translated = do(material, words)
            if translated is not None and "filename" in spec and translated.document_id == material.document_id:
                _give_own_file(material, translated, locale, spec, files_dir)
    about = page(home, "about-cachexia")
    do(about, copy_es.ABOUT)
    if about is not None:
        for slug, spec in copy_es.ABOUT_PAGES.items():
            do(page(about, slug), stream_fields(spec))
        do(page(about, "stages"), copy_es.STAGES_PAGE)
    do(page(home, "community"), stream_fields(copy_es.COMMUNITY))
    do(page(home, "ask"), copy_es.ASK_PAGE)
    answers_index = page(home, "answers")
    do(answers_index, copy_es.ANSWERS_INDEX)
    if answers_index is not None:
        for slug, spec in copy_es.ANSWERS.items():
            words = stream_fields(spec)
            words["search_description"] = spec["short_answer"][:255]
            do(page(answers_index, slug), words)


def _task_links(home) -> str:
    """The home page's task links with the Spanish link text and description, in the English order."""
    spanish = {
        "what-is-cachexia": (
            "Aprenda qué es la caquexia",
            "La caquexia en palabras sencillas: las señales y por qué pasa.",
        ),
        "stages": (
            "Vea las etapas de la caquexia y compruebe sus números",
            "Qué quiere decir cada etapa, de dónde salen los números y una herramienta para comparar sus propios "
            "números.",
        ),
        "materials": (
            "Consiga folletos gratis y un diario de peso en nuestros materiales",
            "Léalos, imprímalos o compártalos, y llévelos a su próxima cita.",
        ),
        "community": (
            "Únase a nuestra comunidad de pacientes y cuidadores",
            "No está solo ni sola. Comparta su historia, haga preguntas y apóyense entre todos.",
        ),
        "ask": (
            "Haga una pregunta a nuestros expertos",
            "Médicos, enfermeras y dietistas que conocen la caquexia responden con palabras sencillas.",
        ),
    }
    blocks = []
    for block in home.task_links:
        target = block.value["page"]
        text, description = spanish.get(target.slug if target else "", (block.value["link_text"], ""))
        blocks.append(
            {
                "type": "task_link",
                "value": {"page": target.pk if target else None, "link_text": text, "description": description},
            }
        )
    return json.dumps(blocks)


def _give_own_file(material, translated, locale, spec, files_dir) -> None:
    """Override the synchronized document of the Spanish material with a Spanish PDF (once)."""
    document = MaterialDocument.objects.filter(title=spec["document_title"]).first()
    if document is None:
        data = (files_dir / spec["filename"]).read_bytes()
        checked = check_upload(spec["filename"], data)
        document = MaterialDocument(title=spec["document_title"], page_count=checked.page_count)
        document.file.save(spec["filename"], ContentFile(data), save=False)
        document._set_document_file_metadata()
        document.save()
    # The file is in Spanish. The language is not synchronized, so the translation keeps it from now on.
    MaterialPage.objects.filter(pk=translated.pk).update(language=LANGUAGE)
    override_document(material, locale, document)


def override_document(source_page, locale, document) -> None:
    """Set the translation's own document through wagtail-localize's segment override, and republish it."""
    source = TranslationSource.get_or_create_from_instance(source_page)[0]
    segment = OverridableSegment.objects.get(source=source, context__path="document")
    SegmentOverride.objects.update_or_create(
        locale=locale, context=segment.context, defaults={"data_json": json.dumps(document.pk)}
    )
    save_and_publish(Translation.objects.get(source=source, target_locale=locale), source_page)


# The machinery --------------------------------------------------------------------------------


def translate(instance, locale, words: dict, children: dict | None = None):
    """Create ``instance``'s translation in ``locale`` through wagtail-localize, its English strings
    translated by the same strings of a copy that carries ``words``. Returns the translation; an
    existing translation is returned as it is."""
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific if isinstance(existing, Page) else existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    spanish = _copy_with(source.as_instance(), words, children or {})
    english_segments = [s for s in extract_segments(source.as_instance()) if isinstance(s, StringSegmentValue)]
    spanish_segments = [s for s in extract_segments(spanish) if isinstance(s, StringSegmentValue)]
    if len(english_segments) != len(spanish_segments):
        raise ValueError(f"The Spanish copy of {instance!r} does not have the shape of the English one.")
    for english, translated in zip(english_segments, spanish_segments, strict=True):
        if UUID.sub("", english.path) != UUID.sub("", translated.path):
            raise ValueError(f"The Spanish copy of {instance!r} differs at {english.path}.")
        string = String.from_value(source.locale, english.string)
        context = TranslationContext.objects.get(object_id=source.object_id, path=english.path)
        StringTranslation.objects.update_or_create(
            translation_of=string,
            locale=locale,
            context=context,
            defaults={"data": translated.string.data, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    save_and_publish(translation, instance)
    created = instance.get_translation(locale)
    created = created.specific if isinstance(created, Page) else created
    created._created_now = True
    return created


def save_and_publish(translation, instance) -> None:
    """``translation.save_target(publish=True)``, with the publishing done now rather than when the loader's
    transaction commits: wagtail-localize defers it, and a page published later from the copy it held in
    memory would write back its old place in the tree (its children would be lost from it)."""
    if not isinstance(instance, DraftStateMixin):  # nothing to publish: saving is enough
        translation.save_target(publish=True)
        return
    translation.save_target(publish=False)
    target = instance.get_translation(translation.target_locale)
    target = target.specific if isinstance(target, Page) else target
    target.get_latest_revision().publish()


def _merge(english, spanish):
    """The English stream data (with its block ids) with the Spanish words put in, position by position."""
    if isinstance(english, dict):
        if not isinstance(spanish, dict):
            return english
        merged = dict(english)
        for key, value in english.items():
            if key not in ("id", "type") and key in spanish:
                merged[key] = _merge(value, spanish[key])
        return merged
    if isinstance(english, list) and isinstance(spanish, list):
        merged = []
        for i, item in enumerate(english):
            if i >= len(spanish):
                merged.append(item)
                continue
            words = spanish[i]["value"] if _is_list_item(spanish[i]) else spanish[i]
            if _is_list_item(item):  # a list block's item, in Wagtail's block format: its id stays
                merged.append({**item, "value": _merge(item["value"], words)})
            else:
                merged.append(_merge(item, words))
        return merged
    return english if spanish is None else spanish


def _is_list_item(value) -> bool:
    """A list block's item in Wagtail's block format ({"type": "item", "value": ..., "id": ...})."""
    return isinstance(value, dict) and value.get("type") == "item" and "value" in value


def _copy_with(instance, words: dict, children: dict):
    """An unsaved copy of ``instance`` with ``words`` in place of its English words."""
    if hasattr(instance, "serializable_data"):
        spanish = type(instance).from_serializable_data(instance.serializable_data())
    else:
        spanish = copy.copy(instance)
    for name, value in words.items():
        if isinstance(instance._meta.get_field(name), StreamField):
            value = json.dumps(_merge(getattr(instance, name).get_prep_value(), json.loads(value)))
        setattr(spanish, name, value)
    for relation, by_slug in children.items():
        for child in getattr(spanish, relation).all():
            for name, value in by_slug.get(child.slug, {}).items():
                setattr(child, name, value)
    return spanish
