"""Dossiers: every case, filtered, sorted by the database, searched as you type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.core.case_list import PAGE_SIZE, CaseFilter, CasePage, list_cases
from app.core.case_search import COUNT_CAP, SEARCH_PAGE, count_search_results, search_cases
from app.core.catalogues import Choice, StaffMember, communes, staff
from app.i18n import tr
from app.ui.cases.filters import FilterBar
from app.ui.cases.model import SORT_INDICATOR, CaseTableModel
from app.ui.cases.table import CaseTable
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.widgets import ErrorLabel, label
from app.ui.workspace import Workspace

SEARCH_DELAY_MS = 250


class CaseListPage(Page):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
        count_cap: int = COUNT_CAP,
    ) -> None:
        super().__init__(parent)
        self.model = CaseTableModel(page_size, self)
        self._count_cap = count_cap  # search results are counted up to this
        self._request = 0  # search requests: only the latest answer is shown
        self._searching = False
        self._open_when_found = False
        self._catalogues_loaded = False

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("Rechercher un nom, un pseudonyme, une référence, un mot d'un suivi…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Rechercher un dossier"))
        self.search.setToolTip(tr("Ctrl+F ; flèche bas pour aller à la liste"))
        self.search.textChanged.connect(self._search_text_changed)
        self.search.returnPressed.connect(self._search_return)
        self.search.installEventFilter(self)
        self.new_button = QPushButton(tr("&Nouveau dossier"))
        self.new_button.setToolTip(tr("Enregistrer une nouvelle situation (Ctrl+N)"))
        self.new_button.clicked.connect(self._new_case)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._run_search)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)

        self.filters = FilterBar()
        self.filters.changed.connect(self._filters_changed)
        self.summary = label("", "muted")
        self.summary.hide()
        self.empty = label(tr("Aucun dossier ne correspond à ces critères."), "muted")
        self.empty.hide()
        self.error = ErrorLabel()

        self.table = CaseTable()
        self.table.setModel(self.model)
        self.table.apply_widths()
        self.table.open_requested.connect(self._open_row)
        self._show_sort_indicator()
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._header_clicked)
        self.model.sort_changed.connect(lambda _sort: self.reload())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(label(tr("Dossiers"), "title"))
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.search, self.table)

    # -- Page ------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        if not self._catalogues_loaded:

            def read(tx: Tx) -> tuple[list[Choice], list[StaffMember]]:
                return communes(tx), staff(tx)

            workspace.ops.read(self, read, self._catalogues_arrived, on_error=self._failed)
        self.reload()

    def clear(self) -> None:
        super().clear()
        self._request += 1
        self._searching = self._open_when_found = False
        self._catalogues_loaded = False
        self.search_timer.stop()
        self.model.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.clear_catalogues()
        self._say("")
        self.empty.hide()
        self.error.show_message(None)

    def names_changed(self) -> None:
        self.reload()

    # -- navigation from elsewhere -------------------------------------------------
    def show_my_cases(self) -> None:
        """Set the filter to my open cases, without a search (used by the dashboard)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.blockSignals(True)
        self.filters.show_mine()
        self.filters.blockSignals(False)
        if self.workspace is not None and self.isVisible():
            self.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- loading -------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        me = self.workspace.session.user_id if self.workspace else None
        flt = self.filters.case_filter(me)
        flt.sort = self.model.sort_order
        return flt

    def reload(self) -> None:
        """Show the list (or the search results) again from the first row."""
        ws = self.workspace
        if ws is None:
            return
        self.error.show_message(None)
        if self.search.text().strip():
            self.search_timer.stop()
            self._run_search()
            return
        self._request += 1  # an answer to an older search must not replace the list
        self._searching = False
        self._say("")
        self.empty.hide()
        flt, hide, actor = self.current_filter(), ws.hide_names, ws.session

        def fetch(tx: Tx, after: tuple[Any, ...] | None, limit: int) -> CasePage:
            return list_cases(tx, flt, actor=actor, after=after, limit=limit, hide_names=hide)

        self.model.set_source(fetch, ws.ops.reader(self))

    def _catalogues_arrived(self, lists: tuple[list[Choice], list[StaffMember]]) -> None:
        if self.workspace is None:
            return
        self._catalogues_loaded = True
        self.filters.set_catalogues(*lists)

    def _loaded(self, count: int) -> None:
        self.empty.setVisible(count == 0 and self.model.is_complete)
        if not self._searching:
            return
        self._searching = False  # the first page of the search is shown
        if self._open_when_found:
            self._open_when_found = False
            if count:
                self._open_row(0)

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> bool:
        self._searching = False
        if self.workspace is not None:  # else locked meanwhile: the page is empty
            self.error.show_message(error_text(exc))
        return True

    def _filters_changed(self) -> None:
        self.reload()

    def _header_clicked(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        column, order = SORT_INDICATOR[self.model.sort_order]
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        header.viewport().update()

    # -- search ----------------------------------------------------------------------
    def _search_text_changed(self, text: str) -> None:
        if text.strip():
            self.search_timer.start()
            return
        self.search_timer.stop()
        self._open_when_found = False
        self.reload()  # back to the lazy list

    def _run_search(self) -> None:
        """Show the results page by page through the table model (every match
        is reached by scrolling), and how many there are once counted."""
        ws = self.workspace
        text = self.search.text().strip()
        if ws is None or not text:
            return
        self._request += 1
        request = self._request
        self._searching = True
        self._say(tr("Recherche…"))
        self.empty.hide()
        flt, hide, actor = self.current_filter(), ws.hide_names, ws.session
        cap = self._count_cap

        def fetch(tx: Tx, after: tuple[Any, ...] | None, limit: int) -> CasePage:
            page = min(limit, SEARCH_PAGE)  # results come in smaller pages than the list
            return search_cases(
                tx, text, flt, actor=actor, after=after, limit=page, hide_names=hide
            )

        def count(tx: Tx) -> int:
            return count_search_results(tx, text, flt, actor=actor, cap=cap)

        # The first page is read first (one worker thread), the count right after.
        self.model.set_source(fetch, ws.ops.reader(self))
        ws.ops.read(
            self,
            count,
            lambda n: self._counted(request, n),
            on_error=lambda exc: self._search_failed(request, exc),
        )

    def _counted(self, request: int, total: int) -> None:
        if request != self._request or self.workspace is None:
            return  # a newer search (or the list) replaced this one
        if total == 0:
            self._say("")
        elif total > self._count_cap:  # counted up to the cap: a word most cases hold
            self._say(
                tr("Plus de {n} dossiers — précisez la recherche").format(
                    n=QLocale().toString(self._count_cap)
                )
            )
        elif total == 1:
            self._say(tr("1 résultat"))
        else:
            self._say(tr("{n} résultats").format(n=QLocale().toString(total)))

    def _search_failed(self, request: int, exc: BaseException) -> bool:
        if request == self._request:  # else a newer search (or the list) replaced it
            self._searching = False
            self._say("")
            self._failed(exc)
        return True

    @property
    def search_pending(self) -> bool:
        """A search was typed but its answer is not shown yet."""
        return self.search_timer.isActive() or self._searching

    def _search_return(self) -> None:
        """Enter in the search box opens the selected (or first) case found."""
        if not self.search.text().strip():
            return
        if self.search_pending:
            self._open_when_found = True
            if self.search_timer.isActive():
                self.search_timer.stop()
                self._run_search()
            return
        current = self.table.currentIndex()
        if current.isValid():
            self._open_row(current.row())
        elif self.model.rowCount() > 0:
            self._open_row(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_table()
            return True
        return super().eventFilter(watched, event)

    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.table.selectRow(0)

    # -- opening ---------------------------------------------------------------------
    def _open_row(self, row: int) -> None:
        if self.workspace is None or not 0 <= row < self.model.rowCount():
            return
        self.workspace.open_case(self.model.case_id(row))

    def _new_case(self) -> None:
        if self.workspace is not None:
            self.workspace.new_case()
