"""The Qt Linguist catalogues (resources/translations/*.ts) against the code.

Every French string given to ``tr("…")`` or ``N_("…")`` under ``app/`` must be
in every catalogue (after adding strings: ``scripts/translations.py update``);
a finished translation keeps the placeholders of its source (``{name}`` for
``str.format``, ``%n`` / ``%1`` for Qt), as electrum checks for its own.
The strings are read from the code with ``ast``, independently of lupdate.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("nl_BE", "de_BE", "en")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def code_strings() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "app").rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def messages(language: str) -> list[ET.Element]:
    """The live messages of a catalogue (not those kept as vanished or obsolete)."""
    root = ET.parse(FOLDER / f"balise_{language}.ts").getroot()
    live = []
    for context in root.iter("context"):
        if (context.findtext("name") or "") != "":
            continue
        for message in context.iter("message"):
            kind = message.find("translation").get("type", "")  # type: ignore[union-attr]
            if kind not in ("vanished", "obsolete"):
                live.append(message)
    return live


#: French gender endings ("né{e} le {date}"): a language without them leaves them out
#: (``str.format`` ignores an unused keyword), every other placeholder must stay
GRAMMATICAL = {"{e}"}


def placeholders(text: str, *, translation: bool = False) -> list[str]:
    found = PLACEHOLDER.findall(text)
    return sorted(p for p in found if not (translation and p in GRAMMATICAL))


def test_the_code_has_strings_to_translate() -> None:
    assert len(code_strings()) > 1000


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_catalogue(language: str) -> None:
    catalogue = {m.findtext("source") for m in messages(language)}
    missing = sorted(code_strings() - catalogue)
    assert not missing, (
        f"{len(missing)} string(s) of the code are not in balise_{language}.ts "
        f"(run: .venv/bin/python scripts/translations.py update), e.g. {missing[:3]}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_declares_its_languages(language: str) -> None:
    root = ET.parse(FOLDER / f"balise_{language}.ts").getroot()
    assert root.get("language") == language
    assert root.get("sourcelanguage") == "fr_BE"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    wrong = []
    for message in messages(language):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished" or not (translation.text or ""):
            continue
        source = message.findtext("source") or ""
        if placeholders(source, translation=True) != placeholders(
            translation.text or "", translation=True
        ):
            wrong.append((source, translation.text))
    assert not wrong, f"placeholders differ in balise_{language}.ts: {wrong[:3]}"


def test_placeholders_are_found() -> None:
    found = placeholders("{n} dossiers pour {name}, %n fois, %1")
    assert set(found) == {"%1", "%n", "{n}", "{name}"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_is_unfinished(language: str) -> None:
    unfinished = [
        m.findtext("source")
        for m in messages(language)
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in balise_{language}.ts"
