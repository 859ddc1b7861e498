"""What a visitor types into a search box, made safe to hand to the search backend.

Both search boxes (site search and the materials search) pass their text through here. The
database search backends build a full-text query from the words: on SQLite each word is
wrapped in double quotes for FTS5, so a stray ``"`` ends the string early and the query fails;
on PostgreSQL a NUL character is refused outright. Words are kept; only characters that are
never part of a word we index (quotes, control characters) become spaces.
"""

import re
import unicodedata

MAX_QUERY_LENGTH = 200

# Quote marks of any script: FTS5 treats the ASCII one as syntax, and none of them is part of a word.
_QUOTES = re.compile(r"[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u300c\u300d\u300e\u300f\uff02]")


def typed_query(raw) -> str:
    """The text to show back in the search box: what was typed, trimmed and cut to a sane length."""
    return (raw or "").strip()[:MAX_QUERY_LENGTH]


def search_terms(typed: str) -> str:
    """The words to search for: ``typed`` without quote marks or control characters, spaces collapsed."""
    text = _QUOTES.sub(" ", typed)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    return " ".join(text.split())
