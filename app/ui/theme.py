"""Look and feel: Fusion style, a calm blue accent, a readable font size."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

ACCENT = "#2f6f8f"
ACCENT_DARK = "#24576f"
ERROR = "#b42318"
DEMO = "#c2410c"
MUTED = "#5a6570"
#: the focus ring: dark enough to stand out from any background (WCAG 2.4.7, 1.4.11)
FOCUS = "#1c4a61"
#: greyed-out text: readable still (3:1 on the window and on a disabled field)
DISABLED_TEXT = "#737b82"
#: hints written in an empty field: lighter than typed text, 4.5:1 on white
PLACEHOLDER = "#67717a"
MIN_POINT_SIZE = 11

STYLE_SHEET = f"""
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="title"] {{ font-size: 17pt; font-weight: 600; color: {ACCENT_DARK}; }}
QLabel[role="subtitle"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="badge"] {{
    background: {DEMO}; color: white; font-weight: 700;
    border-radius: 4px; padding: 2px 10px;
}}
QLabel[role="code"] {{
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 17pt;
    background: #f4f7f9; border: 1px solid #c9d5dc; border-radius: 4px; padding: 12px;
}}
QLabel[role="figure"] {{ font-size: 22pt; font-weight: 600; color: {ACCENT_DARK}; }}
QListWidget#navigation {{
    background: #eef3f6; border: none; border-right: 1px solid #d3dde3; padding-top: 8px;
}}
QListWidget#navigation {{ outline: 0; }}
QListWidget#navigation::item {{ padding-left: 8px; border-radius: 4px; margin: 1px 6px; }}
QListWidget#navigation::item:selected {{ background: {ACCENT}; color: white; }}
QFrame[role="card"] {{ background: white; border: 1px solid #d3dde3; border-radius: 6px; }}
QListWidget#navigation:focus {{ border: 2px solid {FOCUS}; padding-top: 6px; }}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus,
QAbstractSpinBox:focus, QDateEdit:focus, QSpinBox:focus {{
    border: 2px solid {FOCUS}; border-radius: 3px;
}}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {FOCUS}; border-radius: 4px; padding: 3px 10px; background: #f1f4f6;
}}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 3px; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {FOCUS}; }}
QAbstractItemView:focus {{ border: 2px solid {FOCUS}; }}
QTabBar:focus {{ border-bottom: 2px solid {FOCUS}; }}
QTabBar::tab:focus {{ border: 2px solid {FOCUS}; border-radius: 3px; }}
"""


ICON_COLOUR = "#2f5f7a"
ICON_SIZES = (16, 24, 32, 48, 64)

#: icons drawn ahead of time (off the GUI thread, :func:`prerender_icons`), by name
_drawn: dict[str, list[tuple[QIcon.Mode, QImage]]] = {}


def _draw(name: str) -> list[tuple[QIcon.Mode, QImage]]:
    """The pictures of icon ``name``: each size, normal and white (selected).
    Drawn on QImages, which any thread may paint (QPixmaps are the GUI thread's)."""
    data = (resources_dir() / "icons" / f"{name}.svg").read_bytes()
    images = []
    for mode, svg in (
        (QIcon.Mode.Normal, data),
        (QIcon.Mode.Selected, data.replace(ICON_COLOUR.encode(), b"#ffffff")),
    ):
        renderer = QSvgRenderer(QByteArray(svg))
        for size in ICON_SIZES:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            images.append((mode, image))
    return images


def prerender_icons(names: list[str]) -> None:
    """Draw these icons now (from a thread while the unlock screen waits), so
    that building the main window only wraps them (issue #10: drawing its
    twelve icons took ≈ 30 ms of the GUI thread at unlock)."""
    for name in names:
        if name not in _drawn:
            _drawn[name] = _draw(name)


def icon(name: str) -> QIcon:
    """An icon of ``resources/icons`` (``name`` without extension), white when selected."""
    images = _drawn.get(name) or _draw(name)
    result = QIcon()
    for mode, image in images:
        result.addPixmap(QPixmap.fromImage(image), mode)
    return result


def apply_theme(app: QApplication) -> None:
    """Fusion style, accent colours and a minimum font size for the whole application."""
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT_DARK))
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f8fa"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT))
    app.setPalette(palette)
    font = QFont(app.font())
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
    app.setWindowIcon(icon("shield"))
