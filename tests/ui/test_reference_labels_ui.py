"""A worker who chose Nederlands reads the seeded catalogues in Dutch: the case's
violence types and referral source, and the risk screening's questions (issue 14).
The shipped nl_BE catalogue (scripts/translations.py release) is used."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from app import i18n
from app.ui import languages
from app.ui.case.screening_dialog import ScreeningDialog
from app.ui.controller import AppController
from tests.ui.case_support import make_case, open_case, visible_dialog
from tests.ui.test_languages import choose_language

pytestmark = pytest.mark.clock(datetime(2026, 6, 15, 10, 0))


@pytest.fixture
def dutch(qtbot: QtBot, unlocked: AppController) -> Iterator[AppController]:
    if not (languages.catalogue_folder() / "balise_nl_BE.qm").exists():
        pytest.fail("balise_nl_BE.qm not built: run scripts/translations.py release")
    languages.use_catalogue_folder(None)
    old = unlocked.main_window
    choose_language(qtbot, unlocked, "Nederlands")
    qtbot.waitUntil(lambda: unlocked.main_window is not None and unlocked.main_window is not old)
    yield unlocked
    app = QApplication.instance()
    assert app is not None
    languages.install_language(app, "fr")
    i18n.install_backend(None)
    i18n.install_language_backend(None)


def test_a_dutch_screen_shows_violence_types_source_and_risk_questions_in_dutch(
    qtbot: QtBot, dutch: AppController
) -> None:
    case_id = make_case(dutch, violence_codes=["psychological", "economic"], referral_source="self")
    page = open_case(qtbot, dutch, case_id)
    qtbot.waitUntil(lambda: not dutch.tasks.is_busy)
    summary = page.summary.values
    assert summary["violence"].text() == "Economisch geweld, Psychisch geweld"
    assert summary["source"].text() == "De persoon zelf"
    page.show_section(page.section_index("violence"))
    assert page.violence.types.text() == "• Economisch geweld\n• Psychisch geweld"

    page.show_section(page.section_index("risk"))
    page.risk.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), ScreeningDialog)
    questions = [w.text() for w in dialog.findChildren(QLabel)]
    assert "1. Heeft het slachtoffer op dit moment verwondingen?" in questions
    assert any(
        "Is het slachtoffer bang om door de pleger gedood te worden?" in q for q in questions
    )
    assert not [q for q in questions if "La victime" in q or "L'auteur" in q]
    dialog.reject()
