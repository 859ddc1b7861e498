"""Reading a page in another language, before and after the language-prefixed URLs exist.

The page's own URL is asked for in the language (``page.get_url()``: with i18n_patterns it carries
the /es/ prefix, and the URL's language wins; without, the active language picks the translated
tree), and the page cache starts empty so an English page stored under the same path cannot answer.
"""

from django.utils import translation
from wagtail.models import Locale

from tests.conftest import clear_caches


def in_language(page, language):
    """``page``'s live translation in ``language`` (specific)."""
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def get_in(client, page, suffix="", language=None, **kwargs):
    language = language or page.locale.language_code
    clear_caches()
    with translation.override(language):
        return client.get(page.get_url() + suffix, **kwargs)


def post_in(client, page, suffix, data, language=None):
    language = language or page.locale.language_code
    clear_caches()
    with translation.override(language):
        return client.post(page.get_url() + suffix, data)
