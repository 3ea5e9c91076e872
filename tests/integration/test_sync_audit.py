"""Each laptop keeps its own audit chain; bundles carry its entries; the
verification checks this laptop's chain and every other laptop's chain held
here, naming the laptop where one breaks (issue 12)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from app.core import audit_view, sync
from app.core.auth import load_user_session
from app.core.transaction import read
from app.security.kdf import PRODUCTION
from app.storage.vault import Vault
from tests.helpers.records import add_case
from tests.integration.case_file_support import new_case
from tests.integration.test_backup_cli import LOGIN, cli_vault  # noqa: F401  (fixture)
from tests.integration.test_cli import PASSPHRASE, balise
from tests.integration.test_sync import case_file_of_laptop, team  # noqa: F401  (fixture)

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


def _exchange(team: Any) -> None:  # noqa: F811
    a, b, c, folder = team
    for laptop in (b, c, b, c):
        new_case(case_file_of_laptop(laptop))
        new_case(case_file_of_laptop(laptop))
        laptop.sync(folder)
    a.sync(folder)


def _verify(laptop: Any) -> Any:
    return audit_view.verify_trail(laptop.vault, laptop.actor)


def _tamper(laptop: Any, statement: str) -> None:
    with laptop.vault.require_db().engine.begin() as conn:
        conn.execute(text(statement))


def _peer_seqs(laptop: Any, name: str) -> list[int]:
    return read(
        laptop.vault,
        lambda tx: list(
            tx.execute(
                text(
                    "SELECT p.seq FROM sync_peer_audit p JOIN sync_laptops l ON l.id = p.laptop_id "
                    "WHERE l.name = :name ORDER BY p.seq"
                ),
                {"name": name},
            ).scalars()
        ),
    )


def test_every_laptops_chain_is_checked_and_named(team: Any) -> None:  # noqa: F811
    _exchange(team)
    a = team[0]
    result = _verify(a)
    assert result.intact
    by_name = {peer.name: peer for peer in result.peers}
    assert set(by_name) == {"portable de rue 2", "portable social"}
    b_seqs = _peer_seqs(a, "portable de rue 2")
    assert by_name["portable de rue 2"].entries == len(b_seqs) > 0
    lines = audit_view.verification_text(result).splitlines()
    assert lines[0].startswith("Le journal d'audit est intact")
    assert f"portable de rue 2 : {len(b_seqs)} entrées, chaîne intacte." in lines


def test_an_edited_entry_of_another_laptop_is_found_and_named(team: Any) -> None:  # noqa: F811
    _exchange(team)
    a = team[0]
    seq = _peer_seqs(a, "portable de rue 2")[1]
    _tamper(
        a,
        'UPDATE sync_peer_audit SET entry = replace(entry, \'"action": "\', \'"action": "x\') '
        f"WHERE seq = {seq} AND laptop_id = (SELECT id FROM sync_laptops "
        "WHERE name = 'portable de rue 2')",
    )
    result = _verify(a)
    assert result.ok and not result.intact  # this laptop's own chain is whole
    [broken] = [peer for peer in result.peers if not peer.ok]
    assert (broken.name, broken.first_broken_seq, broken.problem) == (
        "portable de rue 2",
        seq,
        "hash",
    )
    shown = audit_view.verification_text(result)
    assert (
        f"portable de rue 2 : chaîne rompue à l'entrée n° {seq} : son contenu a été modifié."
        in shown
    )
    assert "portable social : " in shown and "chaîne intacte" in shown


def test_a_deleted_entry_of_another_laptop_breaks_its_chain(team: Any) -> None:  # noqa: F811
    _exchange(team)
    a = team[0]
    seqs = _peer_seqs(a, "portable social")
    _tamper(
        a,
        f"DELETE FROM sync_peer_audit WHERE seq = {seqs[1]} AND laptop_id = "
        "(SELECT id FROM sync_laptops WHERE name = 'portable social')",
    )
    [broken] = [peer for peer in _verify(a).peers if not peer.ok]
    assert (broken.name, broken.first_broken_seq, broken.problem) == (
        "portable social",
        seqs[2],
        "sequence",
    )


def test_a_forged_first_entry_does_not_link_to_the_chain_it_came_from(team: Any) -> None:  # noqa: F811
    _exchange(team)
    a = team[0]
    first = _peer_seqs(a, "portable de rue 2")[0]
    _tamper(
        a,
        f"DELETE FROM sync_peer_audit WHERE seq < {first + 1} AND laptop_id = "
        "(SELECT id FROM sync_laptops WHERE name = 'portable de rue 2')",
    )
    # the chain now starts one entry later, linking to the entry deleted: the entry
    # of that number held here (this laptop's own) is another one
    [broken] = [peer for peer in _verify(a).peers if not peer.ok]
    assert broken.name == "portable de rue 2" and broken.problem == "link"


# --- the command line -----------------------------------------------------------------


def _cli(env: dict[str, str], *words: str) -> Any:
    return balise(env, *words, "--user", LOGIN, lines=(PASSPHRASE,))


def test_balise_audit_verify_checks_each_laptops_chain(cli_vault, tmp_path: Path) -> None:  # noqa: F811
    env, a = cli_vault
    b = tmp_path / "portable-b"
    with Vault.open(a) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION)
        add_case(db, reference="2026-0001")
        sync.enrol_laptop(vault, load_user_session(vault, LOGIN), "portable de rue 2", b)
    stick = tmp_path / "cle"
    stick.mkdir()
    for vault in (b, a):
        done = _cli(env, "sync", "--vault", str(vault), "--folder", str(stick))
        assert done.code == 0, done
    verified = _cli(env, "audit", "verify", "--vault", str(a))
    assert verified.code == 0, verified
    assert "Le journal d'audit est intact" in verified.out
    assert "portable de rue 2 : " in verified.out and "chaîne intacte" in verified.out

    with Vault.open(a) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION)
        with db.engine.begin() as conn:
            seq = conn.execute(text("SELECT max(seq) FROM sync_peer_audit")).scalar()
            conn.execute(
                text("UPDATE sync_peer_audit SET entry = replace(entry, '\"action\": \"', "
                     "'\"action\": \"x') WHERE seq = :seq"),
                {"seq": seq},
            )  # fmt: skip
    broken = _cli(env, "audit", "verify", "--vault", str(a))
    assert broken.code == 1, broken
    assert f"portable de rue 2 : chaîne rompue à l'entrée n° {seq}" in broken.err
    assert "Le journal d'audit est intact" in broken.err  # this laptop's own chain is whole
