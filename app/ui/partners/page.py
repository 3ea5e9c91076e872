"""Réseau: the partner directory — search, sector and commune filters, details,
and for the coordinator editing and CSV import/export."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogues import Choice, communes, partner_sectors
from app.core.partners import (
    ContactInput,
    PartnerFilter,
    PartnerInput,
    PartnerRow,
    PartnerView,
    can_edit_directory,
    get_partner,
    search_partners,
)
from app.core.partners_csv import export_partners_csv
from app.i18n import tr
from app.ui.messages import error_text, show_info
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.partners.details import PartnerDetails
from app.ui.partners.form import PartnerDialog
from app.ui.partners.import_dialog import start_import
from app.ui.partners.table import PartnerTable
from app.ui.widgets import ErrorLabel, label
from app.ui.workspace import Workspace

SEARCH_DELAY_MS = 200


class PartnerPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sectors: list[Choice] = []
        self.commune_choices: list[Choice] = []
        self._pending_draft: dict | None = None  # an organisation form kept at lock
        self._request = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Rechercher une organisation, un service, un contact…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Rechercher dans le répertoire"))
        self.search.textChanged.connect(lambda _t: self.timer.start())
        self.search.returnPressed.connect(self._focus_table)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.reload)
        self.sector = QComboBox()
        self.sector.setAccessibleName(tr("Secteur"))
        self.sector.currentIndexChanged.connect(lambda _i: self.reload())
        self.commune = QComboBox()
        self.commune.setAccessibleName(tr("Commune"))
        self.commune.setEditable(True)
        self.commune.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.commune.currentIndexChanged.connect(lambda _i: self.reload())
        self.inactive = QCheckBox(tr("Montrer les &inactives"))
        self.inactive.toggled.connect(lambda _c: self.reload())
        self.new_button = QPushButton(tr("&Nouvelle organisation…"))
        self.new_button.clicked.connect(self.new_partner)
        self.edit_button = QPushButton(tr("&Modifier…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.import_button = QPushButton(tr("Im&porter (CSV)…"))
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(tr("E&xporter (CSV)…"))
        self.export_button.clicked.connect(self.export_csv)
        self.summary = label("", "muted")
        self.error = ErrorLabel()
        self.table = PartnerTable()
        self.table.current_changed.connect(self._show_details)
        self.table.open_requested.connect(lambda _pid: self.edit_current())
        self.details = PartnerDetails()
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(label(tr("Secteur :"), wrap=False))
        filters.addWidget(self.sector, 1)
        filters.addWidget(label(tr("Commune :"), wrap=False))
        filters.addWidget(self.commune, 1)
        filters.addWidget(self.inactive)
        actions = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.import_button, self.export_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.summary)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(label(tr("Réseau — répertoire des partenaires"), "title"))
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        self.setTabOrder(self.search, self.sector)
        self.setTabOrder(self.sector, self.commune)
        self.setTabOrder(self.commune, self.inactive)
        self.setTabOrder(self.inactive, self.table)
        self.clear()

    # -- Page ---------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.setEnabled(True)
        editor = can_edit_directory(workspace.session)
        for b in (self.new_button, self.edit_button, self.import_button):
            b.setVisible(editor)
        if not self.sectors:

            def read(tx: Tx) -> tuple[list[Choice], list[Choice]]:
                return partner_sectors(tx), communes(tx)

            workspace.ops.read(self, read, self._catalogues, on_error=self._failed)
        else:
            self.reload()

    def clear(self) -> None:
        super().clear()
        self._request += 1
        self.timer.stop()
        self.sectors, self.commune_choices = [], []
        self._pending_draft = None
        for combo in (self.sector, self.commune):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.table.set_rows([])
        self.details.clear()
        self.summary.clear()
        self.error.show_message(None)
        self.setEnabled(False)

    def _catalogues(self, lists: tuple[list[Choice], list[Choice]]) -> None:
        if self.workspace is None:
            return
        self.sectors, self.commune_choices = lists
        if self._pending_draft is not None:
            QTimer.singleShot(0, self._open_pending_draft)
        for combo, items, everything in (
            (self.sector, self.sectors, tr("Tous les secteurs")),
            (self.commune, self.commune_choices, tr("Toutes les communes")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for c in items:
                combo.addItem(c.label, c.code)
            combo.blockSignals(False)
        self.reload()

    # -- loading ------------------------------------------------------------------------
    def current_filter(self) -> PartnerFilter:
        return PartnerFilter(
            text=self.search.text(),
            sector=self.sector.currentData(),
            commune_code=self.commune.currentData(),
            include_inactive=self.inactive.isChecked(),
        )

    def reload(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        self._request += 1
        request, flt, actor = self._request, self.current_filter(), ws.session

        def read(tx: Tx) -> list[PartnerRow]:
            return search_partners(tx, actor, flt)

        ws.ops.read(
            self,
            read,
            lambda rows: self._loaded(request, rows),
            on_error=lambda exc: self._read_failed(request, exc),
        )

    def _loaded(self, request: int, rows: list[PartnerRow]) -> None:
        if request != self._request or self.workspace is None:
            return
        self.error.show_message(None)
        self.table.set_rows(rows)
        n = len(rows)
        if n == 0:
            self.summary.setText(tr("Aucune organisation"))
        elif n == 1:
            self.summary.setText(tr("1 organisation"))
        else:
            self.summary.setText(tr("{n} organisations").format(n=n))
        if rows:
            self.table.selectRow(0)
        else:
            self.details.clear()

    def _read_failed(self, request: int, exc: BaseException) -> bool:
        if request == self._request:  # else a newer search replaced this one
            self._failed(exc)
        return True

    def _failed(self, exc: BaseException) -> bool:
        if self.workspace is not None:  # else locked meanwhile: the page is empty
            self.error.show_message(error_text(exc))
        return True

    def _focus_table(self) -> None:
        self.timer.stop()
        self.reload()
        self.table.setFocus()

    def _show_details(self, partner_id: uuid.UUID | None) -> None:
        ws = self.workspace
        if ws is None or partner_id is None:
            self.details.clear()
            return
        actor = ws.session

        def read(tx: Tx) -> PartnerView:
            return get_partner(tx, actor, partner_id)

        ws.ops.read(self, read, self._details_arrived, on_error=self._failed)

    def _details_arrived(self, view: PartnerView) -> None:
        if self.workspace is not None and self.table.current_id() == view.id:
            self.details.show_partner(view)

    # -- editing ------------------------------------------------------------------------
    def resume_draft(self, payload: dict) -> None:
        """Reopen the organisation form kept when the vault locked (after the lists load)."""
        self._pending_draft = payload
        if self.sectors:
            self._open_pending_draft()

    def _open_pending_draft(self) -> None:
        payload, self._pending_draft = self._pending_draft, None
        ws = self.workspace
        if payload is None or ws is None or not can_edit_directory(ws.session):
            return
        raw_id = payload.get("partner_id")
        contacts = [ContactInput(**c) for c in payload.get("contacts", [])]
        fields = {k: v for k, v in payload.items() if k not in ("partner_id", "contacts")}
        dialog = PartnerDialog(
            ws,
            self.sectors,
            self.commune_choices,
            self.window(),
            partner_id=uuid.UUID(raw_id) if raw_id else None,
            data=PartnerInput(**fields, contacts=contacts),
        )
        dialog.saved.connect(lambda _pid: self.reload())
        dialog.open()

    def new_partner(self) -> PartnerDialog | None:
        ws = self.workspace
        if ws is None or not can_edit_directory(ws.session):
            return None
        dialog = PartnerDialog(ws, self.sectors, self.commune_choices, self.window())
        dialog.saved.connect(lambda _pid: self.reload())
        dialog.open()
        return dialog

    def edit_current(self) -> PartnerDialog | None:
        ws, view = self.workspace, self.details.partner
        if ws is None or view is None or not can_edit_directory(ws.session):
            return None
        dialog = PartnerDialog(
            ws,
            self.sectors,
            self.commune_choices,
            self.window(),
            partner_id=view.id,
            data=view.to_input(),
        )
        dialog.saved.connect(lambda _pid: self.reload())
        dialog.open()
        return dialog

    # -- CSV ------------------------------------------------------------------------------
    def import_csv(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Importer un répertoire"),
            "",
            tr("Fichier CSV (*.csv *.txt)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if path:
            start_import(self, ws, Path(path), self.reload)

    def export_csv(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Exporter le répertoire"),
            "repertoire-reseau.csv",
            tr("Fichier CSV (*.csv)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".csv") else Path(path + ".csv")
        actor = ws.session

        def write(tx: Tx) -> tuple[bytes, int]:
            data = export_partners_csv(tx, actor)
            return data, len(search_partners(tx, actor, PartnerFilter(include_inactive=True)))

        def exported(result: tuple[bytes, int]) -> None:
            data, count = result
            try:
                target.write_bytes(data)
            except OSError:
                self.error.show_message(
                    tr("Impossible d'écrire « {file} » : vérifiez le dossier choisi.").format(
                        file=target.name
                    )
                )
                return
            self._exported(target, count)

        ws.ops.write(self, write, exported, on_error=self._failed)

    def _exported(self, target: Path, count: int) -> None:
        show_info(
            self.window(),
            tr("{n} organisation(s) exportée(s) dans « {file} ».").format(
                n=max(count, 0), file=target.name
            ),
        )
