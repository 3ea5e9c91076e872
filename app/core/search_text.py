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
from collections.abc import Sequence

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


#: German umlauts as a German keyboard-less person writes them (Müller → Mueller)
_UMLAUT_SPELLINGS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)
_DIGRAPH = re.compile("(?<=.)(ae|oe|ue)")
#: a form shorter than this is not searched (typed "rue" must not also mean "ru…")
_MIN_FORM = 4
#: at most this many digraphs of one word are undone (2**3 forms)
_MAX_DIGRAPHS = 3

#: a typed word: the forms it may take in the index (any of them matches)
Term = tuple[str, ...]


def search_terms(text: str) -> list[Term]:
    """The words of what a person typed, each with the spellings it may have
    been recorded under. The index folds ü to u: a name recorded "Müller" is
    indexed ``muller``, one recorded "Mueller" ``mueller``. So a typed
    "Mueller" (or "Goethe", "Schaefer") also searches ``muller`` (``gothe``,
    ``schafer``): each ae/oe/ue after a letter may stand for ä/ö/ü; and a typed
    "Müller" also searches ``mueller``. Crèvecœur, indexed ``crevecoeur``, is
    still found by "Crevecoeur" (the word as typed is always one of its forms)."""
    plain = search_words(text)
    spelled = search_words(text.translate(_UMLAUT_SPELLINGS))
    if len(spelled) != len(plain):  # cannot happen: the spellings keep word boundaries
        spelled = plain
    terms: list[Term] = []
    for word, german in zip(plain, spelled, strict=True):
        forms = [word]
        for form in (german, *_undone_digraphs(word)):
            if form not in forms and len(form) >= _MIN_FORM:
                forms.append(form)
        # a form that starts with another adds nothing to a prefix search
        kept = [f for f in forms if not any(g != f and f.startswith(g) for g in forms)]
        terms.append(tuple(kept))
    return terms


def _undone_digraphs(word: str) -> list[str]:
    """``word`` with each subset of its ae/oe/ue read as ä/ö/ü (folded: a/o/u)."""
    spots = [m.start() for m in _DIGRAPH.finditer(word)][:_MAX_DIGRAPHS]
    forms = []
    for mask in range(1, 1 << len(spots)):
        chars = list(word)
        for bit, at in enumerate(spots):
            if mask & 1 << bit:
                chars[at + 1] = ""  # keep the vowel, drop its e
        forms.append("".join(chars))
    return forms


def match_query(words: Sequence[str | Term], *, column: str | None = None) -> str | None:
    """An FTS5 query matching every word as a prefix (``hel dup`` → ``"hel"* AND "dup"*``),
    a word of several forms as any of them (``("mueller"* OR "muller"*)``),
    limited to ``column`` when given; None when there is no word."""
    if not words:
        return None
    parts = []
    for word in words:  # words hold letters and digits only
        forms = (word,) if isinstance(word, str) else word
        ored = " OR ".join(f'"{form}"*' for form in forms)
        parts.append(ored if len(forms) == 1 else f"({ored})")
    terms = " AND ".join(parts)
    return f"{column} : ({terms})" if column else terms


def fold_sql(expression: str) -> str:
    """SQL folding ``expression`` like :data:`LETTER_FOLDS` (for the index triggers;
    the revision holds its own copy of what this returns)."""
    sql = expression
    for letter, replacement in LETTER_FOLDS.items():
        quoted = replacement.replace("'", "''")
        sql = f"replace({sql}, '{letter}', '{quoted}')"
    return sql
