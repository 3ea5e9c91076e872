"""Team accounts: created, deactivated, reactivated and reset by the coordinator.

A new account gets a key slot sealed under a one-time code that the
coordinator hands over in person; at first unlock the user must choose their
own passphrase before anything else (``users.must_change_passphrase``).
Deactivating an account removes its key slot from ``keyring.json``: its
passphrase no longer opens anything. A forgotten passphrase is replaced by a
new one-time code in a new slot. Every change is traced in the audit trail
(codes only, never a name).
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession, load_user_session, reset_passphrase
from app.core.one_time_code import generate_code
from app.core.permissions import Perm, PermissionDenied, require
from app.core.setup import login_problem, normalize_login
from app.core.vocabulary import Role
from app.errors import ValidationError
from app.i18n import LANGUAGES, tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.security.keyring import login_hash, save_keyring
from app.storage.models import Commune, User, utcnow
from app.storage.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AccountInput:
    login: str
    full_name: str
    role: Role
    commune_code: str | None = None


@dataclass(frozen=True)
class AccountView:
    id: uuid.UUID
    login: str
    full_name: str
    role: Role
    commune_code: str | None
    commune_name: str | None
    active: bool
    must_change_passphrase: bool
    created_at: datetime
    deactivated_at: datetime | None


@dataclass(frozen=True)
class IssuedCode:
    """A one-time code to hand over in person (shown once, never stored)."""

    user_id: uuid.UUID
    login: str
    code: str


def _trace(session: Session, actor: UserSession, user: User, detail: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.ACCOUNT_CHANGED,
        object_type="user",
        object_id=user.id.hex,
        detail=detail,
    )


def list_accounts(session: Session, actor: UserSession) -> list[AccountView]:
    """Every account, active ones first, by name (coordinator only)."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    rows = session.execute(
        select(User, Commune.name)
        .outerjoin(Commune, Commune.nis_code == User.commune_code)
        .order_by(User.active.desc(), User.full_name)
    ).all()
    return [
        AccountView(
            id=u.id,
            login=u.login,
            full_name=u.full_name,
            role=Role(u.role),
            commune_code=u.commune_code,
            commune_name=name,
            active=u.active,
            must_change_passphrase=bool(u.must_change_passphrase),
            created_at=u.created_at,
            deactivated_at=u.deactivated_at,
        )
        for u, name in rows
    ]


def _validate(session: Session, data: AccountInput, *, existing: User | None = None) -> None:
    if existing is None:
        problem = login_problem(data.login)
        if problem:
            raise ValidationError(problem, field="login")
        taken = session.scalar(select(User.id).where(User.login == normalize_login(data.login)))
        if taken is not None:
            raise ValidationError(
                tr("Cet identifiant est déjà utilisé par un autre compte."), field="login"
            )
    if not data.full_name.strip():
        raise ValidationError(tr("Indiquez le nom complet."), field="full_name")
    try:
        Role(data.role)
    except ValueError:
        raise ValidationError(tr("Choisissez un rôle."), field="role") from None
    if data.commune_code and session.get(Commune, data.commune_code) is None:
        raise ValidationError(tr("Commune inconnue."), field="commune")


def _seal_code(vault: Vault, login: str, *, kdf: KdfPolicy, fresh: bool) -> tuple[str, str]:
    """A new one-time code and the id of the slot it opens. With ``fresh`` the
    login's previous slot is replaced by one with a new id."""
    old = vault.keyring.user_slot(login) if fresh else None
    if old is not None:
        vault.keyring.remove_slot(old.slot_id)  # saved with the new slot below
    code = generate_code()
    try:
        slot_id = vault.set_user_passphrase(login, code, kdf=kdf)
    except BaseException:
        if old is not None:
            vault.keyring.put_slot(old)
        raise
    return code, slot_id


def create_account(
    vault: Vault, actor: UserSession, data: AccountInput, *, kdf: KdfPolicy = PRODUCTION
) -> IssuedCode:
    """Create an account and its key slot under a one-time code (coordinator only)."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    login = normalize_login(data.login)
    db = vault.require_db()
    with db.session() as session, session.begin():
        _validate(session, data)
        user = User(
            login=login,
            full_name=data.full_name.strip(),
            role=Role(data.role).value,
            commune_code=data.commune_code or None,
            active=True,
            must_change_passphrase=True,
        )
        session.add(user)
        session.flush()
        code, slot_id = _seal_code(vault, login, kdf=kdf, fresh=True)
        try:
            user.slot_id = slot_id
            _trace(session, actor, user, f"created role={user.role}")
            session.flush()
        except BaseException:
            _drop_slot(vault, login)
            raise
        user_id = user.id
    audit.store_head(vault)
    return IssuedCode(user_id, login, code)


def _drop_slot(vault: Vault, login: str) -> None:
    slot = vault.keyring.user_slot(login)
    if slot is not None:
        vault.keyring.remove_slot(slot.slot_id)
        save_keyring(vault.paths.keyring, vault.keyring)


def _account(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError(tr("Ce compte n'existe plus."))
    return user


def _active_coordinators(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.active, User.role == Role.COORDINATOR.value)
        )
        or 0
    )


def update_account(
    session: Session,
    actor: UserSession,
    user_id: uuid.UUID,
    data: AccountInput,
) -> None:
    """Change the name, role or commune of an account (the login never changes)."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    user = _account(session, user_id)
    _validate(session, data, existing=user)
    new_role = Role(data.role).value
    if (
        user.role == Role.COORDINATOR.value
        and new_role != user.role
        and user.active
        and _active_coordinators(session) <= 1
    ):
        raise ValidationError(tr("Il faut au moins un compte de coordination actif."), field="role")
    changes = []
    if new_role != user.role:
        changes.append(f"role={new_role}")
    if data.full_name.strip() != user.full_name:
        changes.append("name")
    if (data.commune_code or None) != user.commune_code:
        changes.append("commune")
    user.full_name = data.full_name.strip()
    user.role = new_role
    user.commune_code = data.commune_code or None
    if changes:
        _trace(session, actor, user, "updated " + " ".join(changes))


