"""Which language a request is in: the URL path says, and nothing else.

English (the default language) stays at ``/``; every other language in ``LANGUAGES`` lives under
its code (``/es/``). Django's ``LocaleMiddleware`` would also read the language cookie and the
``Accept-Language`` header for unprefixed URLs, and so add ``Vary: Accept-Language`` to every
English page, which the page cache (advocacy/page_cache.py) refuses to store. Here the path alone
decides, so a URL always shows the same language and each language's pages are cached apart.

Django's ``i18n_patterns(prefix_default_language=False)`` leaves out the prefix only when the
active language is exactly ``LANGUAGE_CODE`` ("en-gb"), but Wagtail names English pages' language
"en" when it builds their URLs. ``language_patterns`` treats every variant of the default language
as unprefixed, so an English page's URL never gains an ``/en/`` prefix.
"""

import re

from django.conf import settings
from django.urls import URLResolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

_FIRST_SEGMENT = re.compile(r"^/([^/]+)(?:/|$)")


def default_language() -> str:
    """The default language's code as ``LANGUAGES`` names it ("en" for LANGUAGE_CODE "en-gb")."""
    return translation.get_supported_language_variant(settings.LANGUAGE_CODE)


def is_default_language(code: str | None) -> bool:
    if not code:
        return True
    try:
        return translation.get_supported_language_variant(code) == default_language()
    except LookupError:
        return False


def prefixed_languages() -> list[str]:
    """Codes of the languages whose URLs start with their code: every site language but the default."""
    return [code for code, _name in settings.LANGUAGES if not is_default_language(code)]


def language_from_path(path_info: str) -> str:
    """The language a path is in: a prefix naming a site language, else the default (``LANGUAGE_CODE``)."""
    match = _FIRST_SEGMENT.match(path_info)
    if match and match.group(1) in prefixed_languages():
        return match.group(1)
    return settings.LANGUAGE_CODE


class DefaultLanguageUnprefixed(LocalePrefixPattern):
    """Django's locale prefix, left out for the default language and all its variants."""

    def __init__(self):
        super().__init__(prefix_default_language=False)

    @property
    def language_prefix(self):
        code = translation.get_language() or settings.LANGUAGE_CODE
        return "" if is_default_language(code) else f"{code}/"


def language_patterns(*urls):
    """``i18n_patterns(*urls, prefix_default_language=False)``, with every default-language variant unprefixed."""
    return [URLResolver(DefaultLanguageUnprefixed(), list(urls))]


class LanguageFromPathMiddleware:
    """Activates the language named by the path for the whole request; adds no ``Vary`` header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_from_path(request.path_info)
        with translation.override(language):
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
