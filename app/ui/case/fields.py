"""Input widgets shared by the case forms: yes/no/unknown choice, dates, commune, checklists."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QWidget,
)

from app import clock
from app.core.catalogues import Choice
from app.core.vocabulary import YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr

ANSWERS = (YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.UNKNOWN)
_KEYS = {
    Qt.Key.Key_1: YesNoUnknown.YES,
    Qt.Key.Key_O: YesNoUnknown.YES,
    Qt.Key.Key_2: YesNoUnknown.NO,
    Qt.Key.Key_N: YesNoUnknown.NO,
    Qt.Key.Key_3: YesNoUnknown.UNKNOWN,
    Qt.Key.Key_S: YesNoUnknown.UNKNOWN,
    Qt.Key.Key_Question: YesNoUnknown.UNKNOWN,
}


def fold(text: str) -> str:
    """Lower case without accents, for forgiving matches ("liege" finds "Liège")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


class ChoiceField(QFrame):
    """Oui / Non / Ne sait pas as one keyboard stop, with no answer selected at first.

    Keys: 1/O = oui, 2/N = non, 3/S/? = ne sait pas, ←/→ move the answer,
    Space cycles. ↑/↓ go to the previous / next field. With ``advance``, an
    answer typed at the keyboard moves on to the next field (long checklists).
    """

    changed = Signal()

    def __init__(self, *, advance: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "choice")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._advance = advance
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that "no answer" stays possible
        self.buttons: dict[YesNoUnknown, QRadioButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(14)
        for number, answer in enumerate(ANSWERS, start=1):
            button = QRadioButton(answer.label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(tr("Touche {n}").format(n=number))
            button.clicked.connect(lambda _=False, a=answer: self._clicked(a))
            self.group.addButton(button)
            self.buttons[answer] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> YesNoUnknown | None:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return None

    def set_value(self, answer: YesNoUnknown | str | None) -> None:
        chosen = YesNoUnknown(answer) if answer else None
        for key, button in self.buttons.items():
            button.setChecked(key == chosen)
        self.changed.emit()

    def _clicked(self, answer: YesNoUnknown) -> None:
        self.set_value(answer)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        current = self.value()
        index = ANSWERS.index(current) if current else -1
        if key in _KEYS:
            self.set_value(_KEYS[key])
            if self._advance:
                self.focusNextChild()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
            self.set_value(ANSWERS[(index + 1) % 3])
        elif key == Qt.Key.Key_Left:
            self.set_value(ANSWERS[(index - 1) % 3])
        elif key == Qt.Key.Key_Down:
            self.focusNextChild()
        elif key == Qt.Key.Key_Up:
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)


class DateField(QLineEdit):
    """An optional date typed as jj/mm/aaaa (also 30.07.1985, 30-7-85, 30071985)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(tr("jj/mm/aaaa"))
        self.setMaxLength(10)
        self.setFixedWidth(130)
        self.editingFinished.connect(self._tidy)

    def value(self) -> date | None:
        """The date typed, None when empty; ValidationError when it is not a date."""
        text = self.text().strip()
        if not text:
            return None
        parsed = parse_date(text)
        if parsed is None:
            raise ValidationError(
                tr("Date non reconnue : tapez-la comme 30/07/1985."), field=self.field
            )
        return parsed

    def set_value(self, value: date | str | None) -> None:
        if isinstance(value, str):
            value = date.fromisoformat(value) if value else None
        self.setText(value.strftime("%d/%m/%Y") if value else "")

    def _tidy(self) -> None:
        parsed = parse_date(self.text().strip())
        if parsed is not None:
            self.setText(parsed.strftime("%d/%m/%Y"))


def parse_date(text: str) -> date | None:
    """A date typed the Belgian way, or None."""
    digits = re.fullmatch(r"(\d{2})(\d{2})(\d{4})", text)
    parts = digits.groups() if digits else re.split(r"[/.\- ]+", text)
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    day, month, year = (int(p) for p in parts)
    if len(parts[2]) == 2:
        this_year = clock.today().year % 100
        year += 2000 if year <= this_year else 1900
    elif len(parts[2]) != 4:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def required_date_edit(value: date | None = None, *, not_future: bool = True) -> QDateEdit:
    """A date that must be given (default today), with a calendar."""
    edit = QDateEdit()
    if not_future:
        edit.setMaximumDate(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setDate(QDate(value or clock.today()))
    edit.setFixedWidth(150)
    return edit


class ChoiceCombo(QComboBox):
    """A combo over catalogue choices, with an optional empty first entry."""

    def __init__(self, empty: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty = empty
        self.set_choices([])

    def set_choices(self, choices: list[Choice] | list[tuple[str, str]]) -> None:
        current = self.code()
        self.clear()
        if self._empty is not None:
            self.addItem(self._empty, None)
        for choice in choices:
            code, text = (choice.code, choice.label) if isinstance(choice, Choice) else choice
            self.addItem(text, code)
        self.set_code(current)

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(max(index, 0) if self.count() else -1)


class CommuneCombo(QComboBox):
    """Editable commune field: type "Ayw" (or a postcode) and it completes to Aywaille."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        self.lineEdit().setPlaceholderText(tr("Tapez le début du nom ou le code postal"))
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().editingFinished.connect(self.tidy)
        self._choices: list[Choice] = []

    def set_choices(self, choices: list[Choice]) -> None:
        code = self.code()
        text = self.currentText()
        self._choices = list(choices)
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            self.addItem(choice.label, choice.code)
        self.blockSignals(False)
        if code:
            self.set_code(code)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)

    def code(self) -> str | None:
        """The NIS code of the commune typed, or None when it names none (or several)."""
        match = self._match(self.currentText())
        return match.code if match else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def tidy(self) -> None:
        """Replace what was typed by the full "Name (postcode)" when it is unambiguous."""
        match = self._match(self.currentText())
        if match is not None and self.currentText() != match.label:
            self.setCurrentIndex(self.findData(match.code))

    def _match(self, typed: str) -> Choice | None:
        key = fold(typed)
        if not key:
            return None
        exact = [c for c in self._choices if fold(c.label) == key or _name(c) == key]
        if exact:
            return exact[0]
        if key.isdigit():
            found = [c for c in self._choices if c.label.endswith(f"({key})")]
        else:
            found = [c for c in self._choices if _name(c).startswith(key)]
            if not found:
                found = [c for c in self._choices if key in fold(c.label)]
        return found[0] if len(found) == 1 else None


