"""A laptop carrying only its users' cases (issue 12, partial replicas).

A street educator's laptop holds the educator's cases and nothing of the
others: checked on the bytes of every file of its folder (the vault, its WAL,
the sync snapshot, the bundles it sent), decrypted where they are encrypted.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.core import sync
from app.core.auth import UserSession, load_user_session
from app.core.permissions import Role
from app.core.transaction import read
from app.storage.models import Author, Case, CaseWorker, FollowUp, Person, User
from app.storage.models.sync import SyncConflict, SyncLaptop
from app.storage.vault import Vault
from app.sync import bundle as bn
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.pages import decrypted_contents
from tests.helpers.records import add_case
from tests.helpers.scan import encodings_of, files_containing, files_under
from tests.integration.test_purge import fill_every_table

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))

OTHER = "Autrecasmarqueur"  # written in every table of a case not on the laptop
FOREIGN_AUTHOR = "Auteurpasasoi"  # an author record the educator did not record
OWN_AUTHOR = "Auteurdeleduc"


def patterns(marker: str) -> list[bytes]:
    # FTS5 keeps tokens folded to lower case
    return encodings_of(marker, marker.lower(), marker.upper())


@dataclass
class Service:
    vault: Vault
    actor: UserSession
    educator: uuid.UUID
    mine: uuid.UUID  # the educator's case
    other: uuid.UUID  # a case of someone else, marked in every table
    key: bytes


def _open(folder: Path) -> tuple[Vault, UserSession]:
    vault = Vault.open(folder)
    vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
    return vault, load_user_session(vault, LOGIN)


@pytest.fixture
def service(make_vault: Any, tmp_path: Path) -> Service:
    created = make_vault(tmp_path / "coordination")
    vault = created.vault
    db = vault.require_db()
    mine = add_case(db, reference="2026-0001", first_name="Gardée", summary="Reste là")
    other = add_case(
        db, reference="2026-0002", first_name=f"{OTHER}Victime", summary=f"Entretien {OTHER}"
    )
    fill_every_table(vault, other, OTHER)
    with db.session() as s, s.begin():
        educator = User(login="edu", full_name="Éducatrice", role=Role.STREET_EDUCATOR.value)
        s.add(educator)
        s.flush()
        coordinator = s.scalar(select(User.id).where(User.login == LOGIN))
        s.add(CaseWorker(case_id=mine, user_id=educator.id))
        s.add(
            Author(case_id=mine, relation="partner", last_name=OWN_AUTHOR, recorded_by=educator.id)
        )
        s.add(
            Author(case_id=mine, relation="ex", last_name=FOREIGN_AUTHOR, recorded_by=coordinator)
        )
        educator_id = educator.id
    actor = load_user_session(vault, LOGIN)
    return Service(vault, actor, educator_id, mine, other, db.key_copy().raw())


def _enrol_partial(service: Service, target: Path) -> sync.EnrolledLaptop:
    return sync.enrol_laptop(
        service.vault,
        service.actor,
        "portable de rue 1",
        target,
        scope="assigned",
        user_ids=[service.educator],
    )


def assert_clean(folder: Path, key: bytes, *markers: str) -> None:
    """No marker in any byte of ``folder``, nor in any decrypted page or WAL frame."""
    wanted = [p for m in markers for p in patterns(m)]
    files = files_under(folder)
    assert files, folder
    assert files_containing(files, wanted) == []
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".db" and not data.startswith(b"SQLite format 3"):
            plain = decrypted_contents(path, key)
            assert b"Reste l" in plain, path  # the decryption works
            assert not [p for p in wanted if p in plain], path
        if path.suffix == bn.SUFFIX:
            _, payload = bn.open_bundle(data, _partial_key(folder, key))
            assert not [p for p in wanted if p in payload.changeset], path
            assert not [p for p in wanted if p in repr(payload.audit).encode()], path


def _partial_key(folder: Path, raw: bytes) -> bytearray:
    """The bundle key of the partial laptop in ``folder`` (read from its vault)."""
    from app.storage import sync_engine as se

    conn = se.open_connection(folder / "balise.db", _secret(raw))
    try:
        secret = json.loads(
            conn.execute("SELECT value FROM settings WHERE key = ?", (sync.OWN_SECRET,)).get
        )
    finally:
        conn.close()
    return bn.sync_key(_secret(raw), bytes.fromhex(secret))


def _secret(raw: bytes) -> Any:
    from app.security.keys import SecretKey

    return SecretKey(raw)


def test_a_partial_replica_holds_no_byte_of_another_case(service: Service, tmp_path: Path) -> None:
    target = tmp_path / "portable-rue"
    _enrol_partial(service, target)
    # the marker is really in the coordinator's vault
    with service.vault.require_db().engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert OTHER.lower().encode() in decrypted_contents(service.vault.paths.db, service.key)
    assert_clean(target, service.key, OTHER, FOREIGN_AUTHOR)
    # only the laptop's people (and the coordinator who enrolled it) open it
    from app.core.accounts import AccountInput, create_account
    from app.security.keyring import load_keyring

    create_account(
        service.vault,
        service.actor,
        AccountInput("assistante", "Assistante sociale", Role.SOCIAL_WORKER),
        kdf=TEST_KDF,
    )
    assert load_keyring(service.vault.paths.keyring).user_slot("assistante") is not None
    second = tmp_path / "portable-rue-bis"
    _enrol_partial(service, second)
    keyring = load_keyring(second / service.vault.paths.keyring.name)
    assert keyring.user_slot("assistante") is None
    assert keyring.user_slot(LOGIN) is not None and keyring.recovery_slot() is not None
    # no work copy left next to the coordinator's vault
    assert not list((service.vault.paths.root / "synchro").glob("portable-en-cours*"))

    vault, actor = _open(target)
    try:
        from app.core.audit_view import verify_trail

        # its own audit trail starts afresh (the copied one named other cases) and holds
        verification = verify_trail(vault, actor)
        assert verification.ok, verification
        with vault.require_db().session() as s:
            assert list(s.scalars(select(Case.reference))) == ["2026-0001"]
            assert s.scalar(select(func.count()).select_from(Person)) == 1
            assert s.scalar(select(func.count()).select_from(FollowUp)) == 1
            # author data follows the role matrix: the educator's own record only
            assert list(s.scalars(select(Author.last_name))) == [OWN_AUTHOR]
            # the search index holds the educator's case and nothing else
            hits = s.execute(
                text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
                {"q": OTHER.lower()},
            ).scalar()
            assert hits == 0
            assert s.execute(text("SELECT count(*) FROM search_map")).scalar() == 2
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert s.execute(text("PRAGMA foreign_key_check")).fetchall() == []
            # the team and catalogues are all there
            assert s.scalar(select(func.count()).select_from(User)) == 2
        laptop = read(
            service.vault,
            lambda tx: tx.scalar(select(SyncLaptop).where(SyncLaptop.name == "portable de rue 1")),
        )
        assert laptop.scope == "assigned" and service.educator.hex in laptop.user_ids
    finally:
        vault.close()


def test_the_scan_finds_the_marker_on_a_full_replica(service: Service, tmp_path: Path) -> None:
    # the check above has teeth: a laptop carrying every case holds the marker
    sync.enrol_laptop(service.vault, service.actor, "portable social", tmp_path / "complet")
    with pytest.raises(AssertionError):
        assert_clean(tmp_path / "complet", service.key, OTHER)


def test_a_partial_laptop_needs_someone_to_carry(service: Service, tmp_path: Path) -> None:
    from app.errors import BaliseError

    with pytest.raises(BaliseError, match="au moins une personne"):
        sync.enrol_laptop(
            service.vault, service.actor, "vide", tmp_path / "x", scope="assigned", user_ids=[]
        )


# --- synchronising with a partial laptop ---------------------------------------------------


def _followup(vault: Vault, case_id: uuid.UUID, summary: str) -> None:
    with vault.require_db().session() as s, s.begin():
        s.add(
            FollowUp(
                case_id=case_id,
                occurred_at=datetime(2026, 3, 9, 15),
                kind="phone",
                summary=summary,
                status="done",
            )
        )


def _summaries(vault: Vault) -> set[str]:
    return set(read(vault, lambda tx: list(tx.scalars(select(FollowUp.summary)))))


def _bundles_for(folder: Path, laptop_id: uuid.UUID) -> list[Path]:
    return [
        p
        for p in folder.glob(f"*{bn.SUFFIX}")
        if bn.read_header(p.read_bytes()).to == laptop_id.hex
    ]


def _assign(vault: Vault, case_id: uuid.UUID, user_id: uuid.UUID, assigned: bool) -> None:
    with vault.require_db().session() as s, s.begin():
        if assigned:
            s.add(CaseWorker(case_id=case_id, user_id=user_id))
        else:
            s.delete(s.get(CaseWorker, (case_id, user_id)))


def test_a_partial_laptop_receives_its_cases_and_nothing_else(
    service: Service, tmp_path: Path
) -> None:
    target = tmp_path / "portable-rue"
    enrolled = _enrol_partial(service, target)
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    street, street_actor = _open(target)
    try:
        # new rows of both kinds on the coordinator's laptop
        _followup(service.vault, service.mine, "Appel du coordinateur")
        _followup(service.vault, service.other, f"Nouvelle visite {OTHER}")
        with service.vault.require_db().session() as s, s.begin():
            s.add(Person(case_id=service.other, role="co_victim", first_name=f"{OTHER}Fils"))
        sent = sync.synchronise(service.vault, service.actor, folder)
        assert sent.sent_bundles == 2  # one for the laptops carrying every case, one relayed
        [relayed] = _bundles_for(folder, enrolled.laptop_id)
        got = sync.synchronise(street, street_actor, folder)
        assert got.received_bundles == 1 and got.conflicts == 0 and not got.problems
        assert "Appel du coordinateur" in _summaries(street)
        assert not [s for s in _summaries(street) if OTHER in s]
        # the educator's laptop writes; its change reaches the coordinator
        _followup(street, service.mine, "Vue dans la rue")
        assert sync.synchronise(street, street_actor, folder).sent_bundles == 1
        assert sync.synchronise(service.vault, service.actor, folder).received_bundles == 1
        assert "Vue dans la rue" in _summaries(service.vault)
        # not sent back to it: nothing new for the partial laptop
        assert _bundles_for(folder, enrolled.laptop_id) == [relayed]
        again = sync.synchronise(street, street_actor, folder)
        assert again.received_bundles == 0 and again.conflicts == 0
        street.close()
        # no byte of the other case on the laptop: vault, snapshot, bundles it sent
        assert_clean(target, service.key, OTHER, FOREIGN_AUTHOR)
        # nor in the bundle relayed to it through the shared folder
        assert_clean_bundle(relayed, _partial_key(target, service.key), OTHER, FOREIGN_AUTHOR)
    finally:
        street.close()


def assert_clean_bundle(path: Path, bundle_key: bytearray, *markers: str) -> None:
    wanted = [p for m in markers for p in patterns(m)]
    data = path.read_bytes()
    assert not [p for p in wanted if p in data]
    _, payload = bn.open_bundle(data, bundle_key)
    assert payload.changeset
    assert not [p for p in wanted if p in payload.changeset], path


def test_a_case_newly_assigned_arrives_in_full_and_leaves_when_unassigned(
    service: Service, tmp_path: Path
) -> None:
    target = tmp_path / "portable-rue"
    _enrol_partial(service, target)
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    street, street_actor = _open(target)
    try:
        _assign(service.vault, service.other, service.educator, True)
        sync.synchronise(service.vault, service.actor, folder)
        got = sync.synchronise(street, street_actor, folder)
        assert got.conflicts == 0 and not got.problems, got
        references = read(street, lambda tx: sorted(tx.scalars(select(Case.reference))))
        assert references == ["2026-0001", "2026-0002"]
        assert f"Entretien {OTHER}" in _summaries(street)
        # found by the search index built on the laptop
        with street.require_db().session() as s:
            hits = s.execute(
                text("SELECT count(*) FROM search_index WHERE search_index MATCH :q"),
                {"q": OTHER.lower() + "*"},
            ).scalar()
            assert hits >= 1
            # the author records the educator did not make stay off
            assert FOREIGN_AUTHOR not in set(s.scalars(select(Author.last_name)))

        _assign(service.vault, service.other, service.educator, False)
        sync.synchronise(service.vault, service.actor, folder)
        gone = sync.synchronise(street, street_actor, folder)
        assert gone.conflicts == 0 and not gone.problems, gone
        references = read(street, lambda tx: sorted(tx.scalars(select(Case.reference))))
        assert references == ["2026-0001"]
        # the coordinator still has it, and no change of the laptop deleted it there
        sync.synchronise(street, street_actor, folder)
        sync.synchronise(service.vault, service.actor, folder)
        assert read(service.vault, lambda tx: tx.get(Case, service.other)) is not None
        street.close()
        assert_clean(target, service.key, OTHER, FOREIGN_AUTHOR)
    finally:
        street.close()


def test_changes_made_on_another_full_laptop_reach_the_partial_one_through_its_relay(
    service: Service, tmp_path: Path
) -> None:
    from app.errors import BaliseError

    street_folder, social_folder = tmp_path / "portable-rue", tmp_path / "portable-social"
    _enrol_partial(service, street_folder)
    sync.enrol_laptop(service.vault, service.actor, "portable social", social_folder)
    folder = tmp_path / "partage"
    folder.mkdir()
    street, street_actor = _open(street_folder)
    social, social_actor = _open(social_folder)
    try:
        _followup(social, service.mine, "Vu au bureau social")
        _followup(social, service.other, f"Bureau {OTHER}")
        sync.synchronise(social, social_actor, folder)
        sync.synchronise(street, street_actor, folder)  # nothing for it yet
        assert "Vu au bureau social" not in _summaries(street)
        sync.synchronise(service.vault, service.actor, folder)  # receives, then relays
        got = sync.synchronise(street, street_actor, folder)
        assert got.received_bundles == 1 and got.conflicts == 0
        assert "Vu au bureau social" in _summaries(street)
        # the street laptop's change reaches the other full laptop directly
        _followup(street, service.mine, "Revue au parc")
        sync.synchronise(street, street_actor, folder)
        sync.synchronise(social, social_actor, folder)
        assert "Revue au parc" in _summaries(social)
        # a partial laptop enrols no other laptop (it does not hold every case)
        with pytest.raises(BaliseError, match="certains dossiers"):
            sync.enrol_laptop(street, street_actor, "encore un", tmp_path / "autre")
        street.close()
        assert_clean(street_folder, service.key, OTHER, FOREIGN_AUTHOR)
    finally:
        street.close()
        social.close()


def test_a_partial_laptop_can_open_no_other_bundle_of_the_folder(
    service: Service, tmp_path: Path
) -> None:
    from app.core.vocabulary import Role as R

    with service.vault.require_db().session() as s, s.begin():
        other_educator = User(login="edu2", full_name="Paul", role=R.STREET_EDUCATOR.value)
        s.add(other_educator)
        s.flush()
        s.add(CaseWorker(case_id=service.other, user_id=other_educator.id))
        other_id = other_educator.id
    street_folder, second_folder = tmp_path / "portable-rue", tmp_path / "portable-rue-2"
    street_id = _enrol_partial(service, street_folder).laptop_id
    second_id = sync.enrol_laptop(
        service.vault, service.actor, "portable de rue 2", second_folder,
        scope="assigned", user_ids=[other_id],
    ).laptop_id  # fmt: skip
    folder = tmp_path / "partage"
    folder.mkdir()
    street, street_actor = _open(street_folder)
    second, second_actor = _open(second_folder)
    try:
        _followup(second, service.other, f"Dans la rue {OTHER}")
        assert sync.synchronise(second, second_actor, folder).sent_bundles == 1
        [theirs] = [
            p for p in folder.glob("*.paquet") if bn.read_header(p.read_bytes()).to == bn.FULL_ONLY
        ]
        _followup(service.vault, service.other, f"Coordination {OTHER}")
        _followup(service.vault, service.mine, "Coordination")
        sync.synchronise(service.vault, service.actor, folder)  # full bundle and two relays
        assert f"Dans la rue {OTHER}" in _summaries(service.vault)
        got = sync.synchronise(street, street_actor, folder)
        assert got.received_bundles == 1 and not got.problems, got
        street.close()
        second.close()
        street_key = _partial_key(street_folder, service.key)
        opened = []
        for path in folder.glob("*.paquet"):
            header = bn.read_header(path.read_bytes())
            try:
                bn.open_bundle(path.read_bytes(), street_key)
                opened.append(header.to)
            except bn.BundleTampered:
                pass
        # the street laptop's key opens what was relayed to it, nothing else: not the
        # full laptops' bundle, not the other partial laptop's, nor what went to it
        assert opened == [street_id.hex]
        assert {bn.read_header(p.read_bytes()).to for p in folder.glob("*.paquet")} == {
            bn.EVERYONE,
            bn.FULL_ONLY,
            street_id.hex,
            second_id.hex,
        }
        with pytest.raises(bn.BundleTampered):
            bn.open_bundle(theirs.read_bytes(), street_key)
        # and its vault holds no secret of the full laptops nor of another laptop
        conn_key = _secret(service.key)
        from app.storage import sync_engine as se

        conn = se.open_connection(street_folder / "balise.db", conn_key)
        try:
            kept = {row[0] for row in conn.execute("SELECT key FROM settings")}
        finally:
            conn.close()
        assert sync.FULL_SECRET not in kept and sync.PARTIAL_SECRETS not in kept
        assert_clean(street_folder, service.key, OTHER, FOREIGN_AUTHOR)
    finally:
        street.close()
        second.close()


def test_a_full_laptop_enrolled_before_waits_for_the_partial_laptops_key(
    service: Service, tmp_path: Path
) -> None:
    social_folder, street_folder = tmp_path / "portable-social", tmp_path / "portable-rue"
    sync.enrol_laptop(service.vault, service.actor, "portable social", social_folder)
    _enrol_partial(service, street_folder)
    folder = tmp_path / "partage"
    folder.mkdir()
    street, street_actor = _open(street_folder)
    social, social_actor = _open(social_folder)
    try:
        _followup(street, service.mine, "Revue au parc")
        sync.synchronise(street, street_actor, folder)
        early = sync.synchronise(social, social_actor, folder)
        assert any("attendent la clé" in p.message for p in early.problems), early
        assert "Revue au parc" not in _summaries(social)
        # not set aside: it applies once the key has come
        sync.synchronise(service.vault, service.actor, folder)  # carries the street key
        later = sync.synchronise(social, social_actor, folder)
        assert not later.problems, later
        assert "Revue au parc" in _summaries(social)
    finally:
        street.close()
        social.close()


def test_every_table_of_the_case_file_is_found_from_the_schema(
    service: Service, tmp_path: Path
) -> None:
    from app.core import sync_scope
    from app.storage import sync_engine as se
    from app.storage.models.base import Base, CaseRecord

    target = tmp_path / "portable-rue"
    _enrol_partial(service, target)
    conn = se.open_connection(target / "balise.db", _secret(service.key))
    try:
        direct, through = sync_scope.case_tables(conn)
    finally:
        conn.close()
    case_data = set(direct) | set(through)
    records = {
        m.class_.__tablename__ for m in Base.registry.mappers if issubclass(m.class_, CaseRecord)
    }
    assert records <= case_data
    assert {
        "cases", "case_workers", "followups", "risk_answers", "complaint_status_changes",
        "case_step_changes", "departure_plan_items", "housing_stay_people",
        "activity_case_links", "issued_documents", "sync_conflicts",
    } <= case_data  # fmt: skip
    # the team, catalogues, partners, activities and laptops are carried whole
    assert not case_data & {
        "users", "communes", "partners", "partner_contacts", "housing_units", "activities",
        "activity_occurrences", "activity_attendance", "letter_templates", "sync_laptops",
        "funder_objectives",
    }  # fmt: skip


def test_an_intake_typed_on_the_partial_laptop_reaches_the_coordinator_and_stays(
    service: Service, tmp_path: Path
) -> None:
    from tests.integration.case_file_support import CaseFile, new_case
    from tests.integration.test_sync import _Created

    target = tmp_path / "portable-rue"
    _enrol_partial(service, target)
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    street, street_actor = _open(target)
    try:
        on_street = CaseFile(_Created(street), street_actor)
        kept = new_case(on_street, pseudonym="Mésange", worker_ids=[service.educator])
        # typed there by someone whose cases the laptop does not carry: it goes to
        # the coordinator, then leaves the street laptop
        other = new_case(on_street, pseudonym="Rougegorge")
        assert sync.synchronise(street, street_actor, folder).sent_bundles == 1
        got = sync.synchronise(service.vault, service.actor, folder)
        assert got.received_bundles == 1 and got.conflicts == 0 and not got.problems, got
        assert read(service.vault, lambda tx: tx.get(Case, kept.id)) is not None
        assert read(service.vault, lambda tx: tx.get(Case, other.id)) is not None
        back = sync.synchronise(street, street_actor, folder)
        assert back.conflicts == 0 and not back.problems, back
        on_laptop = set(read(street, lambda tx: list(tx.scalars(select(Case.id)))))
        assert on_laptop == {service.mine, kept.id}
        # and the coordinator keeps it: the removal there is not sent as a deletion
        sync.synchronise(street, street_actor, folder)
        sync.synchronise(service.vault, service.actor, folder)
        assert read(service.vault, lambda tx: tx.get(Case, other.id)) is not None
    finally:
        street.close()


def test_a_relayed_bundle_carrying_another_case_leaves_none_of_it(
    service: Service, tmp_path: Path
) -> None:
    # the net under the relay: a bundle for the partial laptop that (wrongly) holds
    # every case still leaves only the laptop's cases once applied
    target = tmp_path / "portable-rue"
    street_id = _enrol_partial(service, target).laptop_id
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    _followup(service.vault, service.other, f"Encore {OTHER}")
    sync.synchronise(service.vault, service.actor, folder)
    [everyone] = [
        p for p in folder.glob("*.paquet") if bn.read_header(p.read_bytes()).to == bn.EVERYONE
    ]
    full_secret = json.loads(
        read(service.vault, lambda tx: tx.get(sync.Setting, sync.FULL_SECRET).value)
    )
    db_key = _secret(service.key)
    header, payload = bn.open_bundle(
        everyone.read_bytes(), bn.sync_key(db_key, bytes.fromhex(full_secret))
    )
    assert OTHER.encode() in payload.changeset
    street_key = _partial_key(target, service.key)
    wrong = bn.BundleHeader(
        service=header.service, laptop=header.laptop, seq=1, schema=header.schema,
        to=street_id.hex, written_at=header.written_at,
    )  # fmt: skip
    for path in folder.glob(f"*{street_id.hex[:8]}*"):
        path.unlink()  # the real relay of number 1 is replaced by the wrong one
    (folder / bn.file_name(wrong)).write_bytes(bn.seal(wrong, payload, street_key))
    street, street_actor = _open(target)
    try:
        got = sync.synchronise(street, street_actor, folder)
        assert got.received_bundles == 1, got
        assert read(street, lambda tx: sorted(tx.scalars(select(Case.reference)))) == ["2026-0001"]
        assert not [s for s in _summaries(street) if OTHER in s]
        # nor the clashes its rows met here (they would keep their values)
        assert read(street, lambda tx: list(tx.scalars(select(SyncConflict)))) == []
        street.close()
        assert_clean(target, service.key, OTHER, FOREIGN_AUTHOR)
    finally:
        street.close()


def _edit_followup(vault: Vault, before: str, after: str) -> None:
    with vault.require_db().session() as s, s.begin():
        followup = s.scalar(select(FollowUp).where(FollowUp.summary == before))
        followup.summary = after


def test_a_partial_laptops_change_waits_for_what_its_relay_had_received(
    service: Service, tmp_path: Path
) -> None:
    """A follow-up written on the social laptop reaches the street laptop through
    its relay and is edited there; a third laptop that has not yet received the
    social laptop's bundle must not apply the edit first (it would find nothing
    to edit and raise a false clash): the street laptop's bundles name what its
    relay had applied."""
    street_folder, social_folder = tmp_path / "portable-rue", tmp_path / "portable-social"
    third_folder = tmp_path / "portable-permanence"
    _enrol_partial(service, street_folder)
    sync.enrol_laptop(service.vault, service.actor, "portable social", social_folder)
    sync.enrol_laptop(service.vault, service.actor, "portable de permanence", third_folder)
    folder, aside = tmp_path / "partage", tmp_path / "de-cote"
    folder.mkdir()
    aside.mkdir()
    street, street_actor = _open(street_folder)
    social, social_actor = _open(social_folder)
    third, third_actor = _open(third_folder)
    try:
        _followup(social, service.mine, "Vu au bureau social")
        before = set(folder.iterdir())
        sync.synchronise(social, social_actor, folder)
        from_social = set(folder.iterdir()) - before
        assert from_social
        sync.synchronise(service.vault, service.actor, folder)  # applies it, relays it
        sync.synchronise(street, street_actor, folder)
        _edit_followup(street, "Vu au bureau social", "Vu au bureau social, rappel prévu")
        sync.synchronise(street, street_actor, folder)

        for path in from_social:  # the social laptop's bundle is not there yet
            path.rename(aside / path.name)
        report = sync.synchronise(third, third_actor, folder)
        assert report.conflicts == 0
        assert any("attendent le paquet" in p.message for p in report.problems)
        assert not {"Vu au bureau social", "Vu au bureau social, rappel prévu"} & _summaries(third)

        for path in from_social:
            (aside / path.name).rename(path)
        report = sync.synchronise(third, third_actor, folder)
        assert report.conflicts == 0 and report.problems == []
        assert "Vu au bureau social, rappel prévu" in _summaries(third)
        assert "Vu au bureau social" not in _summaries(third)
        conflicts = read(
            third,
            lambda tx: [
                (c.kind, c.table_name, c.column_name, c.first_value, c.second_value)
                for c in tx.scalars(
                    select(SyncConflict).where(SyncConflict.table_name == "followups")
                )
            ],
        )
        assert conflicts == []  # (the fixture wrote a clash of its own on a person)
    finally:
        street.close()
        social.close()
        third.close()
