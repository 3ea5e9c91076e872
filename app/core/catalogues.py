"""Reference lists for forms (communes, violence types, sources, sectors, staff).

The seeded labels are stored in French and shown translated (``tr``; a label the
coordinator typed shows as typed). Shared reference data, not case data: every
unlocked account reads them, so they take no actor. ``staff`` gives the active
colleagues' names and roles (to assign or filter cases), never logins or account
state: the team's accounts are read through
:func:`app.core.accounts.list_accounts`, which is checked.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import tr
from app.storage.models import Commune, PartnerSector, ReferralSource, User, ViolenceType


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


def communes(session: Session) -> list[Choice]:
    """Communes as "Name (postcode)", alphabetical."""
    rows = session.scalars(select(Commune).order_by(Commune.name))
    return [Choice(c.nis_code, f"{c.name} ({c.postcode})") for c in rows]


def violence_types(session: Session) -> list[Choice]:
    rows = session.scalars(select(ViolenceType).where(ViolenceType.active))
    return [Choice(v.code, tr(v.label)) for v in rows]


def referral_sources(session: Session) -> list[Choice]:
    rows = session.scalars(select(ReferralSource).where(ReferralSource.active))
    return [Choice(r.code, tr(r.label)) for r in rows]


def partner_sectors(session: Session) -> list[Choice]:
    rows = session.scalars(select(PartnerSector).where(PartnerSector.active))
    return [Choice(s.code, tr(s.label)) for s in rows]


@dataclass(frozen=True)
class StaffMember:
    id: uuid.UUID
    full_name: str
    role: str


def staff(session: Session) -> list[StaffMember]:
    """Active accounts, for assigning workers to a case."""
    rows = session.scalars(select(User).where(User.active).order_by(User.full_name))
    return [StaffMember(u.id, u.full_name, u.role) for u in rows]
