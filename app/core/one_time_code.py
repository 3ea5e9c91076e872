"""One-time codes: the first "passphrase" of an account the coordinator creates.

A code such as ``7K3QX-M2D9A-P4R8T-W6Y2Z`` (20 characters of Crockford's
base-32, 100 bits) opens the new user's key slot once; the user then has to
choose their own passphrase before anything else. The slot is sealed under the
canonical form, so a code typed in lower case, without dashes or with O for 0
still opens it (see :func:`canonical_code`).
"""

from __future__ import annotations

import re
import secrets

from app.security.keys import RECOVERY_ALPHABET

GROUPS = 4
GROUP_LENGTH = 5
_LOOK_ALIKES = {"O": "0", "I": "1", "L": "1", "U": "V"}
_SHAPE = re.compile(r"^[0-9A-Za-z \-]{20,32}$")


def generate_code() -> str:
    """A fresh random one-time code, grouped with dashes."""
    groups = [
        "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(GROUP_LENGTH))
        for _ in range(GROUPS)
    ]
    return "-".join(groups)


def canonical_code(text: str) -> str | None:
    """The canonical form of something typed that looks like a one-time code,
    else None (a passphrase chosen by a person is never rewritten)."""
    if not _SHAPE.match(text.strip()):
        return None
    chars = [_LOOK_ALIKES.get(ch, ch) for ch in text.upper() if ch not in " -"]
    if len(chars) != GROUPS * GROUP_LENGTH or any(ch not in RECOVERY_ALPHABET for ch in chars):
        return None
    joined = "".join(chars)
    return "-".join(joined[i : i + GROUP_LENGTH] for i in range(0, len(joined), GROUP_LENGTH))
