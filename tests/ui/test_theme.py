"""The theme is readable and shows where the keyboard is (WCAG 2.1 AA).

Text contrast is at least 4.5:1 (1.4.3) for the palette and for every colour
pair of the style sheet; greyed-out text, exempt by WCAG, keeps 3:1 still.
Focus is always visible (2.4.7): the style sheet draws a ring around the
focused input, button, list or table, tab and check box, and a focused widget
is drawn differently from the same widget without focus.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.vocabulary import RiskLevel
from app.ui import theme
from app.ui.case import drafts, header, safe_contact
from app.ui.case.format import risk_style

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance of an opaque sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio; a translucent foreground is blended over the background."""
    if foreground.alpha() < 255:
        a = foreground.alphaF()
        foreground = QColor.fromRgbF(
            foreground.redF() * a + background.redF() * (1 - a),
            foreground.greenF() * a + background.greenF() * (1 - a),
            foreground.blueF() * a + background.blueF() * (1 - a),
        )
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_contrast_formula_matches_the_wcag_examples() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("white"), QColor("white")) == pytest.approx(1.0)


def test_the_palette_text_has_a_4_5_to_1_contrast_and_greyed_text_3_to_1(
    qapp: QApplication,
) -> None:
    palette = qapp.palette()
    pairs = [
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.WindowText, Role.Window),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.PlaceholderText, Role.Base),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
        (Role.Link, Role.Window),
    ]
    failing = []
    for group, least in ((Group.Active, 4.5), (Group.Inactive, 4.5), (Group.Disabled, 3.0)):
        for fg, bg in pairs:
            if group is Group.Disabled and fg is Role.HighlightedText:
                continue  # nothing is selected in a disabled widget
            ratio = contrast(palette.color(group, fg), palette.color(group, bg))
            if ratio < least:
                failing.append(f"{group.name} {fg.name} on {bg.name}: {ratio:.2f} < {least}")
    assert not failing, "\n".join(failing)


RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
PROPERTY = re.compile(r"(?<![-\w])(color|background(?:-color)?)\s*:\s*([^;]+);")


def style_sheet_pairs(
    sheet: str, palette: QPalette, *, scoped: bool = False
) -> list[tuple[str, QColor, QColor]]:
    """(rule, text colour, background colour) for every rule setting a colour.
    A rule with only a text colour sits on the window or on a white card or
    field — or, in a ``scoped`` sheet (one frame and what it holds), on the
    frame's background too; a rule with only a background holds the window's
    text colour."""
    rules = []
    for selector, body in RULE.findall(sheet):
        props = {name.split("-")[0]: value.strip() for name, value in PROPERTY.findall(body)}
        if props.get("background") == "transparent":
            del props["background"]
        if props:
            rules.append((selector, props))
    around = [palette.color(Role.Window), palette.color(Role.Base)]
    if scoped:
        around += [QColor(props["background"]) for _s, props in rules if "background" in props]
    pairs = []
    for selector, props in rules:
        fg = QColor(props["color"]) if "color" in props else palette.color(Role.WindowText)
        grounds = [QColor(props["background"])] if "background" in props else around
        for bg in grounds:
            assert fg.isValid() and bg.isValid(), f"unreadable colour in {selector.strip()}"
            pairs.append((" ".join(selector.split()), fg, bg))
    return pairs


def test_every_colour_pair_of_the_style_sheet_has_a_4_5_to_1_contrast(qapp: QApplication) -> None:
    pairs = style_sheet_pairs(theme.STYLE_SHEET, qapp.palette())
    assert len(pairs) >= 8  # the parser did find the coloured rules
    failing = [
        f"{rule}: {fg.name()} on {bg.name()} = {contrast(fg, bg):.2f}"
        for rule, fg, bg in pairs
        if contrast(fg, bg) < 4.5
    ]
    assert not failing, "\n".join(failing)


def _screen_sheets() -> dict[str, str]:
    """The style sheets the screens set on their own widgets."""
    sheets = {
        "safe-contact banner": safe_contact.BANNER_STYLE,
        "safe-contact group": safe_contact.SAFE_GROUP_STYLE,
        "drafts bar": drafts.BAR_STYLE,
    }
    for status, style in header.STATUS_STYLES.items():
        sheets[f"status badge {status.name}"] = f"QLabel {{ {style} }}"
    for level in (*RiskLevel, None):
        sheets[f"risk badge {level}"] = f"QLabel {{ {risk_style(level)} }}"
    return sheets


def test_the_screens_own_style_sheets_have_a_4_5_to_1_contrast(qapp: QApplication) -> None:
    failing = []
    for name, sheet in _screen_sheets().items():
        for rule, fg, bg in style_sheet_pairs(sheet, qapp.palette(), scoped=True):
            if contrast(fg, bg) < 4.5:
                failing.append(f"{name}, {rule}: {fg.name()} on {bg.name()}")
    assert not failing, "\n".join(failing)


def test_the_contrast_check_finds_a_pale_text() -> None:
    palette = QPalette()
    palette.setColor(Role.Window, QColor("white"))
    pairs = style_sheet_pairs('QLabel[role="x"] { color: #aaaaaa; }', palette)
    assert pairs and all(contrast(fg, bg) < 4.5 for _rule, fg, bg in pairs)


@pytest.mark.parametrize(
    "kind",
    [
        "QLineEdit",
        "QPlainTextEdit",
        "QComboBox",
        "QPushButton",
        "QAbstractItemView",
        "QTabBar",
        "QCheckBox",
    ],
)
def test_the_style_sheet_draws_a_focus_ring_for_each_kind_of_widget(kind: str) -> None:
    rules = [
        body
        for selector, body in RULE.findall(theme.STYLE_SHEET)
        if re.search(rf"(^|[\s,]){kind}(::tab)?:focus\b", selector)
    ]
    assert rules, f"no :focus rule for {kind}"
    assert any(theme.FOCUS in body for body in rules)


def _focus_drawn(qtbot: QtBot, make: type[QWidget]) -> tuple[QImage, QImage]:
    window = QWidget()
    layout = QVBoxLayout(window)
    other = QLineEdit()
    widget = make()
    if isinstance(widget, QPushButton | QCheckBox):
        widget.setText("Enregistrer")
    if isinstance(widget, QListWidget):
        widget.addItems(["Un", "Deux"])
    if isinstance(widget, QComboBox):
        widget.addItems(["Un", "Deux"])
    if isinstance(widget, QTabBar):
        widget.addTab("Suivi")
        widget.addTab("Risque")
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(other)
    layout.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: other.hasFocus())
    without = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus())
    qtbot.wait(10)
    with_focus = widget.grab().toImage()
    window.close()
    return without, with_focus


@pytest.mark.parametrize(
    "make", [QPushButton, QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QListWidget, QTabBar]
)
def test_a_focused_widget_is_drawn_differently_from_the_same_widget_without_focus(
    qtbot: QtBot, make: type[QWidget]
) -> None:
    without, with_focus = _focus_drawn(qtbot, make)
    assert without.size() == with_focus.size()  # the ring does not move the layout
    assert without != with_focus
    # a ring, not a faint shade: some pixels take the focus colour
    focus = QColor(theme.FOCUS)
    ring = sum(
        1
        for y in range(with_focus.height())
        for x in range(0, with_focus.width())
        if with_focus.pixelColor(x, y) == focus and without.pixelColor(x, y) != focus
    )
    assert ring >= with_focus.width(), f"{ring} pixels of the focus colour"
