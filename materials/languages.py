"""The languages a material can be written in: a fixed list of codes, each shown by its own name."""

import unicodedata

from django.conf.locale import LANG_INFO
from django.utils.translation import get_language_info

# Language codes Django knows, so each is named in its own language (English, Español, Polski, …).
MATERIAL_LANGUAGES = ["en", "es", "pl", "fr", "de", "it", "pt", "ro", "ar", "ur", "pa", "bn", "hi", "zh-hans", "cy"]
# Own names Django does not carry (it names Punjabi only in English).
OWN_NAMES = {"pa": "ਪੰਜਾਬੀ"}


def language_name(code: str) -> str:
    """A language's own name for itself, capitalised as a label (Español, Polski), or the code if unknown."""
    if code in OWN_NAMES:
        return OWN_NAMES[code]
    try:
        name = get_language_info(code)["name_local"]
    except KeyError:
        return code
    return name[:1].upper() + name[1:]


LANGUAGE_CHOICES = [(code, language_name(code)) for code in MATERIAL_LANGUAGES]


def code_for(text: str) -> str | None:
    """The code on the fixed list that free text such as "Spanish", "es", "ES-mx" or "español" means, if any."""
    wanted = _plain((text or "").strip().replace("_", "-"))
    if not wanted:
        return None
    names = {}
    for code in MATERIAL_LANGUAGES:
        info = LANG_INFO.get(code, {})
        for name in (code, info.get("name", ""), info.get("name_local", ""), language_name(code)):
            names.setdefault(_plain(name), code)
    names.update({"chinese": "zh-hans", "zh": "zh-hans", "zh-cn": "zh-hans", "castellano": "es"})
    if wanted in names:
        return names[wanted]
    base = wanted.split("-")[0]  # a regional code: es-mx, pt-br, en-gb
    return base if base in MATERIAL_LANGUAGES else None


def _plain(text: str) -> str:
    """Lower case without accents, so "Español", "espanol" and "ESPAÑOL" match."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
