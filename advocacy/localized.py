"""Translated snippets shown in the visitor's language, with everything else read from the source.

Labels, criteria sets and their stages are written in the default language and translated with
wagtail-localize. Public pages list the default-language rows (their ids, slugs, numbers and order)
and take only the words from the active language's translation, when there is one. So a translation
can never change a number, drop a stage or add a filter choice, and a published change in the
default language shows at once in every language.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import DraftStateMixin

from . import site_memo


def _locale_id(language_code: str) -> int | None:
    try:
        code = get_supported_content_language_variant(language_code)
    except LookupError:
        return None
    locale = site_memo.locales().get(code)
    return locale.pk if locale else None


def default_language_code() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def default_locale_id() -> int | None:
    return _locale_id(settings.LANGUAGE_CODE)


def active_locale_id() -> int | None:
    """The locale of the active language, or the default locale if there is none for it."""
    return _locale_id(translation.get_language() or settings.LANGUAGE_CODE) or default_locale_id()


def translated_words(model, fields, locale_id, **filters) -> dict:
    """``{translation_key: {field: words}}`` of every row of ``model`` in ``locale_id`` (live ones only, for
    models with drafts; ``filters`` narrow further). Kept in memory for the site version
    (advocacy/site_memo.py), like the other site-wide lookups: publishing or saving a snippet sets a
    new version. So a page in another language costs no more queries than the same page in the default one.
    """

    def build():
        rows = model._default_manager.filter(locale_id=locale_id, **filters)
        if issubclass(model, DraftStateMixin):
            rows = rows.filter(live=True)
        return {row.pop("translation_key"): row for row in rows.values("translation_key", *fields)}

    key = ("translated-words", model._meta.label, locale_id, tuple(fields), tuple(sorted(filters.items())))
    return site_memo.remember(key, build)


def overlay(objects, fields, translations) -> None:
    """Copy the translated words onto the source objects, in memory only (they are never saved)."""
    for obj in objects:
        words = translations.get(obj.translation_key)
        if words is None:
            continue
        for name in fields:
            if words[name]:
                setattr(obj, name, words[name])


class LocalizedQuerySet(models.QuerySet):
    """``.localized()``: the default language's rows, with the words of the active language's translations.

    Subclasses name the words in ``localized_fields``; ``localize_related(objects, locale_id)`` may
    localize prefetched children too.
    """

    localized_fields: tuple[str, ...] = ()
    _localize = False

    def localized(self):
        queryset = self.filter(locale__language_code=default_language_code())  # lazy: no query until read
        queryset._localize = True
        return queryset

    def _clone(self):
        clone = super()._clone()
        clone._localize = self._localize
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if not (fresh and self._localize and self._result_cache):
            return
        if not isinstance(self._result_cache[0], self.model):  # values() and values_list() rows: no words to swap
            return
        locale_id = active_locale_id()
        if locale_id is None or locale_id == default_locale_id():
            return
        fields = self.localized_fields
        overlay(self._result_cache, fields, translated_words(self.model, fields, locale_id))
        self.localize_related(self._result_cache, locale_id)

    def localize_related(self, objects, locale_id) -> None:
        """Hook for prefetched children."""


def in_default_locale() -> dict:
    """``limit_choices_to`` for links to translatable labels: pages link the default-language ones."""
    return {"locale__language_code": default_language_code()}
