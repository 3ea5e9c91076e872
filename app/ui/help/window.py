"""The help window: the user guide (app.ui.help.guide) with its contents and a search.

Opened by F1 at the section of the page in use. It shows text built in memory
from the guide's translated strings: no file is read or written, and no link
leaves the window (only the guide's own anchors are followed).
"""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.ui.help.guide import ANCHORS, Section, guide
from app.ui.theme import ACCENT_DARK, MUTED
from app.ui.widgets import fit_to_screen, label

#: the background of a word found by the search (black text on it: contrast > 12:1)
HIGHLIGHT = "#ffe27a"

_STYLE = f"""
h2 {{ color: {ACCENT_DARK}; font-size: 15pt; margin-top: 18px; margin-bottom: 6px; }}
h3 {{ color: {ACCENT_DARK}; font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 8px; }}
ul {{ margin-top: 0px; margin-bottom: 8px; }}
li {{ margin-bottom: 3px; }}
.found {{ background-color: {HIGHLIGHT}; color: #000000; }}
.none {{ color: {MUTED}; }}
"""


def fold(text: str) -> str:
    """``text`` lower-cased and without accents, letter for letter (the same
    length, so that a match in the folded text is at the same place in ``text``)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        lower = base.lower()
        out.append(lower if len(lower) == 1 else base)
    return "".join(out)


def search_words(query: str) -> list[str]:
    """The folded words of a search ("" → none: everything matches)."""
    return [word for word in fold(query).split() if word]


def matches(section: Section, words: list[str]) -> bool:
    """Does ``section`` contain every one of ``words`` (accents and case ignored)?"""
    text = fold(section.text())
    return all(word in text for word in words)


def typeset(text: str) -> str:
    """French spacing: no line break inside « … » nor before : ; ? ! (one
    character for one, so search matches keep their place)."""
    for before, after in (
        ("« ", "«\u00a0"),
        (" »", "\u00a0»"),
        (" :", "\u00a0:"),
        (" ;", "\u00a0;"),
        (" ?", "\u00a0?"),
        (" !", "\u00a0!"),
    ):
        text = text.replace(before, after)
    return text


def marked(text: str, words: list[str]) -> str:
    """``text`` as escaped HTML, each occurrence of ``words`` highlighted."""
    text = typeset(text)
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start >= 0:
            spans.append((start, start + len(word)))
            start = folded.find(word, start + len(word))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    parts, at = [], 0
    for start, end in merged:
        parts.append(html.escape(text[at:start]))
        parts.append(f'<span class="found">{html.escape(text[start:end])}</span>')
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


def section_html(section: Section, words: list[str]) -> str:
    tag = "h2" if section.level == 1 else "h3"
    out = [f'<{tag}><a name="{section.anchor}"></a>{marked(section.title, words)}</{tag}>']
    in_list = False
    for block in section.blocks:
        if block.item and not in_list:
            out.append("<ul>")
            in_list = True
        elif not block.item and in_list:
            out.append("</ul>")
            in_list = False
        tag = "li" if block.item else "p"
        out.append(f"<{tag}>{marked(block.text, words)}</{tag}>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def guide_html(sections: list[Section], words: list[str]) -> str:
    """The HTML page of ``sections`` (all of them, or those a search found)."""
    return "\n".join(section_html(section, words) for section in sections)


class HelpWindow(QDialog):
    """The guide beside its contents; not modal, so the page stays usable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.sections: list[Section] = []
        self.current_anchor = ANCHORS[0]

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.found = label("", "muted", wrap=False)
        self.contents = QListWidget()
        self.contents.setMinimumWidth(200)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)  # only the guide's anchors (see _link)
        self.text.setOpenExternalLinks(False)
        self.text.document().setDefaultStyleSheet(_STYLE)
        self.text.document().setDocumentMargin(14)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.found)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.contents)
        self.setTabOrder(self.contents, self.text)
        self.setTabOrder(self.text, self.close_button)

        self.search.textChanged.connect(self._render)
        self.search.returnPressed.connect(self._first_found)
        self.contents.currentItemChanged.connect(self._contents_moved)
        self.contents.itemActivated.connect(lambda _item: self.text.setFocus())
        self.text.anchorClicked.connect(self._link)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        fit_to_screen(self, 1000, 700)
        # A window Qt keeps open when the screen it was opened from goes (the
        # unlock screen after unlocking, the assistant once the vault is made).
        if parent is not None:
            parent.window().installEventFilter(self)
        # Ctrl+F: to the search; from it, Down arrow: to the parts found
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.contents.count()
        ):
            self.contents.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Hide and parent is not None and watched is parent.window():
            self.close()
        return False

    # -- text ---------------------------------------------------------------------
    def retranslate(self) -> None:
        """Read the guide again in the current language and show it."""
        self.setWindowTitle(tr("Aide de Balise"))
        self.search_label.setText(tr("&Rechercher :"))
        self.search.setPlaceholderText(tr("Un mot, par exemple « sauvegarde » (Ctrl+F)"))
        self.search.setAccessibleName(tr("Rechercher dans l'aide"))
        self.contents.setAccessibleName(tr("Sommaire de l'aide"))
        self.text.setAccessibleName(tr("Texte de l'aide"))
        self.close_button.setText(tr("&Fermer"))
        self.sections = guide()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _render(self) -> None:
        """Show the sections that contain the searched words (all without a search)."""
        words = search_words(self.search.text())
        shown = [s for s in self.sections if matches(s, words)]
        self.contents.blockSignals(True)
        self.contents.clear()
        for section in shown:
            indent = "    " if section.level > 1 else ""
            item = QListWidgetItem(indent + section.title)
            item.setData(Qt.ItemDataRole.UserRole, section.anchor)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        if not words:
            self.found.clear()
        elif shown:
            self.found.setText(tr("Trouvé dans {n} partie(s)").format(n=len(shown)))
        else:
            self.found.setText(tr("Aucune partie ne contient ce mot"))
        if shown:
            self.text.setHtml(guide_html(shown, words))
        else:
            message = html.escape(tr("Rien trouvé. Essayez un autre mot, ou effacez la recherche."))
            self.text.setHtml(f'<p class="none">{message}</p>')
        anchors = [s.anchor for s in shown]
        if self.current_anchor in anchors:
            self._select(self.current_anchor)
        elif anchors:
            self._select(anchors[0])

    def _select(self, anchor: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == anchor:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                break
        self.current_anchor = anchor
        self.text.scrollToAnchor(anchor)

    def _contents_moved(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.current_anchor = str(item.data(Qt.ItemDataRole.UserRole))
            self.text.scrollToAnchor(self.current_anchor)

    def _first_found(self) -> None:
        if self.contents.count():
            self.text.setFocus()

    def _link(self, url: QUrl) -> None:
        """Follow a link to another part of the guide; any other link is ignored."""
        anchor = url.fragment() if not url.scheme() and not url.path() else ""
        if anchor in ANCHORS:
            self.show_section(anchor)

    # -- opening ------------------------------------------------------------------
    def show_section(self, anchor: str) -> None:
        """Show the section ``anchor`` (the whole guide again if a search hid it)."""
        if anchor not in ANCHORS:
            anchor = ANCHORS[0]
        self.current_anchor = anchor
        if self.search.text():
            self.search.clear()  # renders the whole guide at current_anchor
        else:
            self._select(anchor)

    def open_at(self, anchor: str) -> None:
        """Show the window (or bring it forward) at the section ``anchor``."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.show_section(anchor)
        self.text.setFocus()
        # A window shown for the first time lays its text out at its final width
        # afterwards: scroll again once that is done.
        QTimer.singleShot(0, lambda: self.text.scrollToAnchor(self.current_anchor))


def open_help(parent: QWidget, anchor: str) -> HelpWindow:
    """The help window of ``parent`` (made the first time), shown at ``anchor``."""
    window = parent.findChild(HelpWindow, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if window is None:
        window = HelpWindow(parent)
    window.open_at(anchor)
    return window


def help_anchor_of(widget: QWidget | None) -> str:
    """The guide's section for ``widget``: its own (``current_help_anchor()`` or
    ``help_anchor``), else that of the window or page it was opened from."""
    while widget is not None:
        current = getattr(widget, "current_help_anchor", None)
        anchor = current() if callable(current) else getattr(widget, "help_anchor", "")
        if isinstance(anchor, str) and anchor in ANCHORS:
            return anchor
        widget = widget.parentWidget()
    return ANCHORS[0]


def add_help_key(window: QWidget) -> QShortcut:
    """F1 in ``window`` (a dialog) opens the guide at the part it belongs to."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.activated.connect(lambda: open_help(window, help_anchor_of(window)))
    return shortcut
