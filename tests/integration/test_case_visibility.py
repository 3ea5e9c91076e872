"""Who sees which case: a street educator only the cases assigned to them, a
confidential case only its workers and the coordinator, an educator only the
author records they made — in lists, search, agenda, counts and reads."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from app import clock
from app.core.agenda import appointments, high_risk_without_contact, overdue
from app.core.auth import UserSession
from app.core.authors import AuthorInput, add_author, case_authors, update_author
from app.core.case_list import CaseFilter, CaseSort, list_cases
from app.core.case_screen import load_bundle
from app.core.case_search import search_cases
from app.core.case_view import load_case
from app.core.cases import case_events
from app.core.consent import check_share_consent, consent_register
from app.core.drafts import list_drafts, load_draft, save_draft
from app.core.followups import FollowUpInput, add_followup, case_timeline
from app.core.overview import overview_counts
from app.core.pathways.complaints import case_complaints
from app.core.pathways.departure import current_plan, plan_history
from app.core.pathways.protection import case_bans, case_court_measures, case_permit_files
from app.core.pathways.steps import case_steps
from app.core.pathways.summary import load_pathways
from app.core.people import case_people
from app.core.permissions import PermissionDenied
from app.core.risk import ScreeningInput, record_screening, screening_history
from app.core.vocabulary import (
    AuthorRelation,
    FollowUpKind,
    FollowUpStatus,
    RiskLevel,
    SharePurpose,
)
from app.storage.models import CaseWorker
from tests.integration.team_support import Team, make_team, module_team

WEEK = date(2026, 6, 8)
NOW = datetime(2026, 11, 20, 12, 0)

pytestmark = pytest.mark.clock(NOW)


@dataclass
class World:
    team: Team
    mine: uuid.UUID  # assigned to the educator (and the coordinator)
    theirs: uuid.UUID  # assigned to the other educator only
    secret: uuid.UUID  # confidential, assigned to the other social worker
    extra: list[uuid.UUID]  # more cases assigned to others, for paging


def _appointment(team: Team, actor, case_id: uuid.UUID) -> None:
    with team.session() as s, s.begin():
        add_followup(
            s,
            actor,
            case_id,
            FollowUpInput(
                datetime(2026, 6, 9, 10), FollowUpKind.INTERVIEW, status=FollowUpStatus.PLANNED
            ),
        )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with module_team(tmp_path_factory) as team:
        u = team.users
        mine = team.new_case(u["street_educator"], [u["street_educator"], u["coordinator"]]).id
        theirs = team.new_case(u["other_educator"]).id
        secret = team.new_case(team.coordinator, [u["other_worker"]], confidential=True).id
        extra = [team.new_case(team.coordinator, [u["other_worker"]]).id for _ in range(12)]
        for case_id in (mine, theirs, secret):
            _appointment(team, team.coordinator, case_id)
            with team.session() as s, s.begin():
                record_screening(
                    s,
                    team.coordinator,
                    case_id,
                    ScreeningInput(answers={}, raised_level=RiskLevel.HIGH, raise_reason="x"),
                )
        yield World(team, mine, theirs, secret, extra)


def listed(world: World, key: str, **kw) -> set[uuid.UUID]:
    actor = world.team.users[key]
    seen: list[uuid.UUID] = []
    with world.team.session() as s:
        cursor = None
        while True:
            page = list_cases(
                s, CaseFilter(sort=CaseSort.REFERENCE), actor=actor, after=cursor, **kw
            )
            seen += [r.id for r in page.rows]
            cursor = page.next_cursor
            if cursor is None:
                return set(seen)


def test_educator_lists_only_the_cases_assigned_to_them(world: World) -> None:
    assert listed(world, "street_educator") == {world.mine}
    assert listed(world, "other_educator") == {world.theirs}


def test_keyset_pages_stay_full_and_exact_for_a_restricted_user(world: World) -> None:
    everything = listed(world, "coordinator")
    social = listed(world, "social_worker", limit=3)
    assert social == everything - {world.secret}
    with world.team.session() as s:
        first = list_cases(s, CaseFilter(), actor=world.team.users["social_worker"], limit=3)
    assert len(first.rows) == 3 and first.next_cursor is not None


def test_confidential_case_is_hidden_from_a_social_worker_not_assigned(world: World) -> None:
    assert world.secret not in listed(world, "social_worker")
    assert world.secret in listed(world, "other_worker")
    assert world.secret in listed(world, "coordinator")
    with world.team.session() as s, pytest.raises(PermissionDenied) as refused:
        load_case(s, world.team.users["social_worker"], world.secret)
    assert "confidentiel" in refused.value.message


def test_search_never_finds_a_case_the_user_may_not_see(world: World) -> None:
    team = world.team
    with team.session() as s:
        by_name = search_cases(s, "Zephyrine", actor=team.users["street_educator"]).rows
        by_ref = search_cases(s, "2026-", actor=team.users["street_educator"]).rows
        social = search_cases(s, "Quatremarches", actor=team.users["social_worker"]).rows
        limited = search_cases(s, "Zephyrine", actor=team.users["street_educator"], limit=1).rows
    assert {r.id for r in by_name} == {world.mine}
    assert {r.id for r in by_ref} == {world.mine}
    assert world.secret not in {r.id for r in social} and world.theirs in {r.id for r in social}
    # invisible hits never take the place of the visible one
    assert [r.id for r in limited] == [world.mine]


def test_educator_cannot_read_or_write_a_case_not_assigned(world: World) -> None:
    team, educator = world.team, world.team.users["street_educator"]
    with team.session() as s:
        with pytest.raises(PermissionDenied) as refused:
            load_case(s, educator, world.theirs)
        assert "attribué" in refused.value.message
        with pytest.raises(PermissionDenied):
            case_timeline(s, educator, world.theirs)
        with pytest.raises(PermissionDenied):
            add_followup(
                s,
                educator,
                world.theirs,
                FollowUpInput(datetime(2026, 4, 1, 10), FollowUpKind.PHONE, "Appel."),
            )
        s.rollback()


def test_agenda_dashboard_and_counts_leave_out_invisible_cases(world: World) -> None:
    team, educator = world.team, world.team.users["street_educator"]
    with team.session() as s:
        week = appointments(s, WEEK, 7, actor=educator, user_id=None)
        late = overdue(s, actor=educator, user_id=None)
        alerts = high_risk_without_contact(s, actor=educator, user_id=None).alerts
        with clock.frozen(WEEK):
            counts = overview_counts(s, actor=educator)
            all_counts = overview_counts(s, actor=team.coordinator)
        social_week = appointments(s, WEEK, 7, actor=team.users["social_worker"], user_id=None)
    assert {i.case_id for i in week} == {world.mine}
    assert {i.case_id for i in late} == {world.mine}
    assert {a.case_id for a in alerts} == {world.mine}
    assert counts.open_cases == 1 and counts.followups_this_week == 1
    assert all_counts.open_cases == 3 + len(world.extra)
    assert {i.case_id for i in social_week} == {world.mine, world.theirs}


#: every read of one case's file, each called as (session, actor, case_id)
CASE_READS: dict[str, Callable[[Session, UserSession, uuid.UUID], object]] = {
    "load_case": load_case,
    "case_events": case_events,
    "case_people": case_people,
    "case_authors": case_authors,
    "screening_history": screening_history,
    "consent_register": consent_register,
    "check_share_consent": lambda s, a, c: check_share_consent(
        s, a, c, sector="cpas", purpose=SharePurpose.REFERRAL
    ),
    "case_timeline": case_timeline,
    "case_complaints": case_complaints,
    "case_bans": case_bans,
    "case_court_measures": case_court_measures,
    "case_permit_files": case_permit_files,
    "case_steps": case_steps,
    "current_plan": current_plan,
    "plan_history": plan_history,
    "load_pathways": load_pathways,
    "load_bundle": load_bundle,
}


@pytest.mark.parametrize("read", CASE_READS.values(), ids=CASE_READS.keys())
def test_an_educator_is_refused_every_read_of_a_confidential_case_of_someone_else(
    world: World, read: Callable[[Session, UserSession, uuid.UUID], object]
) -> None:
    educator = world.team.users["street_educator"]
    with world.team.session() as s, pytest.raises(PermissionDenied) as refused:
        read(s, educator, world.secret)
    assert "confidentiel" in refused.value.message
    with world.team.session() as s:  # the coordinator reads it; the educator's own case too
        read(s, world.team.coordinator, world.secret)
        read(s, educator, world.mine)


def test_educator_sees_only_the_author_records_they_made(world: World) -> None:
    team, educator = world.team, world.team.users["street_educator"]
    with team.session() as s, s.begin():
        theirs = add_author(
            s,
            team.coordinator,
            world.mine,
            AuthorInput(AuthorRelation.PARTNER, first_name="Barnabé"),
        )
        own = add_author(s, educator, world.mine, AuthorInput(AuthorRelation.EX_PARTNER))
    with team.session() as s:
        seen = case_authors(s, educator, world.mine)
        everything = case_authors(s, team.coordinator, world.mine)
        detail = load_case(s, educator, world.mine, trace=False)
        with pytest.raises(PermissionDenied) as refused:
            update_author(s, educator, theirs, AuthorInput(AuthorRelation.PARTNER))
        s.rollback()
    assert [a.id for a in seen] == [own]
    assert {a.id for a in everything} == {own, theirs}
    assert detail.author_count == 1
    assert "collègue" in refused.value.message


def test_drafts_about_a_case_no_longer_visible_are_not_offered(tmp_path: Path) -> None:
    team = make_team(tmp_path / "coffre")  # its own vault: the case changes hands
    try:
        educator, other = team.users["street_educator"], team.users["other_educator"]
        kept = team.new_case(educator).id
        taken_away = team.new_case(educator).id
        with team.session() as s, s.begin():
            save_draft(s, educator, "followup:new:a", {"x": 1}, case_id=kept)
            save_draft(s, educator, "followup:new:b", {"x": 2}, case_id=taken_away)
            save_draft(s, educator, "intake:new", {"x": 3})
        with team.session() as s, s.begin():  # the case is handed to a colleague
            s.execute(
                update(CaseWorker)
                .where(CaseWorker.case_id == taken_away)
                .values(user_id=other.user_id)
            )
        with team.session() as s:
            keys = {d.form_key for d in list_drafts(s, educator)}
            assert load_draft(s, educator, "followup:new:b") is None
            assert load_draft(s, educator, "followup:new:a") is not None
        assert keys == {"followup:new:a", "intake:new"}
    finally:
        team.vault.close()


def test_a_draft_about_a_case_one_may_not_see_is_refused(world: World) -> None:
    educator = world.team.users["street_educator"]
    with world.team.session() as s, s.begin(), pytest.raises(PermissionDenied):
        save_draft(s, educator, "followup:new:c", {"x": 4}, case_id=world.theirs)
