"""SECURITY.md #11: only one running Balise opens a vault at a time.

The second instance is another process; when the first closes the vault, or
dies (the OS drops its lock), the second gets in.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from app.storage.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
TRY_OPEN = textwrap.dedent(
    """
    import sys
    from app.errors import VaultInUse
    from app.storage.vault import Vault
    try:
        Vault.open(sys.argv[1]).close()
    except VaultInUse as exc:
        print(exc)
        raise SystemExit(7)
    print("OUVERT")
    """
)
HOLD_OPEN = textwrap.dedent(
    """
    import sys, time
    from app.storage.vault import Vault
    vault = Vault.open(sys.argv[1])
    print("TENU", flush=True)
    time.sleep(600)
    """
)


def other_instance(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", TRY_OPEN, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_second_instance_is_refused_until_the_first_closes(vault_dir: Path) -> None:
    vault = Vault.open(vault_dir)
    try:
        refused = other_instance(vault_dir)
    finally:
        vault.close()
    assert refused.returncode == 7, refused.stderr
    assert "déjà ouvert" in refused.stdout
    accepted = other_instance(vault_dir)
    assert accepted.returncode == 0, accepted.stderr
    assert "OUVERT" in accepted.stdout


def test_lock_of_a_killed_instance_is_released(vault_dir: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(vault_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "TENU"
        refused = other_instance(vault_dir)
        assert refused.returncode == 7 and "déjà ouvert" in refused.stdout
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert (vault_dir / "balise.lock").exists()  # the file stays; the OS lock is gone
    with Vault.open(vault_dir) as vault:
        assert not vault.is_unlocked
