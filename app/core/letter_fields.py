"""What a letter may include: the "what to include" catalogue.

Each field has a code (stored in ``issued_documents.fields_included``), a
French label, and a reader that takes it from the case. A field can be
unavailable, with the reason shown beside its checkbox: nothing recorded, or
not safe to print (an ordinary phone number the author may answer, an
address the person must not receive mail at). The alleged author's identity
is never offered.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.authors import AuthorView, case_authors
from app.core.case_view import CaseDetail, load_case
from app.core.display import display_name
from app.core.french_dates import short_date
from app.core.pathways.vocabulary import ComplaintStatus
from app.core.people import PersonView, case_people
from app.core.permissions import Perm, require_case
from app.core.risk import screening_history
from app.core.validation import format_niss, format_phone
from app.core.vocabulary import PersonRole, YesNoUnknown
from app.i18n import current_language, tr
from app.storage.models import Complaint, FamilyCourtMeasure, ResidenceBan


@dataclass(frozen=True)
class CaseFacts:
    """Everything the catalogue reads from one case (read in one session)."""

    detail: CaseDetail
    victim: PersonView | None
    children: list[PersonView]
    authors: list[AuthorView]
    last_screening_on: date | None
    complaints: list[Complaint] = field(default_factory=list)
    bans: list[ResidenceBan] = field(default_factory=list)
    court: list[FamilyCourtMeasure] = field(default_factory=list)


def read_facts(session: Session, actor: UserSession, case_id: uuid.UUID) -> CaseFacts:
    """Read what letters may draw from a case, once ``actor`` may issue its documents.

    Raises :class:`~app.core.permissions.PermissionDenied` otherwise (a street
    educator, a confidential case the actor is not assigned to). The read is not
    traced as "case opened": it prepares a document, whose issue is traced."""
    require_case(session, actor, Perm.LETTER_ISSUE, case_id)
    detail = load_case(session, actor, case_id, trace=False)
    people = case_people(session, actor, case_id)
    history = screening_history(session, actor, case_id)

    def rows(model: type) -> list:
        session_rows = session.scalars(select(model).where(model.case_id == case_id))
        result = list(session_rows)
        for row in result:
            session.expunge(row)
        return result

    return CaseFacts(
        detail=detail,
        victim=next((p for p in people if p.role is PersonRole.VICTIM), None),
        children=[p for p in people if p.role is PersonRole.CO_VICTIM],
        authors=case_authors(session, actor, case_id),
        last_screening_on=history[0].screened_at.date() if history else None,
        complaints=sorted(rows(Complaint), key=lambda c: c.filed_on),
        bans=sorted(rows(ResidenceBan), key=lambda b: b.ordered_on),
        court=sorted(rows(FamilyCourtMeasure), key=lambda m: m.petition_on),
    )


def person_name(person: PersonView | None) -> str:
    """The name printed for a person: the pseudonym or initials when she hides her name."""
    if person is None:
        return tr("la personne concernée")
    return display_name(
        person.first_name,
        person.last_name,
        person.pseudonym,
        hide_names=False,
        person_hides_name=person.hide_name,
    )


def _age(born: date | None, today: date) -> str:
    if born is None:
        return ""
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return tr("1 an") if years == 1 else tr("{n} ans").format(n=years)


@dataclass(frozen=True)
class Reading:
    """A field read from a case: its printed value, or why it cannot be included."""

    value: str | None
    unavailable: str | None = None


Reader = Callable[[CaseFacts, date], Reading]


@dataclass(frozen=True)
class LetterField:
    code: str
    label: Callable[[], str]
    read: Reader


def _none(reason: str) -> Reading:
    return Reading(None, reason)


def _identity(f: CaseFacts, _today: date) -> Reading:
    if f.victim is None:
        return _none(tr("Aucune victime principale dans le dossier."))
    name = person_name(f.victim)
    if f.victim.hide_name:
        name += " " + tr("(nom masqué à la demande de la personne)")
    return Reading(name)


def _birth(f: CaseFacts, _today: date) -> Reading:
    if f.victim is None or f.victim.birth_date is None:
        return _none(tr("Date de naissance non notée."))
    return Reading(short_date(f.victim.birth_date))


def _niss(f: CaseFacts, _today: date) -> Reading:
    if f.victim is None or not f.victim.niss:
        return _none(tr("Numéro non noté."))
    return Reading(format_niss(f.victim.niss))


def _languages(f: CaseFacts, _today: date) -> Reading:
    if f.victim is None or not f.victim.languages:
        return _none(tr("Langues non notées."))
    return Reading(f.victim.languages)


def _safe_phone(f: CaseFacts, _today: date) -> Reading:
    safe = f.victim.safe_contact if f.victim else None
    if safe is None or not safe.phone:
        return _none(tr("Aucun numéro sûr noté : le numéro ordinaire n'est jamais imprimé."))
    parts = [format_phone(safe.phone)]
    if safe.times:
        parts.append(tr("à appeler : {times}").format(times=safe.times))
    if safe.may_leave_message is YesNoUnknown.NO:
        parts.append(tr("ne pas laisser de message"))
    elif safe.may_leave_message is YesNoUnknown.UNKNOWN:
        parts.append(tr("ne laisser un message qu'après accord"))
    return Reading(" — ".join(parts))


def _address(f: CaseFacts, _today: date) -> Reading:
    v = f.victim
    if v is None or not (v.street or v.city):
        return _none(tr("Adresse non notée."))
    if v.hide_name:
        return _none(tr("La personne masque son identité : son adresse n'est pas imprimée."))
    if v.safe_contact.may_write is not YesNoUnknown.YES:
        return _none(
            tr("Le courrier à cette adresse n'est pas noté comme sûr (règles de contact).")
        )
    town = " ".join(p for p in (v.postcode, v.city) if p)
    return Reading(", ".join(p for p in (v.street, town) if p))


def _situation(f: CaseFacts, _today: date) -> Reading:
    if not f.detail.situation:
        return _none(tr("Aucun résumé de situation noté."))
    return Reading(f.detail.situation)


def _in_sentence(label: str) -> str:
    """A catalogue label inside a sentence: lower-case initial, except in German,
    whose nouns keep their capital ("Körperliche Gewalt", "Zwangsheirat")."""
    if current_language() == "de":
        return label
    return label[:1].lower() + label[1:]


def _violence(f: CaseFacts, _today: date) -> Reading:
    if not f.detail.violence_labels:
        return _none(tr("Aucun type de violence noté."))
    # translated here, in the letter's language (the case was read in the screen's)
    labels = sorted(tr(s) for s in f.detail.violence_sources) or f.detail.violence_labels
    text = ", ".join(_in_sentence(label) for label in labels)
    dates = []
    if f.detail.first_incident_on:
        dates.append(tr("premiers faits : {d}").format(d=short_date(f.detail.first_incident_on)))
    if f.detail.last_incident_on:
        dates.append(tr("derniers faits : {d}").format(d=short_date(f.detail.last_incident_on)))
    return Reading(text + (f" ({'; '.join(dates)})" if dates else ""))


def _children(f: CaseFacts, today: date) -> Reading:
    if not f.children:
        if f.detail.children_exposed is YesNoUnknown.YES:
            return Reading(tr("Enfants exposés aux violences."))
        return _none(tr("Aucun enfant noté dans le dossier."))
    items = []
    # A child's name gives the family name away: when the person hides hers, so do they.
    hidden = bool(f.victim and f.victim.hide_name)
    for child in f.children:
        age = _age(child.birth_date, today)
        if hidden or child.hide_name:
            name = (child.pseudonym or "").strip() or tr("un enfant")
        else:
            name = person_name(child)
        items.append(f"{name} ({age})" if age else name)
    text = "; ".join(items)
    if f.detail.children_exposed is YesNoUnknown.YES:
        text += " — " + tr("exposés aux violences")
    return Reading(text)


def _complaint(f: CaseFacts, _today: date) -> Reading:
    if not f.complaints:
        return _none(tr("Aucune plainte notée."))
    lines = []
    for c in f.complaints:
        where = ", ".join(p for p in (c.police_zone, c.station) if p)
        text = tr("déposée le {d}").format(d=short_date(c.filed_on))
        if where:
            text += f" ({where})"
        if c.pv_number:
            text += tr(", PV n° {pv}").format(pv=c.pv_number)
        if c.status in ComplaintStatus.__members__.values() and c.status != "filed":
            text += f" — {_in_sentence(ComplaintStatus(c.status).label)}"
        lines.append(text)
    return Reading("; ".join(lines))


def _protection(f: CaseFacts, _today: date) -> Reading:
    lines = []
    for ban in f.bans:
        lines.append(
            tr("interdiction temporaire de résidence ordonnée le {start}, jusqu'au {end}").format(
                start=short_date(ban.ordered_on), end=short_date(ban.end_on)
            )
        )
    for m in f.court:
        text = tr("requête au tribunal de la famille le {d}").format(d=short_date(m.petition_on))
        if m.hearing_at:
            text += tr(", audience le {d}").format(d=short_date(m.hearing_at.date()))
        lines.append(text)
    if not lines:
        return _none(tr("Aucune mesure de protection notée."))
    return Reading("; ".join(lines))


def _risk(f: CaseFacts, _today: date) -> Reading:
    if f.detail.risk_level is None:
        return _none(tr("Aucune évaluation du risque."))
    text = f.detail.risk_level.label
    if f.last_screening_on:
        text += " " + tr("(évalué le {d})").format(d=short_date(f.last_screening_on))
    return Reading(text)


def _author_relation(f: CaseFacts, _today: date) -> Reading:
    if not f.authors:
        return _none(tr("Aucun auteur présumé noté."))
    parts = []
    for a in f.authors:
        text = _in_sentence(a.relation.label)
        if a.lives_with_victim is YesNoUnknown.YES:
            text += ", " + tr("vit avec la personne")
        elif a.lives_with_victim is YesNoUnknown.NO:
            text += ", " + tr("ne vit pas avec la personne")
        parts.append(text)
    return Reading("; ".join(parts))


def _since(f: CaseFacts, _today: date) -> Reading:
    return Reading(short_date(f.detail.opened_on))


CATALOGUE: tuple[LetterField, ...] = (
    LetterField("identity", lambda: tr("Identité"), _identity),
    LetterField("birth_date", lambda: tr("Date de naissance"), _birth),
    LetterField("niss", lambda: tr("Numéro de registre national"), _niss),
    LetterField("languages", lambda: tr("Langue(s) parlée(s)"), _languages),
    LetterField("safe_phone", lambda: tr("Téléphone sûr"), _safe_phone),
    LetterField("address", lambda: tr("Adresse"), _address),
    LetterField("followed_since", lambda: tr("Suivi par notre service depuis le"), _since),
    LetterField("situation", lambda: tr("Situation"), _situation),
    LetterField("violence", lambda: tr("Violences rapportées"), _violence),
    LetterField("children", lambda: tr("Enfants"), _children),
    LetterField("author_relation", lambda: tr("Lien avec l'auteur présumé"), _author_relation),
    LetterField("complaint", lambda: tr("Plainte"), _complaint),
    LetterField("protection", lambda: tr("Mesures de protection"), _protection),
    LetterField("risk", lambda: tr("Niveau de risque évalué"), _risk),
)
FIELDS = {f.code: f for f in CATALOGUE}
#: ticked by default in a new letter (when available)
DEFAULT_FIELDS = ("identity", "safe_phone", "followed_since")


@dataclass(frozen=True)
class FieldOption:
    """A line of the "what to include" dialog."""

    code: str
    label: str
    value: str | None
    unavailable: str | None

    @property
    def available(self) -> bool:
        return self.unavailable is None


def field_options(facts: CaseFacts, today: date) -> list[FieldOption]:
    """Every field of the catalogue with its value or the reason it is unavailable."""
    options = []
    for f in CATALOGUE:
        reading = f.read(facts, today)
        options.append(FieldOption(f.code, f.label(), reading.value, reading.unavailable))
    return options
