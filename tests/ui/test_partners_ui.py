"""Réseau: search and filters, the organisation form, CSV import report and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.partners import ContactInput, PartnerFilter, search_partners
from app.core.partners_csv import COLUMNS
from app.ui.partners.form import PartnerDialog
from app.ui.partners.import_dialog import ImportReportDialog
from app.ui.partners.page import PartnerPage
from tests.ui.conftest import type_text
from tests.ui.workspace_support import Bench, bench, idle, shown

__all__ = ["bench", "shown"]

Show = Callable[[QWidget], QWidget]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def snap(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def open_page(qtbot: QtBot, bench: Bench, shown: Show) -> PartnerPage:
    bench.populate(20)
    page = PartnerPage()
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    return page


def names(page: PartnerPage) -> list[str]:
    return [page.table.item(r, 0).text() for r in range(page.table.rowCount())]


def test_the_demo_directory_covers_every_sector_and_is_searchable(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    page = open_page(qtbot, bench, shown)
    assert len(names(page)) >= 20
    sectors = {page.sector.itemData(i) for i in range(1, page.sector.count())}
    everything = PartnerFilter(include_inactive=True)
    with bench.db.session() as s:
        covered = {r.sector for r in search_partners(s, bench.workspace.session, everything)}
    assert covered == sectors
    snap(page, "partners_page")

    page.search.setFocus()
    type_text(qtbot, page.search, "ecoute")
    qtbot.waitUntil(lambda: names(page) == ["Écoute Violences Conjugales"], timeout=5000)
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(lambda: page.details.partner is not None, timeout=5000)
    assert "0800 30 030" in page.details.text.text()

    page.search.clear()
    page.sector.setCurrentIndex(page.sector.findData("cpas"))
    idle(qtbot, bench.workspace)
    assert names(page) and all("CPAS" in n for n in names(page))
    page.commune.setCurrentIndex(page.commune.findText("Esneux", Qt.MatchFlag.MatchStartsWith))
    idle(qtbot, bench.workspace)
    assert names(page) == ["CPAS d'Esneux"]


def test_the_coordinator_adds_an_organisation_with_a_contact(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    page = open_page(qtbot, bench, shown)
    dialog = page.new_partner()
    assert isinstance(dialog, PartnerDialog)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.name, "Maison d'accueil Şafak")
    dialog.sector.setCurrentIndex(dialog.sector.findData("shelter"))
    dialog.postcode.setText("49")
    dialog.save()
    idle(qtbot, bench.workspace)
    assert dialog.isVisible() and "4 chiffres" in dialog.errors["postcode"].text()
    dialog.postcode.setText("4920")
    dialog.add_contact(ContactInput("Zofia Łęcka", "Éducatrice"))
    snap(dialog, "partner_form")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    idle(qtbot, bench.workspace)
    assert "Maison d'accueil Şafak" in names(page)


def test_csv_import_shows_rejected_lines_then_imports_the_valid_ones(
    qtbot: QtBot, bench: Bench, shown: Show, tmp_path: Path, monkeypatch
) -> None:
    page = open_page(qtbot, bench, shown)
    file = tmp_path / "reseau.csv"
    file.write_bytes(
        (
            ";".join(COLUMNS)
            + "\nPlanning familial Ñandú;Santé;;Sprimont;;;;;;;;oui;"
            + "\nSecteur inconnu;Boulangerie;;;;;;;;;;;\n"
        ).encode("utf-8-sig")
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    page.import_csv()
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(lambda: _dialog(ImportReportDialog) is not None, timeout=5000)
    report = _dialog(ImportReportDialog)
    assert report.table.rowCount() == 1 and "Boulangerie" in report.table.item(0, 2).text()
    snap(report, "partners_import_report")
    report.import_button.click()
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(lambda: "Planning familial Ñandú" in names(page), timeout=5000)
    _close_messages()

    out = tmp_path / "export.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_csv()
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(out.exists, timeout=5000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf") and "Ñandú" in out.read_text("utf-8-sig")
    _close_messages()


def test_a_refused_import_file_is_told_in_a_message_box(
    qtbot: QtBot, bench: Bench, shown: Show, tmp_path: Path, monkeypatch
) -> None:
    page = open_page(qtbot, bench, shown)
    file = tmp_path / "vide.csv"
    file.write_bytes(b"  \n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    page.import_csv()
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(lambda: _message() is not None, timeout=5000)
    assert _message().text() == "Ce fichier est vide."
    assert _dialog(ImportReportDialog) is None
    _close_messages()


def test_lock_empties_the_page(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    page = open_page(qtbot, bench, shown)
    assert page.table.rowCount() > 0
    page.clear()
    assert page.table.rowCount() == 0 and page.details.partner is None
    assert page.sector.count() == 0


def _dialog(kind: type) -> QDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return shown[0] if shown else None


def _close_messages() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def _message() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    return next((b for b in boxes if b.isVisible()), None)
