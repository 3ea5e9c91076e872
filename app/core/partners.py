"""The partner directory ("répertoire du réseau"): organisations and their contacts.

Everyone reads the directory; the roles with ``partners.write`` keep it.
An organisation is never deleted once letters went to it: it is made inactive.
A partner without any commune listed serves every commune (a national line).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, can, require
from app.core.validation import check_postcode, check_text
from app.errors import ValidationError
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, language_code, tr
from app.storage.models import Commune, Partner, PartnerCommune, PartnerContact, PartnerSector

_PHONE_CHARS = re.compile(r"[0-9 +./()-]+")
_EMAIL = re.compile(r"[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+")


@dataclass
class ContactInput:
    name: str
    function: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""


@dataclass
class PartnerInput:
    name: str
    sector: str
    services: str = ""
    hours: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    notes: str = ""
    active: bool = True
    commune_codes: list[str] = field(default_factory=list)
    contacts: list[ContactInput] = field(default_factory=list)
    #: the language letters to this organisation are written in (app.i18n.LANGUAGES)
    language: str = DEFAULT_LANGUAGE


@dataclass(frozen=True)
class ContactView:
    id: uuid.UUID
    name: str
    function: str | None
    phone: str | None
    email: str | None
    notes: str | None

    def describe(self) -> str:
        """``Name (function)``."""
        return f"{self.name} ({self.function})" if self.function else self.name


@dataclass(frozen=True)
class PartnerView:
    id: uuid.UUID
    name: str
    sector: str
    sector_label: str
    services: str | None
    hours: str | None
    street: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    notes: str | None
    active: bool
    commune_codes: list[str]
    commune_names: list[str]
    contacts: list[ContactView]
    language: str = DEFAULT_LANGUAGE

    def address_lines(self) -> list[str]:
        """Street, then ``postcode city`` (only the parts known)."""
        lines = [self.street] if self.street else []
        town = " ".join(p for p in (self.postcode, self.city) if p)
        if town:
            lines.append(town)
        return lines

    def to_input(self) -> PartnerInput:
        """A form-ready copy (for editing)."""
        return PartnerInput(
            name=self.name,
            sector=self.sector,
            services=self.services or "",
            hours=self.hours or "",
            street=self.street or "",
            postcode=self.postcode or "",
            city=self.city or "",
            phone=self.phone or "",
            email=self.email or "",
            notes=self.notes or "",
            active=self.active,
            language=self.language,
            commune_codes=list(self.commune_codes),
            contacts=[
                ContactInput(c.name, c.function or "", c.phone or "", c.email or "", c.notes or "")
                for c in self.contacts
            ],
        )


@dataclass(frozen=True)
class PartnerRow:
    """One line of the directory list."""

    id: uuid.UUID
    name: str
    sector: str
    sector_label: str
    city: str | None
    phone: str | None
    active: bool
    communes: str  # "Aywaille, Esneux" or "Toutes les communes"
    contacts: str  # names, for the list and the search


@dataclass
class PartnerFilter:
    text: str = ""
    sector: str | None = None
    commune_code: str | None = None
    include_inactive: bool = False


def fold(text: str | None) -> str:
    """Lower case without accents, for searching ("Hélène" finds "helene")."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def can_edit_directory(actor: UserSession) -> bool:
    """Whether the user may add, edit or import organisations (role matrix)."""
    return can(actor, Perm.PARTNERS_WRITE)


def _require_editor(actor: UserSession) -> None:
    require(actor, Perm.PARTNERS_WRITE)


def _require_reader(actor: UserSession) -> None:
    require(actor, Perm.PARTNERS_READ)


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def check_partner_phone(value: str, field_name: str = "phone") -> str | None:
    """A phone as typed (0800 30 030, 101, 04 123 45 67…), refusing what cannot be one."""
    text = (value or "").strip()
    if not text:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if not _PHONE_CHARS.fullmatch(text) or digits < 3 or len(text) > 20:
        raise ValidationError(
            tr("Numéro de téléphone non reconnu (chiffres, espaces, + . / - uniquement)."),
            field=field_name,
        )
    return text


def check_email(value: str, field_name: str = "email") -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if not _EMAIL.fullmatch(text) or len(text) > 200:
        raise ValidationError(tr("Adresse e-mail non reconnue."), field=field_name)
    return text


