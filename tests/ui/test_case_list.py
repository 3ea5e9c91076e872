"""Dossiers: search as you type, filters, keyboard opening, hide-name, lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.cases import close_case
from app.core.vocabulary import CaseStatus, RiskLevel
from app.storage.models import Case, Person
from app.ui.cases.filters import ME
from app.ui.cases.model import COLUMN_COUNT
from app.ui.cases.page import CaseListPage
from tests.ui.conftest import type_text
from tests.ui.workspace_support import ESNEUX, Bench, bench, idle, shown

__all__ = ["bench", "shown"]

Show = Callable[[QWidget], QWidget]


def open_page(qtbot: QtBot, bench: Bench, shown: Show) -> CaseListPage:
    page = CaseListPage(page_size=50)
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    return page


def model_texts(page: CaseListPage) -> str:
    model = page.model
    return "\n".join(
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in range(COLUMN_COUNT)
    )


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_typing_helene_finds_hélène_without_freezing_and_enter_opens_it(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.populate(150)
    helene = bench.add_case(first_name="Hélène", last_name="Vandenbroucke")
    page = open_page(qtbot, bench, shown)
    page.search.setFocus()

    qtbot.keyClicks(page.search, "Helene")
    assert page.search_pending  # debounced: nothing ran while typing
    qtbot.waitUntil(lambda: not page.search_pending, timeout=5_000)
    found = [page.model.case_id(row) for row in range(page.model.rowCount())]
    assert helene.id in found
    assert "Hélène Vandenbroucke" in model_texts(page)
    # the count of every match follows the first page
    qtbot.waitUntil(lambda: "résultat" in page.summary.text(), timeout=5_000)

    page.table.selectRow(found.index(helene.id))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert bench.opened == [helene.id]


def test_enter_right_after_typing_opens_the_best_match_once_found(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    helene = bench.add_case(first_name="Hélène", last_name="Vandenbroucke")
    bench.add_case(first_name="Sarah", last_name="Lambert")
    page = open_page(qtbot, bench, shown)
    type_text(qtbot, page.search, "vandenbr")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.opened == [helene.id])


def test_down_arrow_goes_to_the_table_and_enter_opens_the_case(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.add_case(first_name="Sarah", last_name="Lambert")
    bench.add_case(first_name="Julie", last_name="Martin")
    page = open_page(qtbot, bench, shown)
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert bench.opened == [page.model.case_id(0)]


def test_clearing_the_search_returns_to_the_lazy_list(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.populate(120)
    page = open_page(qtbot, bench, shown)
    assert page.model.rowCount() == 50 and page.model.canFetchMore()
    page.search.setText("2025-")
    qtbot.waitUntil(lambda: not page.search_pending and "résultat" in page.summary.text())
    assert all(
        page.model.row_at(r).reference.startswith("2025-") for r in range(page.model.rowCount())
    )
    page.search.clear()
    idle(qtbot, bench.workspace)
    assert page.model.rowCount() == 50 and page.model.canFetchMore()
    assert page.summary.isHidden()


def test_filters_on_status_commune_and_risk_show_matching_rows(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.populate(200)
    closed = bench.add_case(first_name="Nadia", last_name="Renard", commune_code=ESNEUX)
    bench.set_risk(closed.id, RiskLevel.HIGH)
    with bench.db.session() as s, s.begin():
        close_case(s, bench.workspace.session, closed.id, "Situation stabilisée")
    page = open_page(qtbot, bench, shown)
    qtbot.waitUntil(lambda: page.filters.commune.count() > 100)  # communes arrived

    choose(page.filters.status, "closed")
    idle(qtbot, bench.workspace)
    statuses = {page.model.row_at(r).status for r in range(page.model.rowCount())}
    assert statuses == {CaseStatus.CLOSED}

    choose(page.filters.commune, ESNEUX)
    idle(qtbot, bench.workspace)
    assert {page.model.row_at(r).commune for r in range(page.model.rowCount())} == {"Esneux"}

    choose(page.filters.risk, "high+")
    idle(qtbot, bench.workspace)
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert closed.id in {r.id for r in rows}
    assert all(
        r.status is CaseStatus.CLOSED
        and r.commune == "Esneux"
        and r.risk_level in (RiskLevel.HIGH, RiskLevel.CRITICAL)
        for r in rows
    )

    choose(page.filters.risk, RiskLevel.LOW.value)
    choose(page.filters.worker, ME)
    page.search.setText("Renard")  # the filter applies to the search too
    qtbot.waitUntil(lambda: not page.search_pending)
    assert closed.id not in {page.model.case_id(r) for r in range(page.model.rowCount())}

    page.search.clear()
    page.filters.reset()
    idle(qtbot, bench.workspace)
    assert page.filters.status.currentData() == "active"
    assert CaseStatus.CLOSED not in {
        page.model.row_at(r).status for r in range(page.model.rowCount())
    }


def test_no_match_shows_a_plain_french_empty_state(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    bench.add_case(first_name="Sarah", last_name="Lambert")
    page = open_page(qtbot, bench, shown)
    assert page.empty.isHidden()
    choose(page.filters.status, "closed")
    idle(qtbot, bench.workspace)
    assert page.model.rowCount() == 0
    assert not page.empty.isHidden()
    assert page.empty.text() == "Aucun dossier ne correspond à ces critères."


def test_hide_names_leaves_no_full_name_in_the_model(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.add_case(first_name="Hélène", last_name="Vandenbroucke", pseudonym="Mésange")
    bench.add_case(first_name="Sarah", last_name="Lambert")
    page = open_page(qtbot, bench, shown)
    assert "Vandenbroucke" in model_texts(page)

    bench.workspace.hide_names = True
    page.names_changed()
    idle(qtbot, bench.workspace)
    texts = model_texts(page)
    assert page.model.rowCount() == 2
    for name in ("Hélène", "Vandenbroucke", "Sarah", "Lambert"):
        assert name not in texts
    assert "Mésange" in texts and "S. L." in texts


def test_my_cases_preset_and_new_case_button(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    page = open_page(qtbot, bench, shown)
    page.show_my_cases()
    assert page.filters.worker.currentData() == ME
    assert page.filters.status.currentData() == "open"
    assert page.current_filter().worker_id == bench.workspace.session.user_id
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert bench.new_cases == [True]


def test_clear_empties_the_model_the_search_and_the_lists(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.add_case(first_name="Hélène", last_name="Vandenbroucke")
    page = open_page(qtbot, bench, shown)
    qtbot.waitUntil(lambda: page.filters.worker.count() > 2)
    page.search.setText("Helene")
    qtbot.waitUntil(lambda: not page.search_pending)
    assert page.model.rowCount() == 1

    page.clear()
    idle(qtbot, bench.workspace)
    assert page.model.rowCount() == 0
    assert page.search.text() == ""
    assert page.filters.worker.count() == 2  # Tous, Moi: no staff name left
    assert page.filters.commune.count() == 1
    labels = " ".join(w.text() for w in page.findChildren(QLabel))
    assert "Hélène" not in labels and "Marie Dupont" not in labels


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    page = open_page(qtbot, bench, shown)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_a_surname_shared_by_many_cases_shows_them_all_by_scrolling_and_counts_them(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    with bench.db.session() as s, s.begin():
        for n in range(120):
            case = Case(reference=f"2020-{n + 1:04d}", status="open", opened_on=date(2020, 1, 6))
            case.people.append(Person(role="victim", first_name="Ewa", last_name="Wróbel"))
            s.add(case)
    page = open_page(qtbot, bench, shown)
    type_text(qtbot, page.search, "wrobel")
    qtbot.waitUntil(lambda: page.summary.text() == "120 résultats", timeout=5_000)
    assert page.model.rowCount() == 50 and page.model.canFetchMore()
    while page.model.canFetchMore():
        page.table.scrollToBottom()
        page.model.fetchMore()
        idle(qtbot, bench.workspace)
    assert page.model.rowCount() == 120
    assert len({page.model.case_id(r) for r in range(120)}) == 120


def test_a_word_in_more_cases_than_counted_asks_to_narrow_the_search(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    with bench.db.session() as s, s.begin():
        for n in range(30):
            case = Case(reference=f"2021-{n + 1:04d}", status="open", opened_on=date(2021, 3, 1))
            first = "Lucie" if n < 4 else "Ewa"
            case.people.append(Person(role="victim", first_name=first, last_name="Wróbel"))
            s.add(case)
    page = CaseListPage(page_size=50, count_cap=20)  # counts stop above 20 cases
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    type_text(qtbot, page.search, "wrobel")
    wanted = "Plus de 20 dossiers — précisez la recherche"
    qtbot.waitUntil(lambda: page.summary.text() == wanted, timeout=5_000)
    assert page.model.rowCount() == 30  # every case is still listed
    page.search.clear()
    type_text(qtbot, page.search, "lucie wrobel")  # narrowed: the exact number again
    qtbot.waitUntil(lambda: page.summary.text() == "4 résultats", timeout=5_000)
