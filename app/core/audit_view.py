"""Browsing, exporting and verifying the audit trail (coordinator only).

The trail itself (chaining, heads, verification) lives in :mod:`app.core.audit`;
this module is what the "Journal d'audit" screen and its CSV export use.
Pages are read newest first with a keyset on ``seq``, so the screen loads
lazily whatever the size of the trail.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, require
from app.core.spreadsheet_csv import SpreadsheetWriter
from app.i18n import tr
from app.storage.models import AuditEntry, Case, User
from app.storage.vault import Vault

PAGE_SIZE = 200


def action_label(code: str) -> str:
    """The French label of an action code (the code itself if unknown)."""
    a = audit.Action
    labels = {
        a.UNLOCK: tr("Déverrouillage"),
        a.UNLOCK_FAILED: tr("Déverrouillage refusé"),
        a.LOCK: tr("Verrouillage"),
        a.RECOVERY_USED: tr("Code de récupération utilisé"),
        a.PASSPHRASE_CHANGED: tr("Phrase de passe changée"),
        a.CASE_CREATED: tr("Dossier créé"),
        a.CASE_OPENED: tr("Dossier consulté"),
        a.CASE_CHANGED: tr("Dossier modifié"),
        a.CASE_STATUS: tr("Statut du dossier"),
        a.DOCUMENT_ISSUED: tr("Courrier émis"),
        a.DOCUMENT_PRINTED: tr("Courrier imprimé"),
        a.DOCUMENT_SAVED: tr("Document enregistré"),
        a.EXPORT: tr("Export"),
        a.ACCOUNT_CHANGED: tr("Compte modifié"),
        a.SETTINGS_CHANGED: tr("Paramètres modifiés"),
        a.PURGE: tr("Effacement"),
        a.BACKUP: tr("Sauvegarde"),
        a.RESTORE: tr("Restauration d'une sauvegarde"),
        a.TRAIL_CUT: tr("Journal tronqué détecté"),
        a.HOUSING_CHANGED: tr("Logement d'urgence modifié"),
        a.ADDRESS_SHOWN: tr("Adresse d'un logement affichée"),
        a.ACTIVITY_CHANGED: tr("Activité collective modifiée"),
    }
    return labels.get(code, code)


def known_actions() -> list[str]:
    """Every action code, for the filter."""
    return [
        value
        for name, value in vars(audit.Action).items()
        if name.isupper() and isinstance(value, str)
    ]


@dataclass
class AuditFilter:
    since: date | None = None
    until: date | None = None  # inclusive
    user_id: uuid.UUID | None = None
    actions: set[str] = field(default_factory=set)  # empty: all
    case_reference: str = ""


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # local time
    login: str | None
    user_name: str | None
    action: str
    action_label: str
    case_reference: str | None
    object_type: str | None
    object_id: str | None
    detail: str | None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    next_cursor: int | None  # the seq to continue below


def _query(flt: AuditFilter):
    query = (
        select(AuditEntry, User.full_name, Case.reference)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .outerjoin(Case, Case.id == AuditEntry.case_id)
    )
    if flt.since:
        query = query.where(AuditEntry.at >= datetime.combine(flt.since, time.min))
    if flt.until:
        query = query.where(
            AuditEntry.at < datetime.combine(flt.until + timedelta(days=1), time.min)
        )
    if flt.user_id:
        query = query.where(AuditEntry.user_id == flt.user_id)
    if flt.actions:
        query = query.where(AuditEntry.action.in_(sorted(flt.actions)))
    reference = flt.case_reference.strip()
    if reference:
        query = query.where(Case.reference.like(reference + "%"))
    return query


def _utc_midnight(day: date) -> datetime:
    """Local midnight of ``day`` as the naive UTC time the trail stores."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def local_time(at: datetime) -> datetime:
    """A stored (naive UTC) time as naive local time, for display."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _row(entry: AuditEntry, name: str | None, reference: str | None) -> AuditRow:
    return AuditRow(
        seq=entry.seq,
        at=local_time(entry.at),
        login=entry.login,
        user_name=name,
        action=entry.action,
        action_label=action_label(entry.action),
        case_reference=reference,
        object_type=entry.object_type,
        object_id=entry.object_id,
        detail=entry.detail,
    )


def browse(
    session: Session,
    actor: UserSession,
    flt: AuditFilter,
    *,
    before: int | None = None,
    limit: int = PAGE_SIZE,
) -> AuditPage:
    """One page of entries, newest first; pass ``page.next_cursor`` as ``before``."""
    require(actor, Perm.AUDIT_READ)
    query = _query(flt)
    if before is not None:
        query = query.where(AuditEntry.seq < before)
    result = session.execute(query.order_by(AuditEntry.seq.desc()).limit(limit + 1)).all()
    rows = [_row(e, n, r) for e, n, r in result]
    more = len(rows) > limit
    rows = rows[:limit]
    return AuditPage(rows, rows[-1].seq if more else None)


CSV_COLUMNS = (
    "seq",
    "date",
    "login",
    "action",
    "case_reference",
    "object_type",
    "object_id",
    "detail",
)


def export_csv(session: Session, actor: UserSession, flt: AuditFilter, path: Path) -> int:
    """Write the filtered entries (oldest first) to ``path``; the export itself
    is traced. Returns the number of entries written. The caller commits."""
    require(actor, Perm.AUDIT_READ)
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        # Logins and details are typed by people: neutralised for spreadsheets.
        writer = SpreadsheetWriter(handle)
        writer.writerow(CSV_COLUMNS)
        query = _query(flt).order_by(AuditEntry.seq)
        for entry, _name, reference in session.execute(query).yield_per(1000):
            writer.writerow(
                [
                    entry.seq,
                    local_time(entry.at).strftime("%d/%m/%Y %H:%M:%S"),
                    entry.login or "",
                    entry.action,
                    reference or "",
                    entry.object_type or "",
                    entry.object_id or "",
                    entry.detail or "",
                ]
            )
            count += 1
    audit.record(
        session, actor, audit.Action.EXPORT, object_type="audit_log", detail=f"csv rows={count}"
    )
    return count


def verify_trail(vault: Vault, actor: UserSession) -> audit.Verification:
    """Check the whole chain against the head kept in ``keyring.json``."""
    require(actor, Perm.AUDIT_READ)
    head = audit.stored_head(vault)
    with vault.require_db().session() as session:
        return audit.verify(session, head)


def verification_text(result: audit.Verification) -> str:
    """The French sentences for a verification result (the CLI prints the same):
    this laptop's chain, then one line per other laptop of the service."""
    reasons = {
        "hash": tr("son contenu a été modifié"),
        "link": tr("l'entrée qui la précédait a été supprimée ou modifiée"),
        "sequence": tr("des entrées ont été supprimées ou déplacées avant elle"),
        "truncated": tr("les dernières entrées du journal ont été supprimées"),
    }
    if result.ok:
        lines = [
            tr("Le journal d'audit est intact ({n} entrées vérifiées).").format(n=result.entries)
        ]
    else:
        lines = [
            tr("Le journal d'audit a été altéré à partir de l'entrée n° {seq} : {reason}.").format(
                seq=result.first_broken_seq, reason=reasons.get(result.problem or "", "?")
            )
        ]
    for peer in result.peers:
        if peer.ok:
            lines.append(
                tr("{portable} : {n} entrées, chaîne intacte.").format(
                    portable=peer.name, n=peer.entries
                )
            )
        else:
            lines.append(
                tr("{portable} : chaîne rompue à l'entrée n° {seq} : {reason}.").format(
                    portable=peer.name,
                    seq=peer.first_broken_seq,
                    reason=reasons.get(peer.problem or "", "?"),
                )
            )
    return "\n".join(lines)