def validate_partner(session: Session, data: PartnerInput) -> None:
    """Raise ValidationError (naming the field) on the first wrong value."""
    # No NUL or other invisible control in any text (typed or imported).
    for value, field_name, text_label, multiline in (
        (data.name, "name", tr("Nom"), False),
        (data.services, "services", tr("Services"), True),
        (data.hours, "hours", tr("Horaires"), False),
        (data.street, "street", tr("Rue"), False),
        (data.postcode, "postcode", tr("Code postal"), False),
        (data.city, "city", tr("Localité"), False),
        (data.phone, "phone", tr("Téléphone"), False),
        (data.email, "email", tr("E-mail"), False),
        (data.notes, "notes", tr("Notes"), True),
    ):
        check_text(value, field_name, label=text_label, multiline=multiline)
    for number, contact in enumerate(data.contacts, 1):
        for value, text_label, multiline in (
            (contact.name, tr("Contact n° {n}, nom"), False),
            (contact.function, tr("Contact n° {n}, fonction"), False),
            (contact.phone, tr("Contact n° {n}, téléphone"), False),
            (contact.email, tr("Contact n° {n}, e-mail"), False),
            (contact.notes, tr("Contact n° {n}, notes"), True),
        ):
            check_text(value, "contacts", label=text_label.format(n=number), multiline=multiline)
    name = (data.name or "").strip()
    if not name:
        raise ValidationError(tr("Indiquez le nom de l'organisation."), field="name")
    if len(name) > 200:
        raise ValidationError(tr("Le nom est trop long (200 caractères au plus)."), field="name")
    if not data.sector or session.get(PartnerSector, data.sector) is None:
        raise ValidationError(tr("Choisissez le secteur."), field="sector")
    check_postcode(data.postcode)
    if len((data.street or "").strip()) > 200 or len((data.city or "").strip()) > 100:
        raise ValidationError(tr("L'adresse est trop longue."), field="street")
    check_partner_phone(data.phone)
    check_email(data.email)
    if (data.language or DEFAULT_LANGUAGE) not in LANGUAGES:
        raise ValidationError(
            tr("Langue inconnue : {code}.").format(code=data.language), field="language"
        )
    for code in data.commune_codes:
        if session.get(Commune, code) is None:
            raise ValidationError(tr("Commune inconnue."), field="communes")
    for number, contact in enumerate(data.contacts, 1):
        if not (contact.name or "").strip():
            raise ValidationError(
                tr("Contact n° {n} : indiquez son nom.").format(n=number), field="contacts"
            )
        try:
            check_partner_phone(contact.phone, "contacts")
            check_email(contact.email, "contacts")
        except ValidationError as exc:
            raise ValidationError(
                tr("Contact n° {n} : {message}").format(n=number, message=exc.message),
                field="contacts",
            ) from None


def _apply(session: Session, partner: Partner, data: PartnerInput) -> None:
    partner.name = data.name.strip()
    partner.sector = data.sector
    partner.services = _clean(data.services)
    partner.hours = _clean(data.hours)
    partner.street = _clean(data.street)
    partner.postcode = _clean(data.postcode)
    partner.city = _clean(data.city)
    partner.phone = check_partner_phone(data.phone)
    partner.email = check_email(data.email)
    partner.notes = _clean(data.notes)
    partner.active = bool(data.active)
    partner.language = data.language or DEFAULT_LANGUAGE
    session.flush()
    session.execute(delete(PartnerCommune).where(PartnerCommune.partner_id == partner.id))
    for code in dict.fromkeys(data.commune_codes):
        session.add(PartnerCommune(partner_id=partner.id, commune_code=code))
    session.execute(delete(PartnerContact).where(PartnerContact.partner_id == partner.id))
    session.expire(partner, ["contacts"])
    for contact in data.contacts:
        session.add(
            PartnerContact(
                partner_id=partner.id,
                name=contact.name.strip(),
                function=_clean(contact.function),
                phone=check_partner_phone(contact.phone),
                email=check_email(contact.email),
                notes=_clean(contact.notes),
            )
        )


