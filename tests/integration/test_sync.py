"""Three laptops of one service synchronising through a folder (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app import clock
from app.core import sync
from app.core.auth import UserSession, load_user_session
from app.core.transaction import read, write
from app.storage.models import Case
from app.storage.models.sync import SyncConflict
from app.storage.vault import Vault
from app.sync import bundle as bn
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.integration.case_file_support import case_file_of, new_case

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


@dataclass
class Laptop:
    vault: Vault
    actor: UserSession

    def sync(self, folder: Path) -> sync.SyncReport:
        return sync.synchronise(self.vault, self.actor, folder)

    def situation(self, reference_prefix: str = "2026-0001") -> str | None:
        return read(
            self.vault,
            lambda tx: tx.scalar(
                select(Case.situation).where(Case.reference.startswith(reference_prefix))
            ),
        )

    def set_situation(self, text: str) -> None:
        def change(tx: Any) -> None:
            case = tx.scalar(select(Case).where(Case.reference == "2026-0001"))
            case.situation = text

        write(self.vault, change)

    def references(self) -> list[str]:
        return sorted(read(self.vault, lambda tx: list(tx.scalars(select(Case.reference)))))


def _open(folder: Path) -> Laptop:
    vault = Vault.open(folder)
    vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
    return Laptop(vault, load_user_session(vault, LOGIN))


@pytest.fixture
def team(make_vault: Any, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Laptop, Path]]:
    created = make_vault(tmp_path / "a")
    cf = case_file_of(created)
    new_case(cf)
    a = Laptop(created.vault, cf.actor)
    sync.enrol_laptop(a.vault, a.actor, "portable de rue 2", tmp_path / "b")
    sync.enrol_laptop(a.vault, a.actor, "portable social", tmp_path / "c")
    b, c = _open(tmp_path / "b"), _open(tmp_path / "c")
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    yield a, b, c, folder
    b.vault.close()
    c.vault.close()


def test_a_case_typed_on_one_laptop_reaches_the_others(team: Any) -> None:
    a, b, c, folder = team
    new_case(case_file_of_laptop(b))
    new_case(case_file_of_laptop(a))
    assert b.references() == ["2026-0001", "2026-0002-B"]
    for laptop in (a, b, c, a, b, c):
        laptop.sync(folder)
    expected = ["2026-0001", "2026-0002", "2026-0002-B"]
    assert a.references() == b.references() == c.references() == expected


def case_file_of_laptop(laptop: Laptop) -> Any:
    from tests.integration.case_file_support import CaseFile

    return CaseFile(_Created(laptop.vault), laptop.actor)


@dataclass
class _Created:
    vault: Vault


def test_the_same_field_on_two_laptops_waits_for_review(team: Any) -> None:
    a, b, c, folder = team
    a.set_situation("vue par A")
    b.set_situation("vue par B")
    a.sync(folder)
    report = b.sync(folder)
    assert report.conflicts == 1
    assert b.situation() == "vue par B"  # nothing overwritten
    a.sync(folder)
    assert a.situation() == "vue par A"
    for laptop in (a, b):
        [conflict] = read(laptop.vault, lambda tx: list(tx.scalars(select(SyncConflict))))
        assert conflict.column_name == "situation"
        assert {conflict.first_value, conflict.second_value} == {'"vue par A"', '"vue par B"'}
        assert conflict.case_id is not None and conflict.resolved_at is None
    c.sync(folder)
    assert c.situation() in ("vue par A", "vue par B")
    assert len(read(c.vault, lambda tx: list(tx.scalars(select(SyncConflict))))) == 1


def test_a_bundle_applied_twice_changes_nothing(team: Any) -> None:
    a, b, _c, folder = team
    b.set_situation("vue par B")
    assert b.sync(folder).sent_bundles == 1
    assert a.sync(folder).received_bundles == 1
    # the bundle is still in the folder; and a copy of it under another name
    for path in folder.glob("*.paquet"):
        (folder / f"copie-{path.name}").write_bytes(path.read_bytes())
    report = a.sync(folder)
    assert report.received_bundles == 0 and report.conflicts == 0
    assert a.situation() == "vue par B"


def test_a_missing_bundle_is_named_and_the_next_ones_wait(team: Any) -> None:
    a, b, _c, folder = team
    b.set_situation("un")
    b.sync(folder)
    first = sorted(folder.glob("*.paquet"))
    b.set_situation("deux")
    b.sync(folder)
    first[0].unlink()
    report = a.sync(folder)
    assert report.received_bundles == 0
    assert any("n° 1" in p.message and "portable de rue 2" in p.message for p in report.problems)
    assert a.situation() is None
    b.sync(folder)  # writes the missing bundle again
    assert a.sync(folder).received_bundles >= 2
    assert a.situation() == "deux"


def test_a_tampered_bundle_is_set_aside_and_the_others_still_apply(team: Any) -> None:
    a, b, c, folder = team
    b.set_situation("vue par B")
    b.sync(folder)
    [path] = folder.glob("*.paquet")
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01
    path.write_bytes(bytes(data))
    new_case(case_file_of_laptop(c))
    c.sync(folder)
    report = a.sync(folder)
    assert report.received_bundles == 1  # C's
    assert any("modifié ou abîmé" in p.message for p in report.problems)
    assert "2026-0002-C" in a.references()
    assert a.situation() is None
    b.sync(folder)  # B puts its own bundle back
    assert a.sync(folder).received_bundles >= 1
    assert a.situation() == "vue par B"


def test_a_bundle_of_another_service_is_refused(team: Any, make_vault: Any, tmp_path: Path) -> None:
    a, _b, _c, folder = team
    other = make_vault(tmp_path / "autre")
    other_actor = case_file_of(other).actor
    sync.synchronise(other.vault, other_actor, folder)
    new_case(case_file_of(other))
    sync.synchronise(other.vault, other_actor, folder)
    report = a.sync(folder)
    assert report.received_bundles == 0
    assert any("autre service" in p.message for p in report.problems)


def test_a_bundle_of_another_schema_revision_asks_for_an_update(team: Any) -> None:
    a, b, _c, folder = team
    db_key = b.vault.require_db().key_copy()
    key = bn.sync_key(db_key)
    header = bn.BundleHeader(
        service=b.vault.keyring.vault_id,
        laptop=read(b.vault, lambda tx: sync.ensure_registered(tx).laptop_id.hex),
        seq=1,
        schema="9999",
        to=bn.EVERYONE,
        written_at="2026-03-10T10:00:00",
    )
    (folder / bn.file_name(header)).write_bytes(bn.seal(header, bn.BundlePayload(b"", []), key))
    report = a.sync(folder)
    assert report.received_bundles == 0
    assert any("mettez Balise à jour" in p.message for p in report.problems)


def test_a_revoked_laptop_is_refused(team: Any) -> None:
    a, b, _c, folder = team
    b_id = read(b.vault, lambda tx: sync.ensure_registered(tx).laptop_id)
    write(a.vault, lambda tx: sync.revoke_laptop(tx, a.actor, b_id))
    with clock.frozen(datetime(2026, 3, 10, 11, 0)):
        b.set_situation("écrit après le retrait")
        b.sync(folder)
        report = a.sync(folder)
    assert report.received_bundles == 0
    assert any("retrait" in p.message for p in report.problems)
    assert a.situation() is None


def test_a_bundle_written_in_the_second_of_the_revocation_is_refused(team: Any) -> None:
    """The bundle's time is kept to the second, the revocation's to the microsecond."""
    a, b, _c, folder = team
    b_id = read(b.vault, lambda tx: sync.ensure_registered(tx).laptop_id)
    with clock.frozen(datetime(2026, 3, 10, 10, 0, 0, 400000)):
        write(a.vault, lambda tx: sync.revoke_laptop(tx, a.actor, b_id))
    with clock.frozen(datetime(2026, 3, 10, 10, 0, 0, 900000)):
        b.set_situation("écrit dans la même seconde")
        b.sync(folder)
        report = a.sync(folder)
    assert report.received_bundles == 0
    assert any("retrait" in p.message for p in report.problems)
    assert a.situation() is None
