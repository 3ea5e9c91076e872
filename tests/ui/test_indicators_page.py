"""The coordinator's "Indicateurs" page: pick a period, read the figures with
the previous period beside them, look at the charts, export PDF and CSV
(each traced before it leaves)."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.indicators import Period
from app.storage.models import AuditEntry
from app.ui.controller import AppController
from app.ui.documents import pdf_view
from app.ui.indicators.page import IndicatorsPage
from tests.ui.case_support import VICTIM_FIRST, VICTIM_LAST, make_case, window_of

pytestmark = pytest.mark.clock(datetime(2026, 11, 20, 10, 0))
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def indicators_page(qtbot: QtBot, controller: AppController) -> IndicatorsPage:
    window = window_of(controller)
    window.show_page("indicators")
    page = window.pages["indicators"]
    assert isinstance(page, IndicatorsPage)
    qtbot.waitUntil(lambda: page.report is not None and not controller.tasks.is_busy)
    return page


def exports(controller: AppController) -> list[str]:
    controller.tasks.wait_for_done()
    with controller.vault.require_db().session() as s:
        return list(
            s.scalars(
                select(AuditEntry.detail)
                .where(AuditEntry.object_type == "indicators")
                .order_by(AuditEntry.seq)
            )
        )


def test_pick_a_period_compare_and_export(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(1, 8):
        kinds = ["physical", "psychological"] + (["economic"] if day <= 5 else [])
        make_case(unlocked, opened_on=date(2026, 2, day), violence_codes=kinds)
    make_case(unlocked, opened_on=date(2025, 5, 1))
    page = indicators_page(qtbot, unlocked)
    assert page.report.period == Period.year(2026)  # this year, at first look
    assert "Année 2026, comparée à : Année 2025" in page.summary.text()
    assert "< 5" in page.rule.text()

    # a semester
    page.kind.setCurrentIndex(page.kind.findData("semester"))
    assert page.semester.isVisible() and not page.start.isVisible()
    page.year.setValue(2026)
    page.semester.setCurrentIndex(0)
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.period == Period.semester(2026, 1))
    assert page.report.previous == Period.semester(2025, 2)
    first = page.findChildren(QTableWidget)[0]
    assert first.item(0, 0).text() == "Nouveaux dossiers"
    assert (first.item(0, 1).text(), first.item(0, 2).text()) == ("7", "0")
    assert first.horizontalHeaderItem(1).text() == "S1 2026"

    # custom dates in the wrong order: said next to the fields, nothing read
    page.kind.setCurrentIndex(page.kind.findData("custom"))
    page.set_period(Period.custom(date(2026, 1, 1), date(2026, 6, 30)))
    page.start.setDate(page.end.date().addDays(1))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert "précéder" in page.error.text()
    page.set_period(Period.year(2026))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report.period == Period.year(2026) and not page.error.text())
    charts = page.findChildren(QChartView)
    assert [c.accessibleName() for c in charts] == ["Nouveaux dossiers par type de violence"]

    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)  # the new tables are shown by a queued call
    window_of(unlocked).grab().save(str(SHOTS / "indicators-page.png"))

    # CSV: the unencrypted-copy warning, the place, traced, then written
    target = tmp_path / "indicateurs.csv"
    warned: list[bool] = []
    page.confirm_unencrypted = lambda: warned.append(True) or True
    page.ask_csv_path = lambda _name: target
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    assert warned == [True]
    text = target.read_bytes().decode("utf-8-sig")
    assert "Nouveaux dossiers" in text and VICTIM_LAST not in text
    assert exports(unlocked) == ["csv;2026-01-01;2026-12-31"]

    # PDF: previewed (not traced), saved as a copy (traced first)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None)
    dialog = page.preview
    assert exports(unlocked) == ["csv;2026-01-01;2026-12-31"]
    pdf_target = tmp_path / "indicateurs.pdf"
    monkeypatch.setattr(pdf_view, "_confirm", lambda _p, _message: True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf_target), ""))
    dialog.save_button.click()
    qtbot.waitUntil(pdf_target.exists)
    assert exports(unlocked) == ["csv;2026-01-01;2026-12-31", "pdf;2026-01-01;2026-12-31"]
    reader = PdfReader(io.BytesIO(pdf_target.read_bytes()))
    pdf_text = "\n".join(p.extract_text() or "" for p in reader.pages)
    assert "Indicateurs d'activité" in pdf_text
    assert VICTIM_FIRST not in pdf_text and VICTIM_LAST not in pdf_text
    dialog.close_button.click()


def test_the_page_is_for_the_coordination_only() -> None:
    from app.ui.pages import PAGES

    spec = next(p for p in PAGES if p.key == "indicators")
    assert spec.permission == "statistics.read"
