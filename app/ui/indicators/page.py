"""Indicateurs: the coordinator's figures for the funders (PSSP, PCS).

A period (year, semester or custom dates) is compared with the one before.
The service's PSSP/PCS objectives come first, each with the indicators attached
to it (« Objectifs du financeur… » names them).
The page reads through ``workspace.ops`` only; the PDF report opens in the
preview dialog (printing or saving it is traced first), the CSV is traced
and then written where the person chose, after the unencrypted-copy warning.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.indicators import (
    IndicatorReport,
    IndicatorTable,
    Period,
    compute_indicators,
    trace_export,
)
from app.core.indicators_csv import export_indicators_csv
from app.i18n import N_, tr
from app.ui.documents.pdf_view import unencrypted_warning
from app.ui.documents.preview import PdfPreviewDialog
from app.ui.indicators.charts import chart_view
from app.ui.indicators.objectives import ObjectivesDialog
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.widgets import BusyIndicator, ErrorLabel, label
from app.ui.workspace import Workspace

KINDS = (("year", N_("Année")), ("semester", N_("Semestre")), ("custom", N_("Dates au choix")))


def _table_widget(table: IndicatorTable, report: IndicatorReport) -> QTableWidget:
    rows = list(table.rows) + ([table.total] if table.total else [])
    widget = QTableWidget(len(rows), 4)
    widget.setHorizontalHeaderLabels(
        [tr("Catégorie"), report.period.short_label, report.previous.short_label, tr("Évolution")]
    )
    widget.verticalHeader().hide()
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setAccessibleName(table.title)
    for i, row in enumerate(rows):
        for j, text in enumerate((row.label, row.current.text, row.previous.text, row.change)):
            item = QTableWidgetItem(text)
            if j:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row is table.total:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            widget.setItem(i, j, item)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for j in (1, 2, 3):
        header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    height = header.sizeHint().height() + sum(widget.rowHeight(i) for i in range(len(rows)))
    widget.setFixedHeight(height + 2 * widget.frameWidth())
    return widget


def _bold(text: str) -> QLabel:
    title = label(text)
    font = title.font()
    font.setBold(True)
    title.setFont(font)
    return title


class IndicatorsPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: IndicatorReport | None = None
        self.kind = QComboBox()
        for code, text in KINDS:
            self.kind.addItem(tr(text), code)
        self.kind.setAccessibleName(tr("Type de période"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(tr("Année"))
        self.semester = QComboBox()
        self.semester.addItem(tr("1er semestre"), 1)
        self.semester.addItem(tr("2e semestre"), 2)
        self.semester.setAccessibleName(tr("Semestre"))
        self.start = self._date_edit(tr("Début de la période"))
        self.end = self._date_edit(tr("Fin de la période"))
        self.show_button = QPushButton(tr("&Afficher"))
        self.pdf_button = QPushButton(tr("Rapport &PDF…"))
        self.csv_button = QPushButton(tr("Exporter en &CSV…"))
        self.objectives_button = QPushButton(tr("Objectifs du &financeur…"))
        self.objectives_dialog: ObjectivesDialog | None = None
        self.summary = label("", "muted")
        self.rule = label("", "muted")
        self.busy = BusyIndicator()
        self.error = ErrorLabel()
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 12, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.body)
        #: replaced in tests: the unencrypted-copy warning, and where to save the CSV
        self.confirm_unencrypted: Callable[[], bool] = self._confirm_unencrypted
        self.ask_csv_path: Callable[[str], Path | None] = self._ask_csv_path
        self.preview: PdfPreviewDialog | None = None

        chooser = QHBoxLayout()
        chooser.setSpacing(8)
        for text, widget in (
            (tr("P&ériode :"), self.kind),
            (tr("A&nnée :"), self.year),
            ("", self.semester),
            (tr("&Du :"), self.start),
            (tr("A&u :"), self.end),
        ):
            if text:
                caption = QLabel(text)
                caption.setBuddy(widget)
                chooser.addWidget(caption)
                widget.setProperty("caption", caption)
            chooser.addWidget(widget)
        chooser.addWidget(self.show_button)
        chooser.addStretch(1)
        chooser.addWidget(self.pdf_button)
        chooser.addWidget(self.csv_button)
        chooser.addWidget(self.objectives_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(label(tr("Indicateurs"), "title"))
        layout.addWidget(
            label(
                tr(
                    "Les chiffres de la période choisie, comparés à la période précédente, "
                    "pour les rapports au PSSP et au PCS. Des agrégats seulement : aucun nom."
                ),
                "muted",
            )
        )
        layout.addLayout(chooser)
        layout.addWidget(self.summary)
        layout.addWidget(self.rule)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.scroll, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.open_pdf)
        self.csv_button.clicked.connect(self.export_csv)
        self.objectives_button.clicked.connect(self.open_objectives)
        self.clear()

    @staticmethod
    def _date_edit(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        return edit

    # -- Page -------------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.setEnabled(True)
        today = clock.today()
        self.year.setValue(today.year)
        self.semester.setCurrentIndex(0 if today.month <= 6 else 1)
        self.start.setDate(QDate(today.year, 1, 1))
        self.end.setDate(QDate(today.year, today.month, today.day))
        self.refresh()

    def clear(self) -> None:
        super().clear()
        self.report = None
        self._fill(None)
        self.summary.clear()
        self.rule.clear()
        self.busy.stop()
        self.error.show_message(None)
        if self.preview is not None:
            self.preview.reject()
            self.preview = None
        if self.objectives_dialog is not None:
            self.objectives_dialog.reject()
            self.objectives_dialog = None
        self.kind.setCurrentIndex(0)
        self._kind_changed()
        self.setEnabled(False)

    # -- the period -------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        shown = {
            self.year: kind in ("year", "semester"),
            self.semester: kind == "semester",
            self.start: kind == "custom",
            self.end: kind == "custom",
        }
        for widget, visible in shown.items():
            widget.setVisible(visible)
            caption = widget.property("caption")
            if caption is not None:
                caption.setVisible(visible)

    def period(self) -> Period:
        """The period chosen (ValidationError for custom dates in the wrong order)."""
        kind = self.kind.currentData()
        if kind == "year":
            return Period.year(self.year.value())
        if kind == "semester":
            return Period.semester(self.year.value(), int(self.semester.currentData()))
        start: date = self.start.date().toPython()
        end: date = self.end.date().toPython()
        return Period.custom(start, end)

    def set_period(self, period: Period) -> None:
        """Choose ``period`` in the fields (without reading)."""
        kinds = [code for code, _ in KINDS]
        self.kind.setCurrentIndex(kinds.index(period.kind.value))
        self.year.setValue(period.start.year)
        self.semester.setCurrentIndex(0 if period.start.month == 1 else 1)
        self.start.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.end.setDate(QDate(period.end.year, period.end.month, period.end.day))

    def _chosen(self) -> Period | None:
        try:
            return self.period()
        except Exception as exc:  # a French ValidationError, shown next to the fields
            self.error.show_message(error_text(exc))
            return None

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        self.error.show_message(None)
        period = self._chosen()
        if period is None:
            return
        actor = ws.session
        self.busy.start(tr("Calcul des indicateurs…"))
        self._set_buttons(False)
        ws.ops.read(
            self,
            lambda tx: compute_indicators(tx, actor, period),
            self._shown,
            on_error=self._failed,
        )

    def _shown(self, report: IndicatorReport) -> None:
        self.busy.stop()
        self.report = report
        self._set_buttons(True)
        self.summary.setText(
            tr("{period}, comparée à : {previous}").format(
                period=report.period.label, previous=report.previous.label
            )
        )
        self.rule.setText(report.rule)
        self._fill(report)

    def _failed(self, exc: BaseException) -> bool:
        self.busy.stop()
        self._set_buttons(self.report is not None)
        self.error.show_message(error_text(exc))
        return True

    def _set_buttons(self, enabled: bool) -> None:
        self.show_button.setEnabled(True)
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def _fill(self, report: IndicatorReport | None) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of the page at once, deleted later
                widget.deleteLater()
        if report is None:
            return
        if report.objectives:
            self._fill_objectives(report)
        section = None
        for table in report.tables:
            if table.section != section:
                section = table.section
                self.body_layout.addWidget(label(section, "subtitle"))
            self.body_layout.addWidget(_bold(table.title))
            self.body_layout.addWidget(_table_widget(table, report))
            if table.note:
                self.body_layout.addWidget(label(table.note, "muted"))
            chart = chart_view(table, report)
            if chart is not None:
                self.body_layout.addWidget(chart)
        self.body_layout.addStretch(1)

    def _fill_objectives(self, report: IndicatorReport) -> None:
        """A section per funder's objective, first, with its indicators' tables."""
        self.body_layout.addWidget(label(tr("Objectifs du financeur"), "subtitle"))
        for section in report.objectives:
            heading = _bold(section.objective.heading)
            heading.setObjectName("objective")
            self.body_layout.addWidget(heading)
            if section.objective.description:
                self.body_layout.addWidget(label(section.objective.description, "muted"))
            if not section.tables:
                self.body_layout.addWidget(
                    label(tr("Aucun indicateur attaché à cet objectif."), "muted")
                )
            for table in section.tables:
                self.body_layout.addWidget(label(table.title))
                self.body_layout.addWidget(_table_widget(table, report))

    # -- the funder's objectives -----------------------------------------------------------
    def open_objectives(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        dialog = ObjectivesDialog(ws, self.window())
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(lambda _r: setattr(self, "objectives_dialog", None))
        self.objectives_dialog = dialog
        dialog.open()

    # -- exports ----------------------------------------------------------------------------
    def open_pdf(self) -> None:
        ws, report = self.workspace, self.report
        if ws is None or report is None:
            return
        from app.documents.indicators_pdf import render_indicators

        actor, period = ws.session, report.period

        def render(tx: Tx) -> bytes:
            # computed again: what is printed is what the vault holds now
            return render_indicators(compute_indicators(tx, actor, period))

        def shown(pdf: bytes) -> None:
            self.busy.stop()
            self._set_buttons(True)
            dialog = PdfPreviewDialog(
                pdf,
                tr("Indicateurs d'activité"),
                self.window(),
                suggested_name=f"indicateurs-{period.start.isoformat()}-{period.end.isoformat()}.pdf",
            )
            dialog.set_tracer(self._pdf_tracer(dialog, period))
            self.preview = dialog
            dialog.finished.connect(lambda _r: setattr(self, "preview", None))
            dialog.open()

        self.busy.start(tr("Préparation du rapport…"))
        self._set_buttons(False)
        ws.ops.read(self, render, shown, on_error=self._failed)

    def _pdf_tracer(self, dialog: PdfPreviewDialog, period: Period):
        def trace(_action: str, go, failed) -> None:
            ws = self.workspace
            if ws is None:
                failed(RuntimeError("vault locked"))
                return
            actor = ws.session

            def refused(exc: BaseException) -> bool:
                failed(exc)
                return True

            ws.ops.write(
                dialog,
                lambda tx: trace_export(tx, actor, period, "pdf"),
                lambda _n: go(),
                on_error=refused,
            )

        return trace

    def _confirm_unencrypted(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Balise"), unencrypted_warning(), parent=self.window()
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        go = box.addButton(tr("&Choisir où enregistrer…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go

    def _ask_csv_path(self, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Exporter les indicateurs"),
            suggested,
            tr("Fichier CSV (*.csv)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(".csv") else Path(path + ".csv")

    def export_csv(self) -> None:
        ws, report = self.workspace, self.report
        if ws is None or report is None:
            return
        period = report.period
        if not self.confirm_unencrypted():
            return
        target = self.ask_csv_path(
            f"indicateurs-{period.start.isoformat()}-{period.end.isoformat()}.csv"
        )
        if target is None:
            return
        actor = ws.session

        def written(data: bytes) -> None:
            # traced and committed: now the file may be written
            try:
                target.write_bytes(data)
            except OSError:
                self.error.show_message(
                    tr("Impossible d'écrire « {file} » : vérifiez le dossier choisi.").format(
                        file=target.name
                    )
                )
                return
            self.summary.setText(
                tr("Indicateurs exportés dans « {file} ».").format(file=target.name)
            )

        ws.ops.write(
            self,
            lambda tx: export_indicators_csv(tx, actor, period),
            written,
            on_error=self._failed,
        )
