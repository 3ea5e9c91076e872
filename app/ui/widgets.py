"""Small widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.passphrase import estimate_strength
from app.i18n import tr

#: height kept free below a window for a task bar, and above it for its title bar
#: (where the platform's available geometry already leaves out the task bar, the
#: window is only a little shorter than it could be)
TASK_BAR_HEIGHT = 40
TITLE_BAR_HEIGHT = 32


def screen_room(widget: QWidget) -> QSize:
    """The largest size a window of ``widget`` may take on its screen, title
    bar and task bar included (1366 x 768 leaves 1366 x 696)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return QSize(area.width(), area.height() - TASK_BAR_HEIGHT - TITLE_BAR_HEIGHT)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` its preferred size, never more than its screen can show:
    on a small laptop a long dialog scrolls inside and its buttons stay visible."""
    room = screen_room(window)
    window.resize(min(width, room.width()), min(height, room.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: it fills the space when there is
    enough, and scrolls (vertically) on a short laptop screen. Focus given to
    the area goes to ``content``."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    area.setFocusProxy(content)
    return area


def label(text: str, role: str | None = None, *, wrap: bool = True) -> QLabel:
    """A QLabel with an optional style role (title, subtitle, muted, error…)."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


class ErrorLabel(QLabel):
    """A French error sentence shown under a field; hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(tr("Message d'erreur"))
        self.hide()

    def show_message(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))


def plain_label_text(text: str) -> str:
    """A label's text as a screen reader should say it: no "&" of the shortcut,
    no colon at the end ("&Nom :" -> "Nom")."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip().rstrip(":").strip()


class _FieldWithError(QWidget):
    """A field and its error sentence. A label's buddy must sit next to it for
    Qt to give its text to a screen reader: this box is the buddy, so it passes
    the label's text on to the field it wraps (unless the field has a name)."""

    def __init__(self, field: QWidget) -> None:
        super().__init__()
        self._field = field
        self._named = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._field.accessibleName() and not self._named:
            return
        parent = self.parentWidget()
        for child in parent.children() if parent is not None else ():
            if isinstance(child, QLabel) and child.buddy() is self and child.text():
                self._field.setAccessibleName(plain_label_text(child.text()))
                self._named = True
                return


def with_error(field: QWidget, error: ErrorLabel) -> QWidget:
    """``field`` with its error sentence right under it (no gap while hidden)."""
    box = _FieldWithError(field)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box


class PassphraseField(QWidget):
    """A hidden-echo line edit with a show/hide toggle button."""

    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
        )
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setText(tr("Afficher"))
        self.toggle.setToolTip(tr("Afficher ou masquer la phrase de passe"))
        self.toggle.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)

    def _set_visible(self, visible: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)
        self.toggle.setText(tr("Masquer") if visible else tr("Afficher"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)


class StrengthMeter(QWidget):
    """A bar and a word estimating how hard a passphrase is to guess."""

    COLOURS = ("#b42318", "#b42318", "#c2410c", "#2f7d4f", "#1f6b43")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(tr("Solidité de la phrase de passe"))
        self.word = QLabel()
        self.word.setProperty("role", "muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.word)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        strength = estimate_strength(passphrase)
        self.bar.setValue(strength.score)
        colour = self.COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.word.setText(tr("Solidité : {label}").format(label=strength.label))


class BusyIndicator(QWidget):
    """An animated bar with a sentence ("Déverrouillage…"), hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setProperty("role", "muted")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        self.hide()

    def start(self, text: str) -> None:
        self.text.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class DemoBadge(QLabel):
    """The orange "DÉMO" badge of a demonstration vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("DÉMO"), parent)
        self.setProperty("role", "badge")
        self.setToolTip(tr("Coffre de démonstration : données fictives uniquement."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
