"""SECURITY.md #17 and GDPR art. 5/17: retention lists the right cases; a purge
deletes the case and everything attached, and after it the marker is in no
byte of any file of the vault folder — decrypted pages and WAL frames
included; removing or correcting a name leaves nothing in the search index;
a restore applies again the erasures made after its backup."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app import clock
from app.core import auth, transaction
from app.core.backups import take_backup
from app.core.erasure_register import ErasureKind, ErasureRule, read_register
from app.core.people import PersonInput, remove_person, update_person
from app.core.permissions import PermissionDenied
from app.core.purge import erase_person_now, purge_cases
from app.core.restore import restore_with_session
from app.core.retention import add_years, cases_due_for_purge
from app.core.settings import load_settings, save_settings
from app.core.setup import CreatedVault
from app.core.vocabulary import PersonRole
from app.storage.models import (
    Activity,
    ActivityCaseLink,
    ActivityOccurrence,
    AdminStepType,
    Author,
    Base,
    Case,
    CaseEvent,
    CaseStep,
    CaseViolence,
    CaseWorker,
    Complaint,
    ComplaintStatusChange,
    Consent,
    DeparturePlan,
    DeparturePlanItem,
    Draft,
    FamilyCourtMeasure,
    FollowUp,
    HousingRequest,
    HousingStay,
    HousingUnit,
    IssuedDocument,
    Person,
    ResidenceBan,
    ResidencePermitFile,
    RiskScreening,
    User,
    ViolenceType,
)
from app.storage.models.sync import SyncConflict
from tests.conftest import LOGIN
from tests.helpers.pages import decrypted_contents, decrypted_pages
from tests.helpers.records import add_case
from tests.helpers.scan import encodings_of, files_containing, files_under

MARKER = "Purgemarqueur"


def patterns(marker: str) -> list[bytes]:
    # FTS5 keeps tokens folded to lower case
    return encodings_of(marker, marker.lower(), marker.upper())


def _user(created: CreatedVault) -> auth.UserSession:
    return auth.load_user_session(created.vault, LOGIN)


def _close(vault, case_id: uuid.UUID, on: date) -> None:
    with vault.require_db().session() as s, s.begin():
        case = s.get(Case, case_id)
        case.status, case.closed_on, case.closure_reason = "closed", on, "fin"


def fill_every_table(vault, case_id: uuid.UUID, marker: str) -> None:
    """One row with the marker in each table attached to the case."""
    db = vault.require_db()
    with db.session() as s, s.begin():
        user_id = s.scalar(select(User.id))
        step = s.scalar(select(AdminStepType.code))
        s.add(Person(case_id=case_id, role="co_victim", first_name=f"{marker}Enfant"))
        s.add(
            Author(
                case_id=case_id,
                relation="partner",
                last_name=f"{marker}Auteur",
                notes=f"{marker} menaces",
            )
        )
        s.add(
            FollowUp(
                case_id=case_id,
                occurred_at=datetime(2026, 3, 3),
                kind="phone",
                summary=f"Appel : {marker} est en sécurité",
                status="done",
            )
        )
        consent = Consent(
            case_id=case_id,
            kind="share",
            given_on=date(2026, 3, 2),
            form="oral",
            purpose_detail=f"{marker} accord",
        )
        s.add(consent)
        s.flush()
        s.add(
            IssuedDocument(
                case_id=case_id,
                kind="attestation",
                consent_id=consent.id,
                addressee=f"{marker} CPAS",
                pdf=f"%PDF {marker} %%EOF".encode(),
                fields_included="[]",
            )
        )
        s.add(
            Draft(
                user_id=user_id,
                form_key=f"followup:{case_id.hex}",
                case_id=case_id,
                title="Suivi",
                payload=f'{{"summary": "{marker} brouillon"}}',
            )
        )
        complaint = Complaint(case_id=case_id, filed_on=date(2026, 3, 4), notes=f"{marker} PV")
        s.add(complaint)
        s.flush()
        s.add(
            ComplaintStatusChange(
                complaint_id=complaint.id,
                status="filed",
                changed_on=date(2026, 3, 4),
                note=f"{marker} statut",
            )
        )
        s.add(
            RiskScreening(
                case_id=case_id,
                screened_at=datetime(2026, 3, 3),
                score=3,
                computed_level="low",
                final_level="low",
                notes=f"{marker} risque",
            )
        )
        plan = DeparturePlan(case_id=case_id, trusted_person=f"{marker} sœur")
        s.add(plan)
        s.flush()
        s.add(DeparturePlanItem(plan_id=plan.id, item_code="id_card", note=f"{marker} sac"))
        s.add(CaseStep(case_id=case_id, step_code=step, notes=f"{marker} étape"))
        s.add(
            ResidenceBan(
                case_id=case_id,
                ordered_on=date(2026, 3, 4),
                end_on=date(2026, 3, 14),
                notes=f"{marker} interdiction",
            )
        )
        s.add(
            FamilyCourtMeasure(
                case_id=case_id, petition_on=date(2026, 3, 5), notes=f"{marker} tribunal"
            )
        )
        s.add(ResidencePermitFile(case_id=case_id, article="art_11_2", notes=f"{marker} séjour"))
        s.add(CaseEvent(case_id=case_id, kind="opened", reason=f"{marker} ouverture"))
        s.add(CaseViolence(case_id=case_id, violence_code=s.scalar(select(ViolenceType.code))))
        s.add(CaseWorker(case_id=case_id, user_id=user_id))
        unit = HousingUnit(name="Appartement", available_from=date(2026, 1, 1))
        s.add(unit)
        s.flush()
        stay = HousingStay(
            case_id=case_id, unit_id=unit.id, entry_on=date(2026, 3, 6), notes=f"{marker} séjour"
        )
        s.add(stay)
        s.add(HousingRequest(case_id=case_id, asked_on=date(2026, 3, 5), notes=f"{marker} attente"))
        activity = Activity(kind="support_group", title="Groupe", starts_on=date(2026, 3, 1))
        s.add(activity)
        s.flush()
        occurrence = ActivityOccurrence(activity_id=activity.id, held_on=date(2026, 3, 4))
        s.add(occurrence)
        s.flush()
        s.add(ActivityCaseLink(occurrence_id=occurrence.id, case_id=case_id))
        # a clash met by sync keeps both laptops' values, here a name, until resolved
        s.add(
            SyncConflict(
                id=uuid.uuid4(),
                kind="same_field",
                table_name="people",
                row_key="[]",
                column_name="first_name",
                case_id=case_id,
                first_laptop_id=uuid.uuid4(),
                first_value=f'"{marker}Autre"',
                second_laptop_id=uuid.uuid4(),
                second_value='"x"',
            )
        )


def _case_rows(vault, case_id: uuid.UUID) -> dict[str, int]:
    with vault.require_db().session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t).where(t.c.case_id == case_id))
            for t in Base.metadata.sorted_tables
            if "case_id" in t.c and t.name != "audit_log"
        }


# --- retention -------------------------------------------------------------------------


@pytest.mark.clock(datetime(2031, 6, 15, 10))
def test_retention_lists_closed_cases_past_their_date_only(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    db = vault.require_db()
    ids = {name: add_case(db, reference=name) for name in ("A", "B", "C", "D", "E")}
    _close(vault, ids["A"], date(2026, 6, 14))  # 5 years + 1 day ago: due
    _close(vault, ids["B"], date(2026, 6, 15))  # exactly 5 years: due today
    _close(vault, ids["C"], date(2026, 6, 16))  # due tomorrow
    # D stays open however old; E is paused
    with db.session() as s, s.begin():
        s.get(Case, ids["D"]).opened_on = date(2001, 1, 1)
        s.get(Case, ids["E"]).status = "paused"
    user = _user(created)
    due = transaction.read(vault, lambda tx: cases_due_for_purge(tx, user))
    assert [(c.reference, c.due_on) for c in due] == [
        ("A", date(2031, 6, 14)),
        ("B", date(2031, 6, 15)),
    ]

    def longer(tx) -> None:
        settings = load_settings(tx)
        settings.retention_years_after_closure = 10
        save_settings(tx, user, settings)

    transaction.write(vault, longer)
    assert transaction.read(vault, lambda tx: cases_due_for_purge(tx, user)) == []


def test_add_years_keeps_29_february_sensible() -> None:
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_retention_and_purge_are_for_the_coordinator_only(make_vault) -> None:
    created = make_vault()
    user = _user(created)
    educator = auth.UserSession(user.user_id, "e.x", "E", "street_educator", "", False)
    with pytest.raises(PermissionDenied):
        transaction.read(created.vault, lambda tx: cases_due_for_purge(tx, educator))
    with pytest.raises(PermissionDenied):
        purge_cases(created.vault, educator, [], ErasureRule.REQUEST)


# --- purge ------------------------------------------------------------------------------


def test_purge_leaves_the_marker_in_no_byte_of_the_vault_folder(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    db = vault.require_db()
    key = db.key_copy().raw()
    keep = add_case(db, reference="2026-0001", first_name="Gardée", summary="Reste là")
    gone = add_case(
        db,
        reference="2026-0002",
        first_name=f"{MARKER}Victime",
        summary=f"Premier entretien : {MARKER} raconte",
    )
    fill_every_table(vault, gone, MARKER)
    # the marker is really stored, in clear once decrypted, and in the search index
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert MARKER.lower().encode() in decrypted_contents(vault.paths.db, key)
    assert all(n >= 1 for n in _case_rows(vault, gone).values()), _case_rows(vault, gone)

    outcome = purge_cases(vault, _user(created), [gone], ErasureRule.RETENTION)

    assert [e.case_reference for e in outcome.erasures] == ["2026-0002"]
    assert outcome.backup_error is None
    assert set(_case_rows(vault, gone).values()) == {0}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ComplaintStatusChange)) == 0
        assert s.scalar(select(func.count()).select_from(DeparturePlanItem)) == 0
        assert s.get(Case, keep) is not None
        hits = s.execute(
            text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
            {"q": MARKER.lower()},
        ).scalar()
        assert hits == 0
    # every byte of every file of the folder (backups, register, keyring, WAL…)
    assert files_containing(files_under(vault.paths.root), patterns(MARKER)) == []
    # and every decrypted page of the database and frame of its WAL
    plain = decrypted_contents(vault.paths.db, key)
    assert b"Reste l" in plain  # the decryption works: the kept case is readable
    assert not [p for p in patterns(MARKER) if p in plain]
    # the backup taken after the purge is clean too, decrypted
    after = [b for b in (vault.paths.backups).iterdir() if "apres-effacement" in b.name]
    assert len(after) == 1
    backup_plain = b"".join(decrypted_pages(after[0] / "balise.db", key))
    assert b"Reste l" in backup_plain
    assert not [p for p in patterns(MARKER) if p in backup_plain]
    # the register names the reference, never a name
    register = read_register(vault.paths.root)
    assert [(e.kind, e.case_reference, e.rule) for e in register] == [
        (ErasureKind.CASE, "2026-0002", ErasureRule.RETENTION)
    ]


def test_erasing_a_co_victim_removes_her_and_her_search_rows(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    db = vault.require_db()
    key = db.key_copy().raw()
    case_id = add_case(db)
    with db.session() as s, s.begin():
        child = Person(case_id=case_id, role="co_victim", first_name=f"{MARKER}Fille")
        s.add(child)
        s.flush()
        child_id = child.id
    outcome = erase_person_now(vault, _user(created), child_id, ErasureRule.REQUEST)
    assert outcome.erasures[0].kind == ErasureKind.PERSON
    with db.session() as s:
        assert s.get(Person, child_id) is None
        assert s.get(Case, case_id) is not None
    plain = decrypted_contents(vault.paths.db, key)
    assert not [p for p in patterns(MARKER) if p in plain]


def test_erasing_the_primary_victim_erases_the_case(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    case_id = add_case(vault.require_db())
    with vault.require_db().session() as s:
        victim = s.scalar(select(Person.id).where(Person.role == PersonRole.VICTIM.value))
    outcome = erase_person_now(vault, _user(created), victim, ErasureRule.REQUEST, backup=False)
    assert outcome.erasures[0].kind == ErasureKind.CASE
    with vault.require_db().session() as s:
        assert s.get(Case, case_id) is None


@pytest.mark.parametrize("change", ["remove", "update"])
def test_removing_or_correcting_a_name_leaves_no_old_text_in_the_index(
    make_vault, change: str
) -> None:
    created = make_vault()
    vault = created.vault
    db = vault.require_db()
    key = db.key_copy().raw()
    user = _user(created)
    case_id = add_case(db)
    with db.session() as s, s.begin():
        person = Person(case_id=case_id, role="co_victim", first_name=f"{MARKER}Ancien")
        s.add(person)
        s.flush()
        person_id = person.id

    def act(tx) -> None:
        if change == "remove":
            remove_person(tx, user, person_id)
        else:
            update_person(tx, user, person_id, PersonInput(first_name="Nouveau"))

    transaction.write(vault, act)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    plain = decrypted_contents(vault.paths.db, key)
    assert not [p for p in patterns(MARKER) if p in plain]


# --- restore re-applies erasures -----------------------------------------------------------


def test_a_restore_applies_again_the_purges_made_after_its_backup(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    db = vault.require_db()
    user = _user(created)
    first = add_case(db, reference="2026-0001", first_name=f"{MARKER}Un")
    second = add_case(db, reference="2026-0002", first_name="Deux")
    with clock.frozen(datetime(2026, 3, 1, 18)):
        old = take_backup(vault, user).local
    with clock.frozen(datetime(2026, 3, 5, 10)):
        purge_cases(vault, user, [first], ErasureRule.REQUEST)
    assert read_register(vault.paths.root)

    with clock.frozen(datetime(2026, 3, 6, 10)):
        outcome = restore_with_session(vault, user, old.path)

    assert outcome.reapplied == 1
    assert outcome.set_aside.is_dir() and (outcome.set_aside / "balise.db").is_file()
    with vault.require_db().session() as s:
        assert s.get(Case, first) is None  # not resurrected
        assert s.get(Case, second) is not None
    from app.storage.models import AuditEntry

    with vault.require_db().session() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions[-2:] == ["purge", "restore"]
    # the restored file holds the marker on no page after the re-applied purge
    key = vault.require_db().key_copy().raw()
    plain = decrypted_contents(vault.paths.db, key)
    assert not [p for p in patterns(MARKER) if p in plain]


def test_purging_records_the_register_on_the_external_folder_too(make_vault, tmp_path: Path):
    created = make_vault()
    vault = created.vault
    user = _user(created)
    stick = tmp_path / "cle"
    stick.mkdir()

    def choose(tx) -> None:
        settings = load_settings(tx)
        settings.backup_external_folder = str(stick)
        save_settings(tx, user, settings)

    transaction.write(vault, choose)
    case_id = add_case(vault.require_db())
    outcome = purge_cases(vault, user, [case_id], ErasureRule.REQUEST)
    assert outcome.backup_error is None
    from app.core.backups import external_folder

    folder = external_folder(stick, vault.keyring.vault_id)
    assert [e.case_id for e in read_register(folder)] == [case_id.hex]
