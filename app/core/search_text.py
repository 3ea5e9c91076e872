"""How searched text is folded, on both sides of the full-text index.

FTS5's ``unicode61`` tokenizer with ``remove_diacritics 2`` folds letters that
Unicode decomposes into a base letter and marks (é, ş, ș, ț, ğ, ë, č, ř, ő…)
and lowercases, but it leaves letters that have no decomposition as they are:
"Malgorzata" would not find "Małgorzata", nor "Yilmaz" "Yılmaz", nor
"Crevecoeur" "Crèvecœur". :data:`LETTER_FOLDS` maps those letters to what a
person types on a Belgian keyboard.

Both sides use the same table:

* indexing — the search triggers of revision 0006 wrap the indexed text in
  nested ``replace()`` calls generated from a copy of this table (a revision
  never imports code that may change after it; ``tests/unit/test_search_text.py``
  checks that the copy and this table agree). The folding runs in SQL
  because the triggers are what keeps the index exact whatever writes a row
  (services, cascades of a purge, the benchmark's bulk loader), and a Python
  function cannot be called from a trigger while ``trusted_schema`` is off;
* querying — :func:`fold` applies the table in Python before the words are
  turned into an FTS5 query (:func:`match_query`).
"""

from __future__ import annotations

import re
import unicodedata

#: Latin letters that unicode61 does not fold, as they are typed without special
#: letters (both cases: the SQL side replaces before the tokenizer lowercases).
LETTER_FOLDS: dict[str, str] = {
    # Polish, Croatian, Vietnamese, Maltese, Catalan, Sámi
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h",
    "ŀ": "l", "Ŀ": "l", "ŧ": "t", "Ŧ": "t",
    # Turkish, Azerbaijani (the dotted İ is folded by unicode61 already)
    "ı": "i", "ə": "e", "Ə": "e",
    # French, Danish, Norwegian, Icelandic, German, Dutch
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ǽ": "ae", "Ǽ": "ae", "ǣ": "ae", "Ǣ": "ae",
    "ø": "o", "Ø": "o", "ǿ": "o", "Ǿ": "o", "ß": "ss", "ẞ": "ss",
    "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ĳ": "ij", "Ĳ": "ij",
    # Croatian and Serbian digraph letters
    "ǆ": "dz", "ǅ": "dz", "Ǆ": "dz", "ǳ": "dz", "ǲ": "dz", "Ǳ": "dz",
    "ǉ": "lj", "ǈ": "lj", "Ǉ": "lj", "ǌ": "nj", "ǋ": "nj", "Ǌ": "nj",
    # African orthographies (Lingala, Bambara, Wolof, Hausa, Fula, Ewe) and Tamazight
    "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o", "ǝ": "e", "Ǝ": "e",
    "ɓ": "b", "Ɓ": "b", "ɗ": "d", "Ɗ": "d", "ɖ": "d", "Ɖ": "d",
    "ƙ": "k", "Ƙ": "k", "ƴ": "y", "Ƴ": "y", "ɲ": "ny", "Ɲ": "ny",
    "ŋ": "ng", "Ŋ": "ng", "ɣ": "gh", "Ɣ": "gh", "ʋ": "v", "Ʋ": "v",
    "ɨ": "i", "Ɨ": "i", "ʉ": "u", "Ʉ": "u",
    # others met in names and pasted text
    "ƒ": "f", "Ƒ": "f", "ƶ": "z", "Ƶ": "z", "ǥ": "g", "Ǥ": "g", "ĸ": "k", "ŉ": "n",
    "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
    # modifier-letter apostrophes count as letters for unicode61: make them
    # the ordinary apostrophe, a separator ("Nʼdiaye" is typed "N'Diaye")
    "ʼ": "'", "ʻ": "'",
}  # fmt: skip

_TABLE = str.maketrans(LETTER_FOLDS)
#: a token as unicode61 sees one: letters and digits (marks are removed first)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """``text`` as the index holds it: letters of :data:`LETTER_FOLDS` replaced,
    diacritics removed, lowercase ("Małgorzata Crèvecœur" → "malgorzata crevecoeur")."""
    folded = unicodedata.normalize("NFD", text.translate(_TABLE))
    bare = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare).lower().translate(_TABLE)


def search_words(text: str) -> list[str]:
    """The folded words of what a person typed, in order."""
    return _TOKEN.findall(fold(text))


def match_query(words: list[str], *, column: str | None = None) -> str | None:
    """An FTS5 query matching every word as a prefix (``hel dup`` → ``"hel"* "dup"*``),
    limited to ``column`` when given; None when there is no word."""
    if not words:
        return None
    terms = " ".join(f'"{w}"*' for w in words)  # words hold letters and digits only
    return f"{column} : ({terms})" if column else terms


def fold_sql(expression: str) -> str:
    """SQL folding ``expression`` like :data:`LETTER_FOLDS` (for the index triggers;
    the revision holds its own copy of what this returns)."""
    sql = expression
    for letter, replacement in LETTER_FOLDS.items():
        quoted = replacement.replace("'", "''")
        sql = f"replace({sql}, '{letter}', '{quoted}')"
    return sql
