"""Unlocking a vault as a user, with progressive delays after failures."""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.one_time_code import canonical_code
from app.core.passphrase import check_new_passphrase
from app.core.vocabulary import Role
from app.errors import BaliseError, VaultDamaged, WrongPassphrase
from app.i18n import DEFAULT_LANGUAGE, language_code, tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.security.keyring import write_atomic
from app.storage.engine import damaged_database_message, is_damage
from app.storage.vault import Vault

# The audit trail, the models and SQLAlchemy come with the first unlock, not
# before the unlock screen, which reads the throttle of this module (issue #10,
# cold start).

THROTTLE_FILE = "tentatives.json"
MAX_DELAY_SECONDS = 30.0


@dataclass(frozen=True)
class UserSession:
    """Who is working in the unlocked vault."""

    user_id: uuid.UUID
    login: str
    full_name: str
    role: Role
    service_name: str
    is_demo: bool
    #: the language Balise shows this user (``users.language``)
    language: str = DEFAULT_LANGUAGE


class AccountDisabled(BaliseError):
    exit_code = 2


log = logging.getLogger(__name__)

#: failed-unlock counts this process could not write to disk (full or read-only)
_UNSAVED_FAILURES: dict[Path, tuple[int, float]] = {}


class UnlockThrottle:
    """Failed unlocks wait progressively longer (1, 2, 4 … 30 s), across restarts.

    The counter lives beside the keyring: it holds a count and a time, nothing else.
    """

    def __init__(self, folder: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(folder) / THROTTLE_FILE
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            saved = int(data["failures"]), float(data["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            saved = 0, 0.0
        return max(saved, _UNSAVED_FAILURES.get(self.path, (0, 0.0)))

    @property
    def failures(self) -> int:
        return self._read()[0]

    @staticmethod
    def delay_after(failures: int) -> float:
        if failures <= 0:
            return 0.0
        return min(MAX_DELAY_SECONDS, float(2 ** (failures - 1)))

    def seconds_to_wait(self) -> float:
        """How long before the next attempt is allowed (0 when allowed now)."""
        failures, last = self._read()
        remaining = last + self.delay_after(failures) - self._clock()
        return max(0.0, remaining)

    def record_failure(self) -> None:
        failures, _ = self._read()
        count, at = failures + 1, self._clock()
        try:
            write_atomic(self.path, json.dumps({"failures": count, "last_failure": at}).encode())
        except OSError as exc:
            # A full or read-only disk must not turn a refused passphrase into
            # "une erreur inattendue", nor lift the delay: it is kept in memory.
            log.warning("Failed-unlock counter not written (%s): kept in memory", exc.strerror)
            _UNSAVED_FAILURES[self.path] = (count, at)
        else:
            _UNSAVED_FAILURES.pop(self.path, None)

    def reset(self) -> None:
        _UNSAVED_FAILURES.pop(self.path, None)
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:  # read-only disk: the count stays, the unlock stands
            log.warning("Failed-unlock counter not cleared (%s)", exc.strerror)


def wait_message(seconds: float) -> str:
    return tr("Trop de tentatives : attendez {s} secondes avant de réessayer.").format(
        s=max(1, round(seconds))
    )


class MustWait(BaliseError):
    exit_code = 2

    def __init__(self, seconds: float) -> None:
        super().__init__(wait_message(seconds))
        self.seconds = seconds


def load_user_session(vault: Vault, login: str) -> UserSession:
    """The session of ``login`` in an unlocked vault; refuses disabled accounts."""
    from sqlalchemy import select

    from app.storage.models import ServiceProfile, User

    db = vault.require_db()
    with db.session() as session:
        user = session.scalar(select(User).where(User.login == login.strip().lower()))
        profile = session.scalar(select(ServiceProfile))
        if user is None or not user.active:
            raise AccountDisabled(
                tr("Ce compte est désactivé. Adressez-vous au ou à la coordinateur·rice.")
            )
        return UserSession(
            user_id=user.id,
            login=user.login,
            full_name=user.full_name,
            role=Role(user.role),
            service_name=profile.name if profile else "",
            is_demo=vault.is_demo,
            language=language_code(user.language),
        )


def unlock(
    vault: Vault,
    login: str,
    passphrase: str,
    *,
    kdf: KdfPolicy = PRODUCTION,
    throttle: UnlockThrottle | None = None,
) -> UserSession:
    """Unlock ``vault`` as ``login``. Raises MustWait while a delay is running,
    WrongPassphrase (and records the failure) on a wrong passphrase."""
    from app.core import audit

    throttle = throttle or UnlockThrottle(vault.paths.root)
    remaining = throttle.seconds_to_wait()
    if remaining > 0:
        raise MustWait(remaining)
    try:
        _unlock_user(vault, login.strip().lower(), passphrase, kdf=kdf)
    except WrongPassphrase:
        throttle.record_failure()
        raise
    return _opened(vault, login, throttle, audit.Action.UNLOCK)


def _unlock_user(vault: Vault, login: str, passphrase: str, *, kdf: KdfPolicy) -> None:
    """Open with the passphrase as typed; if it looks like a one-time code typed
    loosely (lower case, no dashes), try its canonical form too."""
    try:
        vault.unlock(login, passphrase, kdf=kdf)
    except WrongPassphrase:
        canonical = canonical_code(passphrase)
        if canonical is None or canonical == passphrase:
            raise
        vault.unlock(login, canonical, kdf=kdf)


def _opened(vault: Vault, login: str, throttle: UnlockThrottle, action: str) -> UserSession:
    """After a successful unlock: reset the delay, trace it, return the session."""
    from app.core import audit

    failures = throttle.failures
    throttle.reset()
    try:
        user = load_user_session(vault, login)
        with vault.require_db().session() as s, s.begin():
            stored = audit.stored_head(vault)
            if not audit.head_matches(s, stored):
                # Entries were removed since the last lock: leave a permanent trace
                # before the new head overwrites the old one.
                audit.record(s, user, audit.Action.TRAIL_CUT, detail=f"head_seq={stored.seq}")
            if failures:
                # Failed attempts cannot be written while locked: traced now.
                audit.record(s, user, audit.Action.UNLOCK_FAILED, detail=f"count={failures}")
            audit.record(s, user, action)
        audit.store_head(vault)
        return user
    except BaseException as exc:
        vault.lock()
        if is_damage(exc):  # the accounts' or the trail's pages: offer the backup
            raise VaultDamaged(damaged_database_message()) from None
        raise


def lock(vault: Vault, user: UserSession) -> None:
    """Trace the lock by ``user``, keep the trail's head outside the database,
    lock the vault."""
    from app.core import audit

    if vault.is_unlocked:
        try:
            with vault.require_db().session() as s, s.begin():
                audit.record(s, user, audit.Action.LOCK)
            audit.store_head(vault)
        except Exception:  # locking must never fail: the key goes in any case
            logging.getLogger(__name__).exception("Could not trace the lock")
    vault.lock()


def unlock_with_recovery(
    vault: Vault,
    code: str,
    login: str,
    *,
    kdf: KdfPolicy = PRODUCTION,
    throttle: UnlockThrottle | None = None,
) -> UserSession:
    """Unlock with the recovery code; the caller then sets a new passphrase for ``login``."""
    from app.core import audit

    throttle = throttle or UnlockThrottle(vault.paths.root)
    remaining = throttle.seconds_to_wait()
    if remaining > 0:
        raise MustWait(remaining)
    try:
        vault.unlock_with_recovery(code, kdf=kdf)
    except WrongPassphrase:
        throttle.record_failure()
        raise
    return _opened(vault, login, throttle, audit.Action.RECOVERY_USED)


def change_passphrase(
    vault: Vault,
    login: str,
    old_passphrase: str,
    new_passphrase: str,
    confirmation: str | None = None,
    *,
    kdf: KdfPolicy = PRODUCTION,
) -> None:
    """Rewrap ``login``'s key slot under a new passphrase (old one required).

    Only that slot changes, and ``keyring.json`` is replaced atomically: a crash
    at any moment leaves either the old or the new passphrase working.
    """
    check_new_passphrase(new_passphrase, confirmation)
    login = login.strip().lower()
    if vault.is_unlocked:
        vault.keyring.unlock_user(login, old_passphrase, allow_weak=kdf.allow_weak).wipe()
    else:
        unlock(vault, login, old_passphrase, kdf=kdf)
    vault.set_user_passphrase(login, new_passphrase, kdf=kdf)
    _trace_passphrase(vault, load_user_session(vault, login), "changed")


def _trace_passphrase(vault: Vault, user: UserSession, detail: str) -> None:
    from app.core import audit

    with vault.require_db().session() as s, s.begin():
        audit.record(
            s,
            user,
            audit.Action.PASSPHRASE_CHANGED,
            object_type="user",
            object_id=user.user_id.hex,
            detail=detail,
        )
    audit.store_head(vault)


def reset_passphrase(
    vault: Vault,
    login: str,
    new_passphrase: str,
    confirmation: str | None = None,
    *,
    kdf: KdfPolicy = PRODUCTION,
    reason: str = "recovery",
) -> None:
    """Give ``login`` a new passphrase in an unlocked vault (after the recovery code
    or a one-time code); a pending "choose your passphrase" is then satisfied."""
    from app.storage.models import User

    check_new_passphrase(new_passphrase, confirmation)
    session = load_user_session(vault, login)
    db = vault.require_db()
    with db.session() as s:
        user = s.get(User, session.user_id)
        slot_id = user.slot_id if user else None
    new_slot = vault.set_user_passphrase(session.login, new_passphrase, slot_id=slot_id, kdf=kdf)
    with db.session() as s, s.begin():
        user = s.get(User, session.user_id)
        if user is not None:
            user.slot_id = new_slot
            user.must_change_passphrase = False
    _trace_passphrase(vault, session, reason)