def set_language(
    session: Session, actor: UserSession, language: str, user_id: uuid.UUID | None = None
) -> str:
    """Change the language Balise shows ``user_id`` (default: the actor). The caller commits.

    Each user chooses their own language, whatever their role; nobody, not even
    the coordination, chooses it for someone else. Returns the code stored.
    """
    if user_id is not None and user_id != actor.user_id:
        raise PermissionDenied(
            tr("Chaque personne choisit sa propre langue : vous ne pouvez changer que la vôtre."),
            action="language",
        )
    if language not in LANGUAGES:
        raise ValidationError(tr("Langue inconnue : {code}.").format(code=language), "language")
    user = _account(session, actor.user_id)
    if not user.active:
        raise PermissionDenied(
            tr("Ce compte est désactivé. Adressez-vous au ou à la coordinateur·rice."),
            action="language",
        )
    if user.language != language:
        user.language = language
        _trace(session, actor, user, f"language={language}")
    return language


def deactivate_account(vault: Vault, actor: UserSession, user_id: uuid.UUID) -> None:
    """Close an account: it stays in the history, its key slot is removed."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    if user_id == actor.user_id:
        raise ValidationError(tr("Vous ne pouvez pas désactiver votre propre compte."))
    db = vault.require_db()
    with db.session() as session, session.begin():
        user = _account(session, user_id)
        if not user.active:
            return
        if user.role == Role.COORDINATOR.value and _active_coordinators(session) <= 1:
            raise ValidationError(tr("Il faut au moins un compte de coordination actif."))
        user.active = False
        user.deactivated_at = utcnow()
        user.slot_id = None
        user.must_change_passphrase = False
        login = user.login
        _trace(session, actor, user, "deactivated")
    # After the commit: a crash in between leaves a slot that opens the database
    # but no session (the account is inactive), never an active account without slot.
    slot = vault.keyring.user_slot(login)
    if slot is not None:
        vault.keyring.remove_slot(slot.slot_id)
        save_keyring(vault.paths.keyring, vault.keyring)
    audit.store_head(vault)


def _new_code(
    vault: Vault, actor: UserSession, user_id: uuid.UUID, detail: str, *, kdf: KdfPolicy
) -> IssuedCode:
    require(actor, Perm.ACCOUNTS_MANAGE)
    db = vault.require_db()
    with db.session() as session, session.begin():
        user = _account(session, user_id)
        if detail == "passphrase_reset" and not user.active:
            raise ValidationError(tr("Ce compte est désactivé : réactivez-le d'abord."))
        code, slot_id = _seal_code(vault, user.login, kdf=kdf, fresh=True)
        user.slot_id = slot_id
        user.active = True
        user.deactivated_at = None
        user.must_change_passphrase = True
        _trace(session, actor, user, detail)
        login = user.login
    audit.store_head(vault)
    return IssuedCode(user_id, login, code)


def reactivate_account(
    vault: Vault, actor: UserSession, user_id: uuid.UUID, *, kdf: KdfPolicy = PRODUCTION
) -> IssuedCode:
    """Open a deactivated account again, with a new one-time code."""
    return _new_code(vault, actor, user_id, "reactivated", kdf=kdf)


def reset_account_passphrase(
    vault: Vault, actor: UserSession, user_id: uuid.UUID, *, kdf: KdfPolicy = PRODUCTION
) -> IssuedCode:
    """A forgotten passphrase: a new slot under a one-time code; the old one stops working."""
    return _new_code(vault, actor, user_id, "passphrase_reset", kdf=kdf)


def renew_recovery_code(vault: Vault, actor: UserSession, *, kdf: KdfPolicy = PRODUCTION) -> str:
    """Replace the vault's recovery code (coordinator only, traced)."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    code = vault.renew_recovery_code(kdf=kdf)
    with vault.require_db().session() as session, session.begin():
        audit.record(
            session, actor, audit.Action.ACCOUNT_CHANGED, object_type="recovery", detail="renewed"
        )
    audit.store_head(vault)
    return code


# -- the user's side ------------------------------------------------------------------------


def must_choose_passphrase(vault: Vault, login: str) -> bool:
    """True when ``login`` opened the vault with a one-time code and must now
    choose their own passphrase."""
    with vault.require_db().session() as session:
        flag = session.scalar(
            select(User.must_change_passphrase).where(User.login == normalize_login(login))
        )
    return bool(flag)


def choose_passphrase(
    vault: Vault,
    login: str,
    new_passphrase: str,
    confirmation: str | None = None,
    *,
    kdf: KdfPolicy = PRODUCTION,
) -> UserSession:
    """Replace the one-time code by the user's own passphrase and clear the flag."""
    reset_passphrase(vault, login, new_passphrase, confirmation, kdf=kdf, reason="first_passphrase")
    return load_user_session(vault, login)


def slot_matches(vault: Vault, login: str) -> bool:
    """True when ``keyring.json`` holds a slot for ``login`` (used by tests and checks)."""
    target = login_hash(vault.keyring.vault_id, login)
    return any(s.login_hash == target for s in vault.keyring.slots)
