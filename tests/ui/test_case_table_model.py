"""The case table model: Qt's model checks, lazy keyset loading, database sorting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.core.case_list import CaseFilter, CaseSort
from app.core.vocabulary import RiskLevel
from app.ui.cases.model import (
    CASE_ID_ROLE,
    COL_OPENED,
    COL_REFERENCE,
    COL_RISK,
    CONFIDENTIAL_ROLE,
    CaseTableModel,
)
from app.ui.cases.page import CaseListPage
from tests.ui.workspace_support import Bench, bench, fetcher, idle, runner, shown

__all__ = ["bench", "shown"]

ALL = CaseFilter()  # every status


def loaded_model(qtbot: QtBot, bench: Bench, page_size: int) -> CaseTableModel:
    model = CaseTableModel(page_size)
    owner = QWidget()  # the page that would hold the model
    qtbot.addWidget(owner)
    model.set_source(fetcher(bench.workspace, ALL), runner(bench.workspace, owner))
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_fetching)
    return model


def test_case_model_passes_qt_model_checks_after_its_first_page(
    qtbot: QtBot, bench: Bench, qtmodeltester
) -> None:
    bench.populate(120)
    model = loaded_model(qtbot, bench, page_size=50)
    assert model.rowCount() == 50
    qtmodeltester.check(model)  # the tester calls fetchMore: later pages arrive checked too
    qtbot.waitUntil(lambda: model.is_complete)
    assert model.rowCount() == 120


def test_a_search_result_set_passes_the_python_model_checks(
    qtbot: QtBot, bench: Bench, qtmodeltester
) -> None:
    bench.populate(60)
    source = loaded_model(qtbot, bench, page_size=100)
    rows = [source.row_at(i) for i in range(source.rowCount())]
    model = CaseTableModel()
    model.set_results(rows)  # the synchronous path: nothing to fetch
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 60


def test_lazy_model_holds_one_page_then_every_case_exactly_once(qtbot: QtBot, bench: Bench) -> None:
    bench.populate(300)
    model = loaded_model(qtbot, bench, page_size=70)
    assert model.rowCount() == 70 and model.canFetchMore(QModelIndex())

    rounds = 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        model.fetchMore(QModelIndex())  # a second request while one is on its way is ignored
        assert not model.canFetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.is_fetching)
        rounds += 1

    ids = [model.index(row, 0).data(CASE_ID_ROLE) for row in range(model.rowCount())]
    assert len(ids) == 300 and len(set(ids)) == 300
    assert rounds == 4  # 70 + 4 × 70 ≥ 300: no page was fetched twice
    assert model.is_complete


def test_scrolling_the_table_loads_the_following_pages(
    qtbot: QtBot, bench: Bench, shown: Callable[[QWidget], QWidget]
) -> None:
    bench.populate(300)
    page = CaseListPage(page_size=60)
    shown(page)
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    page.load(bench.workspace)
    qtbot.waitUntil(lambda: page.model.rowCount() == 60)

    def scrolled_to_the_end() -> bool:
        page.table.scrollToBottom()
        return page.model.is_complete

    qtbot.waitUntil(scrolled_to_the_end, timeout=10_000)
    ids = {page.model.case_id(row) for row in range(page.model.rowCount())}
    assert page.model.rowCount() == len(ids) == 300


def test_clicking_a_header_sorts_in_the_database_from_the_first_page(
    qtbot: QtBot, bench: Bench, shown: Callable[[QWidget], QWidget]
) -> None:
    bench.populate(150)
    page = CaseListPage(page_size=40)
    shown(page)
    page.filters.status.setCurrentIndex(page.filters.status.findData("all"))
    page.load(bench.workspace)
    idle(qtbot, page.workspace)
    header = page.table.horizontalHeader()

    header.setSortIndicator(COL_REFERENCE, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_order is CaseSort.REFERENCE
    idle(qtbot, bench.workspace)
    references = [page.model.row_at(i).reference for i in range(page.model.rowCount())]
    assert len(references) == 40 and references == sorted(references)

    header.setSortIndicator(COL_RISK, Qt.SortOrder.DescendingOrder)
    idle(qtbot, bench.workspace)
    assert page.model.sort_order is CaseSort.RISK
    assert page.model.row_at(0).risk_level is RiskLevel.CRITICAL  # highest first

    header.setSortIndicator(COL_RISK, Qt.SortOrder.AscendingOrder)
    idle(qtbot, bench.workspace)
    assert page.model.sort_order is CaseSort.RISK_LOWEST
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert page.model.row_at(0).risk_level is None  # not assessed first

    header.setSortIndicator(COL_OPENED, Qt.SortOrder.AscendingOrder)
    idle(qtbot, bench.workspace)
    assert page.model.sort_order is CaseSort.OLDEST
    opened = [page.model.row_at(i).opened_on for i in range(page.model.rowCount())]
    assert opened == sorted(opened)


def test_high_risk_rows_are_bold_with_a_marker_and_confidential_is_flagged(
    qtbot: QtBot, bench: Bench
) -> None:
    risky = bench.add_case(first_name="Nadia", last_name="Renard")
    bench.set_risk(risky.id, RiskLevel.CRITICAL)
    secret = bench.add_case(pseudonym="Ondine", confidential=True)
    model = loaded_model(qtbot, bench, page_size=10)
    rows = {model.case_id(r): r for r in range(model.rowCount())}

    risk_cell = model.index(rows[risky.id], COL_RISK)
    assert risk_cell.data() == "Critique"
    assert risk_cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert risk_cell.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(rows[risky.id], COL_REFERENCE).data(Qt.ItemDataRole.FontRole).bold()
    plain = model.index(rows[secret.id], COL_RISK)
    assert plain.data(Qt.ItemDataRole.FontRole) is None
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None
    reference = model.index(rows[secret.id], COL_REFERENCE)
    assert reference.data(CONFIDENTIAL_ROLE) is True
    assert "confidentiel" in reference.data(Qt.ItemDataRole.AccessibleTextRole)
