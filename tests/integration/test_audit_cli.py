"""``balise audit verify`` detects edited, deleted, reordered and cut-off entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.core import auth
from app.core.setup import CoordinatorInfo, ServiceInfo, create_service_vault
from app.security.kdf import MINIMUM, KdfPolicy
from app.storage.vault import Vault
from tests.integration.test_cli import balise, make_env

PASSPHRASE = "journal d'audit à vérifier"
LOGIN = "c.audit"
# The CLI never accepts weak parameters: the vault uses the minimum ones.
MINIMUM_KDF = KdfPolicy(params=MINIMUM)


@pytest.fixture
def audited(tmp_path: Path) -> tuple[dict[str, str], Path]:
    folder = tmp_path / "coffre"
    created = create_service_vault(
        folder,
        ServiceInfo(name="Service audité", commune_code="62009"),
        CoordinatorInfo(full_name="Claire Audit", login=LOGIN),
        PASSPHRASE,
        kdf=MINIMUM_KDF,
    )
    created.vault.close()
    for _ in range(3):  # unlock / lock cycles leave entries and move the head
        with Vault.open(folder) as vault:
            user = auth.unlock(vault, LOGIN, PASSPHRASE, kdf=MINIMUM_KDF)
            auth.lock(vault, user)
    return make_env(tmp_path / "home"), folder


def tamper(folder: Path, statement: str) -> None:
    with Vault.open(folder) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=MINIMUM_KDF)
        with db.engine.begin() as conn:
            conn.execute(text(statement))


def verify(env: dict[str, str], folder: Path):
    return balise(
        env, "audit", "verify", "--vault", str(folder), "--user", LOGIN, lines=(PASSPHRASE,)
    )


def test_an_untouched_trail_verifies(audited) -> None:
    env, folder = audited
    result = verify(env, folder)
    assert result.code == 0, result
    assert "intact" in result.out
    assert verify(env, folder).code == 0  # and again, after its own unlock was traced


@pytest.mark.parametrize(
    ("statement", "seq"),
    [
        ("UPDATE audit_log SET login = 'x' WHERE seq = 2", 2),
        ("DELETE FROM audit_log WHERE seq = 3", 4),
        ("UPDATE audit_log SET seq = seq + 100 WHERE seq IN (2, 3)", 4),
    ],
    ids=["edited", "deleted", "reordered"],
)
def test_tampering_exits_1_naming_the_first_broken_entry(audited, statement, seq) -> None:
    env, folder = audited
    tamper(folder, statement)
    result = verify(env, folder)
    assert result.code == 1, result
    assert f"n° {seq}" in result.err and "Traceback" not in result.err


def test_cutting_off_the_end_is_detected(audited) -> None:
    env, folder = audited
    tamper(folder, "DELETE FROM audit_log WHERE seq > 3")
    result = verify(env, folder)
    assert result.code == 1, result
    assert "supprimées" in result.err


def test_cut_detected_even_after_a_later_unlock_moved_the_head(audited) -> None:
    env, folder = audited
    tamper(folder, "DELETE FROM audit_log WHERE seq > 3")
    with Vault.open(folder) as vault:  # an ordinary unlock afterwards
        user = auth.unlock(vault, LOGIN, PASSPHRASE, kdf=MINIMUM_KDF)
        auth.lock(vault, user)
    result = verify(env, folder)
    assert result.code == 1, result
    assert "supprimées" in result.err
