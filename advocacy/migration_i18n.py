"""Helpers for data migrations that make existing rows translatable (Wagtail's bootstrap pattern)."""

import uuid

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant


def default_locale(apps):
    """The default language's Locale (created if a database somehow has none)."""
    locale_model = apps.get_model("wagtailcore", "Locale")
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return locale_model.objects.get_or_create(language_code=code)[0]


def bootstrap_translation_keys(model, locale) -> None:
    """Each row without a translation key gets a new one, in ``locale`` (Wagtail's bootstrap_translatable_model)."""
    for instance in model.objects.filter(translation_key__isnull=True).iterator():
        instance.translation_key = uuid.uuid4()
        instance.locale = locale
        instance.save(update_fields=["translation_key", "locale"])


def drop_translations(model, locale) -> None:
    """Going back to one language: rows in other languages go (their unique slugs would clash)."""
    model.objects.exclude(locale=locale).delete()
