"""The erasure register (``effacements.json``): what was purged, kept outside the database.

A restore puts an older database back; without a record kept elsewhere, it
would bring back cases erased since. Like the audit head kept in
``keyring.json``, the register lives beside the database file — in the vault
folder, which a restore never replaces, and in the external backup folder —
and a restore applies again every erasure it lists whose record came back.

An entry names the case by its reference and identifier, the person by
identifier only, with the date, the login of who erased and the rule
(retention or request): never a name or any text about a person.

Honest limit: the file is not signed; someone with access to the folder could
remove entries. It guards against accidents (restoring an old backup), which
is what a restore risks.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from app.security.keyring import write_atomic

log = logging.getLogger(__name__)

REGISTER_NAME = "effacements.json"
REGISTER_FORMAT = 1


class ErasureKind:
    CASE = "case"
    PERSON = "person"


class ErasureRule:
    RETENTION = "retention"  # the retention period after closure ran out
    REQUEST = "request"  # GDPR art. 17 request


@dataclass(frozen=True)
class Erasure:
    """One line of the register."""

    id: str  # unique per line, so registers from two folders merge
    kind: str  # ErasureKind
    case_reference: str
    case_id: str  # hex UUID
    person_id: str | None  # hex UUID for a person erased alone
    at: str  # local time, ISO 8601, to the second
    by: str  # login
    rule: str  # ErasureRule

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.at)

    @classmethod
    def new(
        cls,
        *,
        kind: str,
        case_reference: str,
        case_id: uuid.UUID,
        person_id: uuid.UUID | None,
        at: datetime,
        by: str,
        rule: str,
    ) -> Erasure:
        return cls(
            id=uuid.uuid4().hex,
            kind=kind,
            case_reference=case_reference,
            case_id=case_id.hex,
            person_id=person_id.hex if person_id else None,
            at=at.isoformat(timespec="seconds"),
            by=by,
            rule=rule,
        )


def register_path(folder: Path) -> Path:
    return folder / REGISTER_NAME


def read_register(folder: Path) -> list[Erasure]:
    """The entries of ``folder``'s register (empty when there is none or it is unreadable)."""
    path = register_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Erasure(**item) for item in data["erasures"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("erasure register unreadable: %s", type(exc).__name__)
        return []


def merged(*registers: list[Erasure]) -> list[Erasure]:
    """Every entry of every register once, oldest first."""
    seen: dict[str, Erasure] = {}
    for register in registers:
        for entry in register:
            seen.setdefault(entry.id, entry)
    return sorted(seen.values(), key=lambda e: (e.at, e.id))


def write_register(folder: Path, entries: list[Erasure]) -> None:
    """Replace ``folder``'s register atomically with ``entries``."""
    payload = {"format": REGISTER_FORMAT, "erasures": [asdict(e) for e in entries]}
    write_atomic(
        register_path(folder), json.dumps(payload, indent=2, ensure_ascii=False).encode("utf-8")
    )


def append(folders: list[Path], new: list[Erasure]) -> list[Path]:
    """Add ``new`` to the register of every folder (merged with what is there).

    The first folder (the vault's) must succeed; others (an external folder
    that may be unplugged) are best effort. Returns the folders written.
    """
    written = []
    for index, folder in enumerate(folders):
        try:
            write_register(folder, merged(read_register(folder), new))
            written.append(folder)
        except OSError as exc:
            if index == 0:
                raise
            log.warning("erasure register not copied to a backup folder: %s", type(exc).__name__)
    return written
