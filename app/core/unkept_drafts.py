"""The mark left beside the vault when a draft could not be kept (the disk
was full…), read at the next unlock (see ``drafts.py``).

Apart from ``drafts.py`` so that the application's controller, imported
before the unlock screen is shown, does not bring SQLAlchemy with it (issue
#10, cold start).
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path

from app.i18n import tr

#: an empty file in the vault folder, named after the account's random id: a draft
#: of that account could not be kept (no personal data, nothing but the fact)
UNKEPT_PREFIX = "brouillons-non-conserves-"


def _unkept_mark(folder: Path, user_id: uuid.UUID) -> Path:
    return Path(folder) / f"{UNKEPT_PREFIX}{user_id}"


def note_unkept_drafts(folder: Path, user_id: uuid.UUID) -> bool:
    """Mark beside the vault that ``user_id``'s unsaved input could not be kept.

    The database write is what failed, so the mark lives outside it: an empty
    file (creating one needs no free space on most disks). Returns ``False``
    when even that was refused; the caller keeps the fact in memory too.
    """
    try:
        _unkept_mark(folder, user_id).touch()
    except OSError:
        return False
    return True


def take_unkept_drafts_notice(folder: Path, user_id: uuid.UUID) -> bool:
    """Whether a draft of ``user_id`` could not be kept at the last lock; clears the mark."""
    mark = _unkept_mark(folder, user_id)
    if not mark.exists():
        return False
    with contextlib.suppress(OSError):
        mark.unlink()
    return True


def unkept_drafts_message() -> str:
    return tr(
        "Lors du dernier verrouillage, Balise n'a pas pu conserver tout ce que vous étiez en "
        "train de taper : au moins un formulaire non enregistré est perdu. Cela arrive "
        "notamment quand le disque est plein. Vérifiez la place libre sur le disque, puis "
        "ressaisissez ces informations."
    )
