"""The screens in Dutch and in German with the shipped catalogues (issue 14).

A demo vault is opened, the user chooses Nederlands or Deutsch in the settings,
and the home page, a case's screen and the letter dialog are walked: no text
shown is a French source whose catalogue has another text (what a string
computed before the language was installed, or kept in a constant unmarked,
would show), and every window fits the laptop's screen. The screens are saved
in ``screenshots/`` for a person to look at.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import i18n
from app.core.letters import LetterRequest
from app.core.partners import get_partner, save_partner
from app.demo.vault import DEMO_LOGIN, create_demo_vault
from app.documents.issue import preview_letter
from app.storage.models import Case
from app.ui import languages
from app.ui.controller import AppController
from app.ui.documents.letter_dialog import LetterDialog
from tests.conftest import TEST_KDF
from tests.integration.case_file_support import CaseFile, module_case_file
from tests.integration.letters_support import LetterCase, flat, make_letter_case, pdf_text
from tests.ui.case_support import open_case, visible_dialog, window_of
from tests.ui.conftest import unlock_with
from tests.ui.test_languages import choose_language

pytestmark = pytest.mark.clock(datetime(2026, 6, 15, 10, 0))

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "screenshots"
PASSPHRASE = "lanterne citron boussole marée"
LANGUAGES = {"nl": ("Nederlands", "nl_BE"), "de": ("Deutsch", "de_BE")}


def catalogue(language: str) -> dict[str, str]:
    """French source → translation, for the finished messages of a shipped catalogue."""
    path = ROOT / "resources" / "translations" / f"balise_{language}.ts"
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            continue
        source, text = message.findtext("source") or "", translation.text or ""
        if text and text != source:
            found[source] = text
    return found


def shown_texts(root: QWidget) -> list[str]:
    """The texts a person sees in ``root``: labels, buttons, group titles, tabs, lists."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return [t for t in texts if t]


def french_left(root: QWidget, language: str) -> list[str]:
    translated = catalogue(language)
    return sorted({t for t in shown_texts(root) if t in translated})


def fits(widget: QWidget) -> bool:
    room = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    return frame.width() <= room.width() and frame.height() <= room.height()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "demo"
    create_demo_vault(folder, PASSPHRASE, cases=12, seed=7, kdf=TEST_KDF)
    return folder


@pytest.fixture
def shipped_catalogues() -> Iterator[None]:
    for _, ts in LANGUAGES.values():
        qm = ROOT / "resources" / "translations" / f"balise_{ts}.qm"
        if not qm.exists():
            pytest.fail(f"{qm.name} not built: run scripts/translations.py release")
    languages.use_catalogue_folder(None)
    yield
    app = QApplication.instance()
    assert app is not None
    languages.install_language(app, "fr")
    i18n.install_backend(None)
    i18n.install_language_backend(None)


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_home_case_screen_and_letter_speak_the_chosen_language(
    qtbot: QtBot,
    demo: Path,
    shipped_catalogues: None,
    make_controller: Callable[..., AppController],
    language: str,
) -> None:
    name, ts = LANGUAGES[language]
    SHOTS.mkdir(exist_ok=True)
    controller = make_controller(demo)
    controller.start()
    unlock_with(qtbot, controller, DEMO_LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    old = controller.main_window
    choose_language(qtbot, controller, name)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window is not old
    )
    window = window_of(controller)
    window.show_page("home")
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    qtbot.wait(200)
    assert fits(window)
    assert french_left(window, ts) == []
    window.grab().save(str(SHOTS / f"home-{language}.png"))

    with controller.vault.require_db().session() as session:  # type: ignore[union-attr]
        case_id = session.scalars(
            select(Case.id).where(Case.closed_on.is_(None)).order_by(Case.reference)
        ).first()
    assert case_id is not None
    page = open_case(qtbot, controller, case_id)
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    qtbot.wait(200)
    assert french_left(window, ts) == []
    window.grab().save(str(SHOTS / f"case-{language}.png"))

    page.tabs.setCurrentIndex(page.section_index("documents"))
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    window.grab().save(str(SHOTS / f"case-documents-{language}.png"))
    assert french_left(window, ts) == []
    qtbot.mouseClick(page.documents.letter_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, window, LetterDialog)
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    qtbot.wait(200)
    assert fits(dialog)
    assert french_left(dialog, ts) == []
    dialog.grab().save(str(SHOTS / f"letter-dialog-{language}.png"))
    dialog.reject()


@pytest.fixture(scope="module")
def letter_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[CaseFile, LetterCase]]:
    with module_case_file(tmp_path_factory) as cf:
        yield cf, make_letter_case(cf)


def render_first_page(pdf: bytes, path: Path) -> None:
    """The PDF's first page as a PNG (QtPdf, from memory), for a person to look at."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    size = document.pagePointSize(0).toSize() * 1.4
    document.render(0, size).save(str(path))
    document.close()


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_a_letter_to_a_partner_of_that_language_is_written_in_it(
    qapp: QApplication,
    letter_case: tuple[CaseFile, LetterCase],
    shipped_catalogues: None,
    language: str,
) -> None:
    cf, lc = letter_case
    _, ts = LANGUAGES[language]
    translated = catalogue(ts)
    i18n.install_language_backend(languages.translate_in)
    with cf.session() as s, s.begin():
        data = get_partner(s, cf.actor, lc.cpas).to_input()
        data.language = language
        save_partner(s, cf.actor, data, lc.cpas)
    with cf.session() as s:
        contact = get_partner(s, cf.actor, lc.cpas).contacts[0].id
        request = LetterRequest(
            case_id=lc.case_id,
            partner_id=lc.cpas,
            contact_id=contact,
            fields=("identity", "violence"),
        )
        pdf = preview_letter(s, cf.actor, request)
    text = flat(pdf_text(pdf))
    for source in ("Objet :", "Confidentiel — réf. {reference}", "Identité"):
        expected = translated[source].split("{")[0].strip()
        assert expected in text, (source, expected)
    assert translated["Tél. {phone}"].split("{")[0].strip() in text
    for french in ("Objet", "Tél.", "Confidentiel", "décembre", "Violence physique"):
        assert french not in text, french
    assert i18n.tr("Objet :") == "Objet :"  # the worker's screen stays French
    SHOTS.mkdir(exist_ok=True)
    render_first_page(pdf, SHOTS / f"letter-{language}.png")
