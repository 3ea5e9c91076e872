"""Every query a screen sends, for each role, has a plan that stays fast at
100 000 cases (issue #10): no scan of a large table, visibility read from an
index (never an IN-list of every case), the list's page read by walking its
sort index whatever the filters.

Without ``ANALYZE`` statistics (the application runs none) SQLite plans the
same way for a small vault and a large one, so the plans are checked here on
a small one; ``tests/benchmarks/bench_screens.py`` times them at scale.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date, datetime

import pytest

from app.core.case_list import CaseSort
from app.core.drafts import save_draft
from app.core.followups import FollowUpInput, add_followup
from app.core.vocabulary import FollowUpKind
from tests.benchmarks import screens
from tests.integration.team_support import AYWAILLE, Team, module_team

pytestmark = pytest.mark.clock(datetime(2026, 11, 20, 9))

ROLES = ("coordinator", "social_worker", "street_educator")
#: tables that hold a row per case or more
LARGE = ("cases", "people", "followups", "case_workers", "case_events", "risk_screenings")
FULL_SCAN = re.compile(rf"^SCAN ({'|'.join(LARGE)})(?: AS \w+)?(?! USING)")
#: the list's sort indexes (revision 0009: they carry the filter columns)
SORT_INDEXES = {
    CaseSort.NEWEST: "ix_cases_opened_id",
    CaseSort.OLDEST: "ix_cases_opened_id",
    CaseSort.REFERENCE: "ix_cases_reference_list",
    CaseSort.REFERENCE_DESC: "ix_cases_reference_list",
    CaseSort.RISK: "ix_cases_risk_rank",
    CaseSort.RISK_LOWEST: "ix_cases_risk_rank",
    CaseSort.LAST_CONTACT: "ix_cases_last_contact_key",
    CaseSort.LAST_CONTACT_RECENT: "ix_cases_last_contact_key",
}
MY_CASES = "SEARCH case_workers USING COVERING INDEX ix_case_workers_user (user_id=?)"


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with module_team(tmp_path_factory) as team:
        educator = team.users["street_educator"]
        for n in range(3):
            ref = team.new_case(team.coordinator, [educator], confidential=n == 0)
            with team.session() as s, s.begin():
                add_followup(
                    s,
                    team.coordinator,
                    ref.id,
                    FollowUpInput(
                        occurred_at=datetime(2026, 11, 18, 10),
                        kind=FollowUpKind.PHONE,
                        summary="Appel au sujet de la plainte.",
                    ),
                )
        with team.session() as s, s.begin():
            save_draft(
                s, educator, "followup:new", {"summary": "à finir"}, case_id=ref.id, title="Suivi"
            )
        team.case_id = ref.id  # type: ignore[attr-defined]
        yield team


def problems(plan: list[str]) -> list[str]:
    found = [line for line in plan if FULL_SCAN.match(line)]
    found += [line for line in plan if "SCAN case_workers" in line]
    return found


def check(team: Team, role: str, read: screens.Read) -> list[screens.Statement]:
    sent = screens.statements_of(team.db, team.users[role], read)
    assert sent
    for statement in sent:
        assert not problems(statement.plan), (statement.sql, statement.plan)
    return sent


def screen_reads(team: Team) -> dict[str, screens.Read]:
    case_id: uuid.UUID = team.case_id  # type: ignore[attr-defined]
    return {
        "dashboard": screens.dashboard(),
        "agenda, my week": screens.agenda_week(date(2026, 11, 16), whole_service=False),
        "agenda, the service's week": screens.agenda_week(date(2026, 11, 16), whole_service=True),
        "agenda, my long week": screens.agenda_more(date(2026, 11, 16), whole_service=False),
        "agenda, the service's long week": screens.agenda_more(
            date(2026, 11, 16), whole_service=True
        ),
        "opening a case": screens.open_case(case_id),
        "drafts": screens.drafts(),
        "search a name": screens.search("Quatremarchés"),
        "search a word with a filter": screens.search("plainte"),
        "search one letter, every status": screens.search("d", screens.CaseFilter()),
        "search a reference": screens.search("2026-"),
    }


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "screen",
    [
        "dashboard",
        "agenda, my week",
        "agenda, the service's week",
        "agenda, my long week",
        "agenda, the service's long week",
        "opening a case",
        "drafts",
        "search a name",
        "search a word with a filter",
        "search one letter, every status",
        "search a reference",
    ],
)
def test_every_screen_query_reads_through_indexes(team: Team, role: str, screen: str) -> None:
    check(team, role, screen_reads(team)[screen])


@pytest.mark.parametrize("role", ROLES)
def test_the_list_walks_its_sort_index_for_every_filter(team: Team, role: str) -> None:
    actor = team.users[role]
    other = team.users["other_worker"].user_id
    # One value of each kind of filter: the values of a kind give the same plan.
    combinations = list(
        screens.filter_combinations(AYWAILLE, actor.user_id, other, date(2026, 11, 20), full=False)
    )
    assert len(combinations) == 2 * 2 * 2 * 2 * 2 * len(CaseSort)
    for combination in combinations:
        page, rows = check(team, role, screens.case_list(combination.flt))
        plan = "\n".join(page.plan)
        starts_from_my_cases = MY_CASES in plan and "sqlite_autoindex_cases_1 (id=?)" in plan
        if combination.flt.worker_id is not None or role == "street_educator":
            # one's own cases (or a colleague's): read from case_workers by user, then sorted
            assert starts_from_my_cases, (combination.name, page.plan)
            continue
        index = SORT_INDEXES[combination.flt.sort]
        walks = page.plan[0].startswith(
            (
                f"SCAN cases USING COVERING INDEX {index}",
                f"SEARCH cases USING COVERING INDEX {index}",
            )
        )
        if walks:
            assert "TEMP B-TREE" not in plan, (combination.name, page.plan)
        else:
            # an opening period: the cases of that period, sorted (bounded by the period)
            assert combination.flt.opened_from is not None, (combination.name, page.plan)
            assert "ix_cases_opened_id (opened_on>? AND opened_on<?)" in page.plan[0]
        assert rows.plan[0].startswith("SEARCH cases USING INDEX sqlite_autoindex_cases_1")


def test_a_year_of_indicators_reads_its_large_tables_through_indexes(team: Team) -> None:
    """Revision 0010: the done follow-ups by kind and hours, the new cases' victims and
    the active and closed counts, the first screenings come from covering indexes, never
    a scan of a table."""
    from app.core.indicator_periods import Period
    from app.core.indicators import compute_indicators

    def read(s, actor):  # type: ignore[no-untyped-def]
        return compute_indicators(s, actor, Period.year(2026))

    sent = check(team, "coordinator", read)
    plans = "\n".join(line for statement in sent for line in statement.plan)
    for expected in (
        "SEARCH followups USING COVERING INDEX ix_followups_status_time",
        "USING COVERING INDEX ix_people_case_role",
        "SEARCH cases USING COVERING INDEX ix_cases_closed_opened (closed_on=? AND opened_on<?)",
        "SEARCH cases USING COVERING INDEX ix_cases_closed_opened (closed_on>?)",
        "SEARCH cases USING COVERING INDEX ix_cases_closed_opened (closed_on>? AND closed_on<?)",
        "SEARCH risk_screenings USING COVERING INDEX ix_risk_screenings_time",
    ):
        assert expected in plans, plans
