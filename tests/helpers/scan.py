"""Looking for a marker string in every byte of a folder."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def encodings_of(*texts: str) -> list[bytes]:
    """The byte patterns under which each text could be stored (UTF-8, UTF-16-LE)."""
    patterns: list[bytes] = []
    for text in texts:
        patterns += [text.encode("utf-8"), text.encode("utf-16-le")]
    return patterns


def files_under(*folders: Path) -> list[Path]:
    """Every regular file below ``folders`` (recursive)."""
    found: list[Path] = []
    for folder in folders:
        if folder.exists():
            found += sorted(p for p in folder.rglob("*") if p.is_file())
    return found


def files_containing(files: Iterable[Path], patterns: list[bytes]) -> list[str]:
    """``file: pattern`` for every pattern found in a file (empty: clean)."""
    hits: list[str] = []
    for path in files:
        data = path.read_bytes()
        hits += [f"{path}: {pattern!r}" for pattern in patterns if pattern in data]
    return hits
