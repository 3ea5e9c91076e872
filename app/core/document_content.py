"""Plain content of printed documents, prepared by core and drawn by app.documents.

Core decides what a document says (and what it leaves out); the renderers in
``app/documents`` only lay it out. Keeping the two apart lets the tests check
minimal disclosure on the data and again on the PDF text.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.vocabulary import Role
from app.i18n import tr
from app.storage.models import Commune, ServiceProfile, Setting


@dataclass(frozen=True)
class Letterhead:
    """The service's heading: name, address, phone, e-mail and logo (PNG/JPEG bytes)."""

    name: str
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    logo: bytes | None = None
    commune: str = ""


@dataclass(frozen=True)
class Signature:
    name: str
    function: str


@dataclass(frozen=True)
class LetterContent:
    """A letter or an attestation on the service's letterhead."""

    letterhead: Letterhead
    reference: str
    place_date: str
    addressee: tuple[str, ...]
    subject: str
    paragraphs: tuple[str, ...]
    signature: Signature | None
    title: str = ""  # a centred heading (attestation) instead of an addressee block
    information: tuple[tuple[str, str], ...] = ()
    information_title: str = ""
    information_at: int = -1  # paragraph index the block goes before; -1: after the body


@dataclass(frozen=True)
class Section:
    heading: str
    rows: tuple[tuple[str, str], ...] = ()
    paragraphs: tuple[str, ...] = ()
    checklist: tuple[tuple[bool, str], ...] = ()
    empty_note: str = ""


@dataclass(frozen=True)
class ReportContent:
    """A document of sections: the discreet plan, the access summary."""

    title: str
    sections: tuple[Section, ...]
    letterhead: Letterhead | None = None  # None: discreet, names no service
    reference: str = ""
    place_date: str = ""
    intro: tuple[str, ...] = ()
    signature: Signature | None = None
    subtitle: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


def service_letterhead(session: Session) -> Letterhead:
    """The letterhead from the service profile."""
    profile = session.scalar(select(ServiceProfile).limit(1))
    if profile is None:
        return Letterhead(name=tr("Service"))
    commune = session.get(Commune, profile.commune_code) if profile.commune_code else None
    town = " ".join(p for p in (profile.postcode, commune.name if commune else "") if p)
    lines = tuple(p for p in (profile.address, town) if p)
    return Letterhead(
        name=profile.name,
        address_lines=lines,
        phone=profile.phone or "",
        email=profile.email or "",
        logo=profile.logo,
        commune=commune.name if commune else "",
    )


def default_function(role: Role) -> str:
    """What a worker's function reads as under the signature, by role."""
    return {
        Role.COORDINATOR: tr("Coordination"),
        Role.SOCIAL_WORKER: tr("Référent·e VIF"),
        Role.STREET_EDUCATOR: tr("Éducateur·rice de rue"),
    }[role]


def _function_key(user_id: uuid.UUID) -> str:
    return f"signature_function:{user_id}"


def signature_function(session: Session, actor: UserSession) -> str:
    """The function the worker last signed with (or the default for the role)."""
    row = session.get(Setting, _function_key(actor.user_id))
    if row is not None:
        try:
            value = json.loads(row.value)
        except ValueError:
            value = None
        if isinstance(value, str) and value.strip():
            return value
    return default_function(actor.role)


def remember_signature_function(session: Session, actor: UserSession, function: str) -> None:
    """Keep the function for the next letter. The caller commits."""
    function = function.strip()
    if not function:
        return
    key = _function_key(actor.user_id)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=json.dumps(function, ensure_ascii=False)))
    else:
        row.value = json.dumps(function, ensure_ascii=False)
