"""What the case-file services write into the audit trail — who, what, which
case, never a name — and how the coordinator browses, exports and verifies it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.core import audit, audit_view
from app.core.authors import AuthorInput, add_author, remove_author
from app.core.case_view import CaseDetailsInput, load_case, update_case_details
from app.core.cases import close_case, reopen_case
from app.core.followups import FollowUpInput, add_followup
from app.core.people import PersonInput, add_person
from app.core.permissions import PermissionDenied
from app.core.settings import VaultSettings, save_settings
from app.core.vocabulary import AuthorRelation, FollowUpKind
from app.storage.models import AuditEntry
from tests.integration.team_support import (
    AUTHOR_FIRST,
    AUTHOR_LAST,
    AYWAILLE,
    TODAY,
    VICTIM_FIRST,
    VICTIM_LAST,
    Team,
    module_team,
)

pytestmark = pytest.mark.clock(TODAY)


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with module_team(tmp_path_factory) as made:
        yield made


def entries(team: Team, after: int = 0) -> list[AuditEntry]:
    with team.session() as s:
        rows = list(s.scalars(select(AuditEntry).where(AuditEntry.seq > after)))
        s.expunge_all()
        return rows


def last_seq(team: Team) -> int:
    with team.session() as s:
        return audit.current_head(s).seq


def test_case_reads_and_changes_are_traced_without_personal_data(team: Team) -> None:
    start = last_seq(team)
    actor = team.users["social_worker"]
    ref = team.new_case(actor)
    with team.session() as s, s.begin():
        load_case(s, actor, ref.id)
        load_case(s, actor, ref.id, trace=False)  # same screen reading again
        child = add_person(s, actor, ref.id, PersonInput(first_name="Ophélie"))
        author = add_author(
            s,
            actor,
            ref.id,
            AuthorInput(AuthorRelation.PARTNER, first_name=AUTHOR_FIRST, last_name=AUTHOR_LAST),
        )
        add_followup(
            s,
            actor,
            ref.id,
            FollowUpInput(datetime(2026, 4, 1, 10), FollowUpKind.PHONE, f"Vu {VICTIM_FIRST}."),
        )
        update_case_details(
            s,
            actor,
            ref.id,
            CaseDetailsInput(
                commune_code=AYWAILLE,
                violence_codes=["physical"],
                confidential=True,
                situation=f"{VICTIM_LAST} hébergée chez sa sœur",
                worker_ids=[actor.user_id],
            ),
        )
        remove_author(s, actor, author)
        close_case(s, actor, ref.id, "Départ accompagné", on=TODAY)
        reopen_case(s, actor, ref.id, "Nouveau fait")
    trail = entries(team, start)
    assert [(e.action, e.object_type, e.detail) for e in trail] == [
        ("case_created", "case", None),
        ("case_opened", "case", None),
        ("case_changed", "person", "added"),
        ("case_changed", "author", "added"),
        ("case_changed", "followup", "added status=done"),
        ("case_changed", "case", "details confidential=on"),
        ("case_changed", "author", "removed"),
        ("case_status", "case", "closed"),
        ("case_status", "case", "reopened"),
    ]
    assert {e.case_id for e in trail} == {ref.id}
    assert {e.login for e in trail} == {actor.login}
    assert trail[2].object_id == child.hex and trail[3].object_id == author.hex
    with team.session() as s:
        dump = s.execute(text("SELECT * FROM audit_log")).all()
    for name in (VICTIM_FIRST, VICTIM_LAST, AUTHOR_FIRST, AUTHOR_LAST, "Ophélie"):
        assert not any(name in str(value) for row in dump for value in row), name


def test_settings_changes_are_traced_by_name_only(team: Team) -> None:
    start = last_seq(team)
    with team.session() as s, s.begin():
        save_settings(s, team.coordinator, VaultSettings(auto_lock_minutes=9))
        save_settings(s, team.coordinator, VaultSettings(auto_lock_minutes=9))  # no change
    assert [(e.action, e.detail) for e in entries(team, start)] == [
        # first save: every setting is stored (names only, never values)
        ("settings_changed", " ".join(f.name for f in fields(VaultSettings)))
    ]


def test_coordinator_browses_the_trail_newest_first_with_filters(team: Team) -> None:
    ref = team.new_case(team.coordinator)
    with team.session() as s, s.begin():
        load_case(s, team.coordinator, ref.id)
    with team.session() as s:
        first = audit_view.browse(s, team.coordinator, audit_view.AuditFilter(), limit=5)
        second = audit_view.browse(
            s, team.coordinator, audit_view.AuditFilter(), before=first.next_cursor, limit=5
        )
        by_case = audit_view.browse(
            s, team.coordinator, audit_view.AuditFilter(case_reference=ref.reference)
        )
        by_user = audit_view.browse(
            s,
            team.coordinator,
            audit_view.AuditFilter(user_id=team.users["street_educator"].user_id),
        )
        by_action = audit_view.browse(
            s, team.coordinator, audit_view.AuditFilter(actions={"account_changed"})
        )
        future = audit_view.browse(
            s, team.coordinator, audit_view.AuditFilter(since=date(2999, 1, 1))
        )
    seqs = [r.seq for r in first.rows + second.rows]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 10
    assert [r.action for r in by_case.rows] == ["case_opened", "case_created"]
    assert {r.case_reference for r in by_case.rows} == {ref.reference}
    assert by_case.rows[0].action_label == "Dossier consulté"
    assert by_user.rows == []  # the educator has not worked yet
    assert len(by_action.rows) == 4 and {r.user_name for r in by_action.rows} == {"Marie Dupont"}
    assert future.rows == []


def test_export_writes_a_csv_and_is_itself_traced(team: Team, tmp_path: Path) -> None:
    target = tmp_path / "journal.csv"
    flt = audit_view.AuditFilter(actions={"account_changed"})
    with team.session() as s, s.begin():
        count = audit_view.export_csv(s, team.coordinator, flt, target)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == list(audit_view.CSV_COLUMNS)
    assert count == len(rows) - 1 == 4
    last = entries(team)[-1]
    assert (last.action, last.detail) == ("export", "csv rows=4")


def test_only_the_coordinator_reads_or_exports_the_trail(team: Team, tmp_path: Path) -> None:
    with team.session() as s:
        for key in ("social_worker", "street_educator"):
            with pytest.raises(PermissionDenied):
                audit_view.browse(s, team.users[key], audit_view.AuditFilter())
            with pytest.raises(PermissionDenied):
                audit_view.export_csv(
                    s, team.users[key], audit_view.AuditFilter(), tmp_path / "x.csv"
                )
            with pytest.raises(PermissionDenied):
                audit_view.verify_trail(team.vault, team.users[key])
    assert not (tmp_path / "x.csv").exists()


def test_verify_from_the_screen_names_the_first_broken_entry(team: Team) -> None:
    audit.store_head(team.vault)
    result = audit_view.verify_trail(team.vault, team.coordinator)
    assert result.ok
    assert "intact" in audit_view.verification_text(result)
    with team.db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'x' WHERE seq = 3"))
    result = audit_view.verify_trail(team.vault, team.coordinator)
    assert not result.ok and result.first_broken_seq == 3
    assert "n° 3" in audit_view.verification_text(result)
