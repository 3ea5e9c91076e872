"""``balise backup``, ``restore``, ``purge --due`` and ``check`` on damage, run as a
script would (passphrases and answers one line each on standard input)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.security.kdf import PRODUCTION
from app.storage.models import Case
from app.storage.vault import Vault
from tests.helpers.records import add_case
from tests.integration.test_cli import PASSPHRASE, balise, make_env

LOGIN = "a.lemaire"


@pytest.fixture
def cli_vault(tmp_path: Path) -> tuple[dict[str, str], Path]:
    env = make_env(tmp_path / "home")
    folder = tmp_path / "coffre"
    result = balise(
        env, "init", "--vault", str(folder), "--service-name", "Service test",
        "--coordinator-name", "Anne Lemaire", "--login", LOGIN, "--kdf-seconds", "0",
        lines=(PASSPHRASE, PASSPHRASE),
    )  # fmt: skip
    assert result.code == 0, result
    return env, folder


def _add_cases(folder: Path, closed_on: dict[str, date | None]) -> dict[str, uuid.UUID]:
    with Vault.open(folder) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION)
        ids = {ref: add_case(db, reference=ref) for ref in closed_on}
        with db.session() as s, s.begin():
            for ref, on in closed_on.items():
                if on is not None:
                    case = s.get(Case, ids[ref])
                    case.status, case.closed_on = "closed", on
    return ids


def _references(folder: Path) -> list[str]:
    with Vault.open(folder) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, migrate=False, kdf=PRODUCTION)
        with db.session() as s:
            return sorted(s.scalars(select(Case.reference)))


def test_backup_to_a_folder_then_restore_it(cli_vault, tmp_path: Path) -> None:
    env, folder = cli_vault
    _add_cases(folder, {"2026-0001": None})
    stick = tmp_path / "cle"
    stick.mkdir()
    done = balise(env, "backup", "--vault", str(folder), "--user", LOGIN, "--to", str(stick),
                  lines=(PASSPHRASE,))  # fmt: skip
    assert done.code == 0, done
    assert "Sauvegarde vérifiée" in done.out and "Copie externe vérifiée" in done.out
    backup = next((folder / "sauvegardes").iterdir())
    _add_cases(folder, {"2026-0002": None})

    refused = balise(env, "restore", "--vault", str(folder), "--user", LOGIN, str(backup),
                     lines=(PASSPHRASE, "non"))  # fmt: skip
    assert refused.code == 1 and "Rien n'a été restauré" in refused.out
    assert _references(folder) == ["2026-0001", "2026-0002"]

    restored = balise(env, "restore", "--vault", str(folder), "--user", LOGIN, str(backup),
                      lines=(PASSPHRASE, "oui"))  # fmt: skip
    assert restored.code == 0, restored
    assert "a été restaurée" in restored.out
    assert _references(folder) == ["2026-0001"]
    aside = [p for p in folder.iterdir() if p.name.startswith("avant-restauration-")]
    assert len(aside) == 1 and (aside[0] / "balise.db").is_file()
    checked = balise(env, "check", "--vault", str(folder), "--user", LOGIN, lines=(PASSPHRASE,))
    assert checked.code == 0, checked


def test_restore_with_a_wrong_passphrase_changes_nothing(cli_vault) -> None:
    env, folder = cli_vault
    assert balise(env, "backup", "--vault", str(folder), "--user", LOGIN,
                  lines=(PASSPHRASE,)).code == 0  # fmt: skip
    backup = next((folder / "sauvegardes").iterdir())
    before = (folder / "balise.db").read_bytes()
    result = balise(env, "restore", "--vault", str(folder), "--user", LOGIN, str(backup),
                    "--yes", lines=("pas la bonne phrase",))  # fmt: skip
    assert result.code == 2 and "Traceback" not in result.err
    assert (folder / "balise.db").read_bytes() == before
    assert not [p for p in folder.iterdir() if p.name.startswith("avant-restauration-")]


def test_backup_to_a_missing_stick_says_so_and_keeps_the_local_copy(cli_vault, tmp_path) -> None:
    env, folder = cli_vault
    result = balise(env, "backup", "--vault", str(folder), "--user", LOGIN, "--to",
                    str(tmp_path / "retiree"), lines=(PASSPHRASE,))  # fmt: skip
    assert result.code == 1
    assert "n'est pas accessible" in result.err and "Traceback" not in result.err
    assert len(list((folder / "sauvegardes").iterdir())) == 1


def test_purge_due_asks_then_erases_only_the_due_cases(cli_vault) -> None:
    env, folder = cli_vault
    _add_cases(folder, {"2010-0001": date(2010, 1, 4), "2026-0009": None})
    kept = balise(env, "purge", "--vault", str(folder), "--user", LOGIN, "--due",
                  lines=(PASSPHRASE, "non"))  # fmt: skip
    assert kept.code == 1 and "1 dossier(s)" in kept.out and "2010-0001" in kept.out
    assert _references(folder) == ["2010-0001", "2026-0009"]
    done = balise(env, "purge", "--vault", str(folder), "--user", LOGIN, "--due",
                  lines=(PASSPHRASE, "oui"))  # fmt: skip
    assert done.code == 0, done
    assert "1 dossier(s) effacé(s)" in done.out
    assert _references(folder) == ["2026-0009"]
    register = (folder / "effacements.json").read_text(encoding="utf-8")
    assert "2010-0001" in register and "Hélène" not in register


def test_check_on_damaged_pages_offers_the_newest_backup(cli_vault) -> None:
    env, folder = cli_vault
    _add_cases(folder, {f"2026-{n:04d}": None for n in range(1, 40)})
    assert balise(env, "backup", "--vault", str(folder), "--user", LOGIN,
                  lines=(PASSPHRASE,)).code == 0  # fmt: skip
    backup = next((folder / "sauvegardes").iterdir())
    for suffix in ("-wal", "-shm"):
        Path(f"{folder / 'balise.db'}{suffix}").unlink(missing_ok=True)
    with (folder / "balise.db").open("r+b") as handle:
        handle.seek(4096 * 20 + 200)
        handle.write(b"\x00" * 512)
    result = balise(env, "check", "--vault", str(folder), "--user", LOGIN, lines=(PASSPHRASE,))
    assert result.code == 1, result
    assert "endommagé" in result.err
    assert "sauvegarde vérifiée la plus récente date du" in result.err
    assert str(backup) in result.err
