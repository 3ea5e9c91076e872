"""SECURITY.md #2: fail closed. Without sqlcipher3 nothing opens and nothing is
written in clear; every connection the application makes reports a cipher version.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.security.kdf import MINIMUM, KdfPolicy
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.scan import SQLITE_HEADER, files_under

ROOT = Path(__file__).resolve().parents[2]
THREADS = 4  # within the pool's size + overflow
WITHOUT_SQLCIPHER = 'import sys\nsys.modules["sqlcipher3"] = None  # the import now fails\n'


def run_python(code: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_SQLCIPHER + textwrap.dedent(code), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_engine_refuses_to_load_without_sqlcipher() -> None:
    result = run_python(
        """
        from app.errors import EncryptionUnavailable
        from app.storage.engine import load_sqlcipher
        try:
            load_sqlcipher()
        except EncryptionUnavailable as exc:
            print("REFUSED:", exc)
        else:
            print("LOADED")
        """
    )
    assert result.returncode == 0, result.stderr
    assert "REFUSED:" in result.stdout
    assert "chiffrement" in result.stdout.lower()
    assert "refuse de démarrer" in result.stdout


def test_vault_does_not_open_or_write_anything_without_sqlcipher(
    vault_dir: Path, tmp_path: Path
) -> None:
    before = {p: digest(p) for p in files_under(vault_dir) if p.name != "balise.lock"}
    new_folder = tmp_path / "nouveau"
    result = run_python(
        """
        import sys
        from pathlib import Path
        from app.errors import EncryptionUnavailable
        from app.storage.vault import Vault
        from tests.conftest import TEST_KDF
        existing, new, login, passphrase = sys.argv[1:5]
        vault = Vault.open(Path(existing))
        try:
            vault.unlock(login, passphrase, kdf=TEST_KDF)
        except EncryptionUnavailable as exc:
            print("UNLOCK REFUSED:", exc)
        print("UNLOCKED" if vault.is_unlocked else "LOCKED")
        vault.close()
        try:
            Vault.create(Path(new), login=login, passphrase=passphrase, kdf=TEST_KDF)
        except EncryptionUnavailable as exc:
            print("CREATE REFUSED:", exc)
        """,
        str(vault_dir),
        str(new_folder),
        LOGIN,
        PASSPHRASE,
    )
    assert result.returncode == 0, result.stderr
    assert "UNLOCK REFUSED: Le chiffrement (SQLCipher) n'est pas disponible" in result.stdout
    assert "CREATE REFUSED:" in result.stdout
    assert "LOCKED" in result.stdout and "UNLOCKED" not in result.stdout
    # Nothing was changed in the vault, and nothing readable was written anywhere.
    assert {p: digest(p) for p in files_under(vault_dir) if p.name != "balise.lock"} == before
    assert not (new_folder / "balise.db").exists()
    assert not (new_folder / "keyring.json").exists()
    for path in files_under(vault_dir, new_folder):
        assert not path.read_bytes().startswith(SQLITE_HEADER), path


@pytest.fixture(scope="module")
def production_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault with production-strength slots (the CLI refuses weaker ones)."""
    folder = tmp_path_factory.mktemp("cli") / "coffre"
    Vault.create(
        folder, login=LOGIN, passphrase=PASSPHRASE, kdf=KdfPolicy(params=MINIMUM)
    ).vault.close()
    return folder


CLI_CHECK = """
import runpy, sys
sys.argv = ["balise", "check", "--vault", sys.argv[1], "--user", sys.argv[2]]
runpy.run_module("app", run_name="__main__")
"""
NEEDS_CLI = pytest.mark.skipif(not (ROOT / "app" / "cli.py").exists(), reason="no app/cli.py yet")


@NEEDS_CLI
def test_cli_exits_with_a_french_message_without_sqlcipher(production_vault: Path) -> None:
    result = run_python(CLI_CHECK, str(production_vault), LOGIN, stdin=PASSPHRASE + "\n")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "Le chiffrement (SQLCipher) n'est pas disponible" in output
    assert "Traceback" not in output


@NEEDS_CLI
def test_cli_refuses_to_start_before_asking_anything(production_vault: Path) -> None:
    result = run_python(CLI_CHECK, str(production_vault), LOGIN, stdin="")
    assert result.returncode != 0
    assert "Le chiffrement (SQLCipher) n'est pas disponible" in result.stdout + result.stderr


def test_every_connection_reports_a_cipher_version(vault_dir: Path) -> None:
    with Vault.open(vault_dir) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        dbapi_ids: set[int] = set()
        together = threading.Barrier(THREADS, timeout=30)

        def version_of_a_pooled_connection(_: int) -> tuple[str, str]:
            with db.engine.connect() as conn:
                dbapi_ids.add(id(conn.connection.dbapi_connection))
                version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
                together.wait()  # every thread holds its own connection at once
                return threading.current_thread().name, str(version or "")

        # several connections checked out at once from this thread
        held = [db.engine.connect() for _ in range(3)]
        versions = [str(c.exec_driver_sql("PRAGMA cipher_version").scalar() or "") for c in held]
        dbapi_ids.update(id(c.connection.dbapi_connection) for c in held)
        for conn in held:
            conn.close()
        # and from other threads
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            threaded = list(pool.map(version_of_a_pooled_connection, range(THREADS)))
        versions += [v for _, v in threaded]
        raw = db.raw_connection()
        try:
            versions.append(str(raw.execute("PRAGMA cipher_version").fetchone()[0] or ""))
        finally:
            raw.close()

        assert len(dbapi_ids) >= THREADS
        assert len({name for name, _ in threaded}) == THREADS
        assert all(v and v[0].isdigit() for v in versions), versions
        assert db.cipher_version() == versions[0]