def save_partner(
    session: Session,
    actor: UserSession,
    data: PartnerInput,
    partner_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Create (or replace the details of) an organisation. The caller commits.

    Contacts are replaced by those of ``data``: the form always sends them all.
    """
    _require_editor(actor)
    validate_partner(session, data)
    if partner_id is None:
        partner = Partner()
        session.add(partner)
    else:
        partner = session.get(Partner, partner_id)
        if partner is None:
            raise ValidationError(tr("Cette organisation n'existe plus dans le répertoire."))
    _apply(session, partner, data)
    session.flush()
    _trace(session, actor, partner.id, "added" if partner_id is None else "changed")
    return partner.id


def _trace(session: Session, actor: UserSession, partner_id: uuid.UUID, detail: str) -> None:
    # The directory is shared reference data: traced like a setting of the service.
    audit.record(
        session,
        actor,
        audit.Action.SETTINGS_CHANGED,
        object_type="partners",
        object_id=partner_id.hex,
        detail=detail,
    )


def set_partner_active(
    session: Session, actor: UserSession, partner_id: uuid.UUID, active: bool
) -> None:
    """Make an organisation (in)active; inactive ones are hidden from new letters."""
    _require_editor(actor)
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise ValidationError(tr("Cette organisation n'existe plus dans le répertoire."))
    partner.active = active
    _trace(session, actor, partner_id, "active" if active else "inactive")


def get_partner(session: Session, actor: UserSession, partner_id: uuid.UUID) -> PartnerView:
    """One organisation with its communes and contacts (``partners.read``)."""
    _require_reader(actor)
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise ValidationError(tr("Cette organisation n'existe plus dans le répertoire."))
    sector = session.get(PartnerSector, partner.sector)
    communes = session.execute(
        select(Commune.nis_code, Commune.name)
        .join(PartnerCommune, PartnerCommune.commune_code == Commune.nis_code)
        .where(PartnerCommune.partner_id == partner_id)
        .order_by(Commune.name)
    ).all()
    contacts = session.scalars(
        select(PartnerContact)
        .where(PartnerContact.partner_id == partner_id)
        .order_by(PartnerContact.name)
    )
    return PartnerView(
        id=partner.id,
        name=partner.name,
        sector=partner.sector,
        sector_label=tr(sector.label) if sector else partner.sector,
        services=partner.services,
        hours=partner.hours,
        street=partner.street,
        postcode=partner.postcode,
        city=partner.city,
        phone=partner.phone,
        email=partner.email,
        notes=partner.notes,
        active=partner.active,
        language=language_code(partner.language),
        commune_codes=[c for c, _ in communes],
        commune_names=[n for _, n in communes],
        contacts=[
            ContactView(c.id, c.name, c.function, c.phone, c.email, c.notes) for c in contacts
        ],
    )


def search_partners(
    session: Session, actor: UserSession, flt: PartnerFilter | None = None
) -> list[PartnerRow]:
    """The directory filtered by words, sector and commune, sorted by name
    (``partners.read``).

    A directory holds hundreds of organisations, not millions: it is read whole
    and filtered here, which also makes the search accent-insensitive.
    """
    _require_reader(actor)
    flt = flt or PartnerFilter()
    sectors = {k: v for k, v in session.execute(select(PartnerSector.code, PartnerSector.label))}
    commune_names = {k: v for k, v in session.execute(select(Commune.nis_code, Commune.name))}
    served: dict[uuid.UUID, list[str]] = {}
    for partner_id, code in session.execute(
        select(PartnerCommune.partner_id, PartnerCommune.commune_code)
    ):
        served.setdefault(partner_id, []).append(code)
    contacts: dict[uuid.UUID, list[str]] = {}
    for partner_id, name in session.execute(
        select(PartnerContact.partner_id, PartnerContact.name).order_by(PartnerContact.name)
    ):
        contacts.setdefault(partner_id, []).append(name)
    query = select(Partner).order_by(Partner.name)
    if not flt.include_inactive:
        query = query.where(Partner.active)
    if flt.sector:
        query = query.where(Partner.sector == flt.sector)
    words = fold(flt.text).split()
    rows = []
    for p in session.scalars(query):
        codes = served.get(p.id, [])
        if flt.commune_code and codes and flt.commune_code not in codes:
            continue
        names = sorted(commune_names.get(c, c) for c in codes)
        people = contacts.get(p.id, [])
        stored = sectors.get(p.sector, p.sector)
        label = tr(stored)
        haystack = fold(
            " ".join([p.name, stored, label, p.services or "", p.city or "", *names, *people])
        )
        if any(word not in haystack for word in words):
            continue
        rows.append(
            PartnerRow(
                id=p.id,
                name=p.name,
                sector=p.sector,
                sector_label=label,
                city=p.city,
                phone=p.phone,
                active=p.active,
                communes=", ".join(names) if names else tr("Toutes les communes"),
                contacts=", ".join(people),
            )
        )
    return rows
