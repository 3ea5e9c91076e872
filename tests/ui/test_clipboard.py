"""Text copied from a case is marked secret for clipboard managers and taken
off the clipboard after 30 s (if still ours), at lock and at exit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.ui import clipboard
from app.ui.controller import AppController
from tests.ui.case_support import make_case, open_case, window_of


def test_copied_text_carries_every_secret_marker() -> None:
    mime = clipboard.secret_mime("0472 12 34 56")
    assert mime.text() == "0472 12 34 56"
    assert bytes(mime.data(clipboard.KDE_HINT).data()) == b"secret"
    for name in (clipboard.MAC_CONCEALED, clipboard.WINDOWS_EXCLUDE, clipboard.WINDOWS_NO_HISTORY):
        assert mime.hasFormat(name)


def test_copy_is_cleared_after_the_delay_only_if_still_ours(qtbot: QtBot) -> None:
    board = QGuiApplication.clipboard()
    secret = clipboard.secret_clipboard()
    secret.timer.setInterval(50)
    try:
        clipboard.copy_secret("0472 12 34 56")
        assert board.text() == "0472 12 34 56"
        assert clipboard.is_marked(board.mimeData())
        qtbot.waitUntil(lambda: board.text() == "", timeout=2000)

        clipboard.copy_secret("0472 12 34 56")
        board.setText("copié ailleurs")  # the person copied something else meanwhile
        qtbot.wait(150)
        assert board.text() == "copié ailleurs"
    finally:
        secret.timer.setInterval(clipboard.CLEAR_AFTER_MS)
        board.clear()


def test_safe_phone_copy_button_and_lock_clear_the_clipboard(
    qtbot: QtBot, unlocked: AppController
) -> None:
    board = QGuiApplication.clipboard()
    page = open_case(qtbot, unlocked, make_case(unlocked))
    assert page.banner.copy_button.isEnabled()
    qtbot.mouseClick(page.banner.copy_button, Qt.MouseButton.LeftButton)
    assert board.text() == "0472 12 34 56"
    assert clipboard.is_marked(board.mimeData())
    assert clipboard.secret_clipboard().timer.isActive()
    unlocked.lock("test")
    assert board.text() == ""


def test_ctrl_c_in_the_main_window_goes_through_the_secret_clipboard(
    qtbot: QtBot, unlocked: AppController
) -> None:
    board = QGuiApplication.clipboard()
    window = window_of(unlocked)
    field = QLineEdit("Hélène Dufrasne", window.case_page)
    field.show()
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert board.text() == "Hélène Dufrasne"
    assert clipboard.is_marked(board.mimeData())
    field.deleteLater()
    unlocked.close()
    assert board.text() == ""