def _name(choice: Choice) -> str:
    return fold(choice.label.rsplit(" (", 1)[0])


class CheckList(QListWidget):
    """A list of checkable entries: ↑/↓ to move, Space to tick."""

    changed = Signal()

    def __init__(self, *, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        if columns > 1:
            # rows of ``columns`` entries: ←/→ along a row, ↑/↓ across rows
            self.setFlow(QListWidget.Flow.LeftToRight)
            self.setWrapping(True)
            self.setResizeMode(QListWidget.ResizeMode.Adjust)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: list[Choice] | list[tuple[str, str]]) -> None:
        ticked = set(self.codes())
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            code, text = (choice.code, choice.label) if isinstance(choice, Choice) else choice
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self._fit()
        if self.count():
            self.setCurrentRow(0)

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        wanted = {str(c) for c in codes}
        for i in range(self.count()):
            item = self.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)

    def _row_height(self) -> int:
        return (self.sizeHintForRow(0) if self.count() else 20) + (4 if self._columns > 1 else 0)

    def _fit(self) -> None:
        """As many columns as fit (up to ``columns``), and a height showing every row."""
        columns = 1
        if self._columns > 1 and self.count():
            metrics = self.fontMetrics()
            # the text plus the check box indicator and some air
            widest = max(
                metrics.horizontalAdvance(self.item(i).text()) for i in range(self.count())
            )
            columns = max(1, min(self._columns, self.viewport().width() // (widest + 44)))
            self.setGridSize(QSize(self.viewport().width() // columns - 1, self._row_height()))
        rows = -(-self.count() // columns) if self.count() else 1
        self.setFixedHeight(rows * self._row_height() + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()
