"""Letters are folded the same way when a row is indexed (the SQL of revision
0006's triggers) and when a person types a search (``app.core.search_text``)."""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import case_search
from app.core.search_text import (
    LETTER_FOLDS,
    fold,
    fold_sql,
    match_query,
    search_terms,
    search_words,
)
from app.paths import migrations_dir


@functools.cache
def revision_0006() -> ModuleType:
    path = migrations_dir() / "versions" / "0006_search_folded_and_keyed.py"
    spec = importlib.util.spec_from_file_location("rev0006", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def index() -> Iterator[Any]:
    """An FTS5 table with the vault's tokenizer, fed through the revision's SQL."""
    from sqlcipher3 import dbapi2

    conn = dbapi2.connect(":memory:")
    conn.execute(
        'CREATE VIRTUAL TABLE t USING fts5(body, tokenize = "unicode61 remove_diacritics 2")'
    )
    conn.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(t, 'instance')")
    yield conn
    conn.close()


def indexed_words(conn: Any, text: str) -> list[str]:
    """The words the index holds for ``text``, in order."""
    conn.execute("DELETE FROM t")
    conn.execute(f"INSERT INTO t(rowid, body) VALUES (1, {revision_0006().fold('?')})", (text,))
    rows = conn.execute("SELECT term FROM terms ORDER BY offset").fetchall()
    return [r[0] for r in rows]


def test_the_revision_folds_with_the_same_table() -> None:
    module = revision_0006()
    assert module.LETTER_FOLDS == LETTER_FOLDS
    assert module.fold("x") == fold_sql("x")
    assert module.KEY_SHIFT == case_search.KEY_SHIFT


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Małgorzata Wróbel", "malgorzata wrobel"),
        ("YILMAZ Yılmaz İpek", "yilmaz yilmaz ipek"),
        ("Crèvecœur", "crevecoeur"),
        ("Weiß STRASSE", "weiss strasse"),
        ("Søren Ægisdóttir Þórdís", "soren aegisdottir thordis"),
        ("Đurić Ștefănescu Dritë Dvořák", "duric stefanescu drite dvorak"),
        ("Nwaɔkɔ Məmmədov", "nwaoko memmedov"),
        ("He\u0301le\u0300ne", "helene"),  # typed with combining accents
    ],
)
def test_a_name_is_folded_as_it_is_typed(typed: str, folded: str) -> None:
    assert fold(typed) == folded


@pytest.mark.parametrize("letter", sorted(LETTER_FOLDS))
def test_every_folded_letter_is_found_typed_without_it(index: Any, letter: str) -> None:
    word = f"ka{letter}ra"
    assert indexed_words(index, word) == search_words(word)
    plain = "ka" + LETTER_FOLDS[letter] + "ra"
    assert search_words(plain) == search_words(word) or LETTER_FOLDS[letter] == "'"


LETTERS = st.sampled_from(sorted(LETTER_FOLDS) + list("aeéèëçşșţğıİŁÅÖüñ -'’ABCxyz09"))


@settings(max_examples=200, deadline=None)
@given(st.lists(LETTERS, min_size=1, max_size=24).map("".join))
def test_the_index_and_the_query_see_the_same_words(index: Any, text: str) -> None:
    assert indexed_words(index, text) == search_words(text)


def test_the_query_matches_every_word_as_a_prefix() -> None:
    assert match_query(search_words("Hél dup")) == '"hel"* AND "dup"*'
    assert match_query(["wrobel"], column="name") == 'name : ("wrobel"*)'
    assert match_query(search_words(" - ' ")) is None


def test_a_word_with_ae_oe_ue_or_an_umlaut_is_searched_in_both_spellings() -> None:
    assert search_terms("Mueller Schaefer") == [("mueller", "muller"), ("schaefer", "schafer")]
    assert search_terms("Müller") == [("muller", "mueller")]
    assert search_terms("Crèvecœur") == [("crevecoeur", "crevecour")]
    assert search_terms("rue Dupont") == [("rue",), ("dupont",)]  # never "ru…"
    assert match_query(search_terms("Göthe du"), column="name") == (
        'name : (("gothe"* OR "goethe"*) AND "du"*)'
    )
