"""The ``balise`` command run as a real process, as a script or a person would."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.setup import CreatedVault
from app.security.kdf import PRODUCTION
from app.storage.models import Author, Person, User
from app.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSPHRASE = "phrase de démonstration du test"
PASSPHRASE = "une phrase de passe solide"
FRENCH_HINTS = ("coffre", "phrase de passe", "Identifiant", "endommagé", "incorrect")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def make_env(home: Path) -> dict[str, str]:
    # PYTHONPATH stays: the 400-days-ahead run puts its time.sleep shim there
    # (scripts/faketime/sitecustomize.py), which every Balise process needs.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "PYTHON")) or k == "PYTHONPATH"
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        CI="true",
        PYTHONUTF8="1",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def balise(env: dict[str, str], *args: str, lines: tuple[str, ...] = ()) -> Result:
    """Run ``python -m app`` with ``lines`` on stdin (not a terminal)."""
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def assert_clean_refusal(result: Result, code: int) -> None:
    assert result.code == code, result
    assert "Traceback" not in result.err + result.out
    assert any(hint in result.err for hint in FRENCH_HINTS), result.err


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    """A demo vault made by ``balise demo`` with its passphrase on stdin."""
    home = tmp_path_factory.mktemp("cli-home")
    env = make_env(home)
    result = balise(
        env,
        "demo",
        "--no-gui",
        "--cases",
        "150",
        "--kdf-seconds",
        "0",
        lines=(DEMO_PASSPHRASE,),
    )
    assert result.code == 0, result
    assert "Identifiant : demo" in result.out
    assert DEMO_PASSPHRASE not in result.out  # only a generated passphrase is shown
    folder = home / "data" / "Balise" / "demo"
    assert (folder / "balise.db").exists()
    return env, folder


@pytest.fixture(scope="module")
def service_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path, str]:
    """A vault made by ``balise init`` without a terminal; returns its recovery code."""
    home = tmp_path_factory.mktemp("cli-init")
    env = make_env(home)
    folder = home / "coffre"
    result = balise(
        env,
        "init",
        "--vault",
        str(folder),
        "--service-name",
        "Service de prévention — test",
        "--commune",
        "4130",
        "--coordinator-name",
        "Anne Lemaire",
        "--login",
        "a.lemaire",
        "--kdf-seconds",
        "0",
        lines=(PASSPHRASE, PASSPHRASE),
    )
    assert result.code == 0, result
    assert "CODE DE RÉCUPÉRATION" in result.out and "lieu sûr" in result.out
    code = next(line.strip() for line in result.out.splitlines() if line.startswith("    "))
    return env, folder, code


def test_init_without_terminal_then_check_says_intact(service_vault) -> None:
    env, folder, _ = service_vault
    result = balise(
        env, "check", "--vault", str(folder), "--user", "a.lemaire", lines=(PASSPHRASE,)
    )
    assert result.code == 0, result
    assert "Le coffre est intact." in result.out


def test_init_refuses_an_existing_vault(service_vault) -> None:
    env, folder, _ = service_vault
    result = balise(env, "init", "--vault", str(folder), "--service-name", "X")
    assert result.code == 1 and "existe déjà" in result.err


def _collect_names(folder: Path) -> set[str]:
    names: set[str] = set()
    with Vault.open(folder) as vault:
        db = vault.unlock("demo", DEMO_PASSPHRASE, migrate=False, kdf=PRODUCTION)
        with db.session() as session:
            for first, last in session.execute(select(Person.first_name, Person.last_name)):
                names.update(n for n in (first, last) if n)
            for first, last in session.execute(select(Author.first_name, Author.last_name)):
                names.update(n for n in (first, last) if n)
            for full_name in session.scalars(select(User.full_name)):
                names.update(full_name.split())
    return names


def test_no_file_holds_a_demo_name_in_clear(demo) -> None:
    env, folder = demo
    home = Path(env["HOME"])
    # Snapshot every file the CLI left (vault, logs, config) before opening anything.
    files = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    assert any(p.name == "balise.db" for p in files)
    names = _collect_names(folder)
    assert len(names) >= 300
    checked = 0
    for name in names:
        # Random ciphertext contains any given 4-byte string with a chance of
        # about size/2**32: only names of 5 bytes or more prove something in UTF-8.
        encoded = [name.encode("utf-16-le")]
        if len(name.encode()) >= 5:
            encoded.append(name.encode())
        for path, data in files.items():
            for needle in encoded:
                assert needle not in data, f"a demo name is readable in {path.name}"
        checked += 1
    assert checked == len(names)


def test_plain_sqlite_cannot_read_the_demo_vault(demo) -> None:
    _, folder = demo
    db_path = folder / "balise.db"
    assert not db_path.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        conn.close()


def test_check_of_the_demo_vault_says_intact(demo) -> None:
    env, folder = demo
    result = balise(env, "check", "--vault", str(folder), lines=(DEMO_PASSPHRASE,))
    assert result.code == 0, result
    assert "Le coffre est intact." in result.out and "150 dossiers" in result.out


def test_wrong_passphrase_exits_2_with_a_french_message(demo) -> None:
    env, folder = demo
    result = balise(env, "check", "--vault", str(folder), lines=("ce n'est pas la bonne",))
    assert_clean_refusal(result, 2)
    assert "incorrect" in result.err


@pytest.mark.parametrize("where", ["middle", "page-aligned"])
def test_bytes_overwritten_mid_file_are_reported_as_damage(demo, tmp_path: Path, where) -> None:
    env, folder = demo
    copy = tmp_path / "copie"
    shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("balise.lock", "tentatives.json"))
    db_path = copy / "balise.db"
    size = db_path.stat().st_size
    offset = size // 2 + 77 if where == "middle" else (size // 2) // 4096 * 4096
    with db_path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(os.urandom(512))
    result = balise(env, "check", "--vault", str(copy), lines=(DEMO_PASSPHRASE,))
    assert_clean_refusal(result, 1)
    assert "endommagé" in result.err
    assert "ERROR CORE" not in result.err  # SQLCipher's own diagnostics stay quiet


def test_demo_never_replaces_a_real_vault(service_vault) -> None:
    env, folder, _ = service_vault
    before = (folder / "balise.db").read_bytes()
    result = balise(env, "demo", "--no-gui", "--vault", str(folder), lines=(DEMO_PASSPHRASE,))
    assert result.code == 1 and "n'est pas un coffre de démonstration" in result.err
    assert (folder / "balise.db").read_bytes() == before


def test_demo_replaces_an_earlier_demo(tmp_path: Path) -> None:
    env = make_env(tmp_path / "home")
    folder = tmp_path / "demo"
    args = ("demo", "--no-gui", "--vault", str(folder), "--cases", "5", "--kdf-seconds", "0")
    first = balise(env, *args, lines=("",))  # empty line: a passphrase is generated
    assert first.code == 0, first
    generated = next(
        line.split(" : ", 1)[1] for line in first.out.splitlines() if "Phrase de passe" in line
    )
    assert len(generated) >= 20
    second = balise(env, *args, lines=(DEMO_PASSPHRASE,))
    assert second.code == 0, second
    assert "remplacé" in second.out
    with Vault.open(folder) as vault:  # the new demo opens with the new passphrase
        vault.unlock("demo", DEMO_PASSPHRASE, migrate=False, kdf=PRODUCTION)


def test_passwd_changes_the_passphrase(tmp_path: Path) -> None:
    env = make_env(tmp_path / "home")
    folder = tmp_path / "coffre"
    init = balise(
        env,
        *("init", "--vault", str(folder), "--service-name", "Service", "--coordinator-name"),
        *("Luc Martin", "--login", "l.martin", "--kdf-seconds", "0"),
        lines=(PASSPHRASE, PASSPHRASE),
    )
    assert init.code == 0, init
    code = next(line.strip() for line in init.out.splitlines() if line.startswith("    "))
    new = "nouvelle phrase encore plus longue"
    vault = ("--vault", str(folder), "--user", "l.martin")
    changed = balise(env, "passwd", *vault, "--kdf-seconds", "0", lines=(PASSPHRASE, new, new))
    assert changed.code == 0, changed
    assert_clean_refusal(balise(env, "check", *vault, lines=(PASSPHRASE,)), 2)
    assert balise(env, "check", *vault, lines=(new,)).code == 0

    # Forgotten passphrase: the recovery code lets the person choose a new one.
    recovered = "phrase choisie apres recuperation"
    reset = balise(
        env,
        "passwd",
        "--recovery",
        *vault,
        "--kdf-seconds",
        "0",
        lines=(code, recovered, recovered),
    )
    assert reset.code == 0, reset
    assert balise(env, "check", *vault, lines=(recovered,)).code == 0


def test_cli_refuses_a_vault_with_weak_kdf_parameters(
    make_vault: Callable[..., CreatedVault], tmp_path: Path
) -> None:
    from tests.conftest import LOGIN
    from tests.conftest import PASSPHRASE as TEST_PASSPHRASE

    folder = tmp_path / "faible"
    make_vault(folder).vault.close()
    env = make_env(tmp_path / "home")
    result = balise(env, "check", "--vault", str(folder), "--user", LOGIN, lines=(TEST_PASSPHRASE,))
    assert_clean_refusal(result, 2)
    assert "minimum" in result.err


def test_missing_vault_exits_2_in_french(tmp_path: Path) -> None:
    env = make_env(tmp_path / "home")
    result = balise(env, "check", "--vault", str(tmp_path / "rien"), "--user", "x")
    assert_clean_refusal(result, 2)
    assert "Aucun coffre" in result.err


def test_help_is_in_french(tmp_path: Path) -> None:
    result = balise(make_env(tmp_path / "home"), "--help")
    assert result.code == 0
    assert "utilisation" in result.out and "Vérifier l'intégrité du coffre" in result.out
