"""A small real filesystem (tmpfs) that a test can fill up or make read-only.

Mounting needs root or CAP_SYS_ADMIN (the CI container and the development
machine have it); elsewhere the test is skipped and says why.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage.engine import Database

FILLER = "remplissage.bin"


class SmallDisk:
    """A mounted tmpfs at :attr:`root`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def filler(self) -> Path:
        return self.root / FILLER

    def fill(self) -> None:
        """Take every free byte with a filler file (ever smaller writes until ENOSPC)."""
        with open(self.filler, "ab", buffering=0) as handle:
            for size in (1 << 20, 1 << 16, 1 << 12, 1):
                chunk = b"\0" * size
                try:
                    while True:
                        handle.write(chunk)
                except OSError:
                    continue
        assert shutil.disk_usage(self.root).free == 0

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def remount(self, option: str) -> None:
        """``"ro"`` or ``"rw"`` (read-only needs every file on it closed)."""
        _run("mount", "-o", f"remount,{option}", str(self.root))


def empty_the_wal(db: Database) -> None:
    """Checkpoint and truncate the WAL, so that the next commit must grow it
    (a WAL that was only reset can take a small commit without a new byte)."""
    with db.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=30)


@contextmanager
def small_disk(where: Path, size: str = "16m") -> Iterator[SmallDisk]:
    """Mount a tmpfs of ``size`` on ``where``; always unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    try:
        _run("mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where))
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        pytest.skip(f"mounting a small tmpfs is not permitted here (needs root): {detail.strip()}")
    try:
        yield SmallDisk(where)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(where)], capture_output=True, check=False)
        done = subprocess.run(["umount", str(where)], capture_output=True, check=False)
        if done.returncode != 0:  # something still holds a file open: detach it anyway
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)
