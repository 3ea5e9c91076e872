"""Application start-up pieces: translations, error hook, refusal before the loop."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import i18n
from app.storage.vault import Vault
from app.ui import messages
from app.ui.application import install_translations, run
from tests.conftest import TEST_KDF


@pytest.fixture
def restore_globals(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    i18n.install_backend(None)
    app = QApplication.instance()
    for translator in getattr(app, "_test_translators", []):
        app.removeTranslator(translator)


def test_standard_buttons_read_french(qtbot: QtBot, restore_globals: None) -> None:
    app = QApplication.instance()
    app._test_translators = install_translations(app)  # type: ignore[union-attr]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_unexpected_error_shows_a_generic_sentence_and_logs_redacted_details(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, **_kw: shown.append(text))
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            messages.report_unexpected(exc)
    assert shown == [messages.unexpected_message()]
    assert shown[0].startswith("Une erreur inattendue s'est produite")
    assert "Vos données enregistrées sont intactes" in shown[0]
    assert any(record.exc_info or record.exc_text for record in caplog.records)


def test_run_refuses_a_vault_in_use_before_the_event_loop(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, restore_globals: None
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, **_kw: shown.append(text))
    with Vault.open(vault_dir):
        assert run(vault_dir, kdf=TEST_KDF) == 1
    assert "déjà ouvert" in shown[0]


def test_a_vault_on_a_drive_that_is_not_there_is_named_not_created_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, restore_globals: None
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, **_kw: shown.append(text))
    on_stick = tmp_path / "CLE-USB" / "coffre"  # the stick is not plugged in
    assert run(on_stick, kdf=TEST_KDF) == 2
    assert "reconnectez-le" in shown[0] and "CLE-USB" in shown[0]
    assert not on_stick.parent.exists()  # no wizard made an empty vault there
