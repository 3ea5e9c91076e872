"""The bundle smoke test's first-window watcher (app/ui/smoke.py): off unless
asked, and when asked it reports and closes what is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import smoke


def test_the_watcher_is_off_unless_the_variable_says_1(qapp, monkeypatch) -> None:
    monkeypatch.delenv(smoke.ENV_VAR, raising=False)
    assert smoke.watch_first_window_if_asked(qapp) is None
    monkeypatch.setenv(smoke.ENV_VAR, "yes")
    assert smoke.watch_first_window_if_asked(qapp) is None


def test_a_message_box_is_reported_with_its_text_and_answered(
    qapp: QApplication, qtbot, monkeypatch, capsys
) -> None:
    monkeypatch.setenv(smoke.ENV_VAR, "1")
    watcher = smoke.watch_first_window_if_asked(qapp)
    assert watcher is not None
    try:
        box = QMessageBox(QMessageBox.Icon.Warning, "Balise", "Le coffre est endommagé.")
        box.show()
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    finally:
        qapp.removeEventFilter(watcher)
    out = capsys.readouterr().out
    assert "balise-smoke: window=QMessageBox" in out
    assert "text=Le coffre est endommagé." in out
