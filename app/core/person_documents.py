"""Documents handed to the person: the discreet departure plan and the access summary.

The departure plan is printed for the victim to keep: its layout names neither
the service nor violence, so that a sheet found at home reads as an ordinary
checklist. The access summary (GDPR art. 15) lists what the service holds about
the person; data about the alleged author is left out unless the coordinator
includes it (a perpetrator must not learn through the victim's file what the
service knows about him — and the summary itself may fall into his hands).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.consent import consent_register
from app.core.document_content import ReportContent, Section, service_letterhead
from app.core.followups import case_timeline
from app.core.french_dates import long_date, place_and_date, short_date
from app.core.issued import issued_documents
from app.core.letter_fields import person_name, read_facts
from app.core.letters import PreparedDocument, _next_document_reference, require_issue
from app.core.pathways.checklist import ItemGroup
from app.core.pathways.departure import current_plan
from app.core.risk import screening_history
from app.core.templates import DocumentKind, fill, load_template
from app.core.validation import format_niss, format_phone
from app.core.vocabulary import ConsentKind, Role
from app.errors import ValidationError
from app.i18n import tr

#: printed at the end of the discreet plan; the listening line is not named
USEFUL_NUMBERS = (
    ("112", lambda: tr("Urgences (ambulance, pompiers, police)")),
    ("101", lambda: tr("Police")),
    ("0800 30 030", lambda: tr("Écoute gratuite et anonyme")),
)


def prepare_departure_plan(
    session: Session, actor: UserSession, case_id: uuid.UUID, on: date | None = None
) -> PreparedDocument:
    """The current departure plan as a discreet aide-mémoire for the person."""
    today = on or clock.today()
    require_issue(session, actor, case_id)
    plan = current_plan(session, actor, case_id)
    if plan is None:
        raise ValidationError(tr("Ce dossier n'a pas encore de plan de départ."))
    template = load_template(session, DocumentKind.DEPARTURE_PLAN)
    values = {"date": long_date(today)}
    going = []
    if plan.planned_on:
        going.append((tr("Quand"), long_date(plan.planned_on)))
    where = ", ".join(
        p
        for p in (
            plan.destination_type.label if plan.destination_type else "",
            plan.destination_note or "",
        )
        if p
    )
    if where:
        going.append((tr("Où aller"), where))
    if plan.transport:
        going.append((tr("Comment y aller"), plan.transport))
    people = []
    if plan.trusted_person:
        people.append((tr("Personne de confiance"), plan.trusted_person))
    if plan.code_word:
        people.append((tr("Mot convenu"), plan.code_word))
    if plan.neighbours_told:
        people.append((tr("Voisin·e·s prévenu·e·s"), plan.neighbours_told))
    ready = []
    if plan.bag_location:
        ready.append((tr("Où est mon sac"), plan.bag_location))
    if plan.triggers:
        ready.append((tr("Signes qui doivent m'alerter"), plan.triggers))
    sections = [
        Section(tr("Mon départ"), rows=tuple(going), empty_note=tr("À compléter ensemble.")),
        Section(tr("Mes personnes relais"), rows=tuple(people), empty_note=tr("À compléter.")),
    ]
    if ready:
        sections.append(Section(tr("À garder en tête"), rows=tuple(ready)))
    for group in ItemGroup:
        items = [i for i in plan.items if i.group is group]
        if items:
            sections.append(
                Section(
                    group.label,
                    checklist=tuple(
                        (i.checked, i.label + (f" — {i.note}" if i.note else "")) for i in items
                    ),
                )
            )
    sections.append(
        Section(
            tr("Numéros utiles"),
            rows=tuple((number, label()) for number, label in USEFUL_NUMBERS),
        )
    )
    content = ReportContent(
        title=fill(template.subject, values).strip() or tr("Aide-mémoire"),
        sections=tuple(sections),
        letterhead=None,
        intro=tuple(p.strip() for p in fill(template.body, values).split("\n\n") if p.strip()),
    )
    return PreparedDocument(
        kind=DocumentKind.DEPARTURE_PLAN,
        case_id=case_id,
        content=content,
        fields=("departure_plan",),
        addressee=tr("Remis à la personne"),
    )


@dataclass(frozen=True)
class AccessRequest:
    case_id: uuid.UUID
    include_authors: bool = False
    on: date | None = None


def _rows(*pairs: tuple[str, object]) -> tuple[tuple[str, str], ...]:
    return tuple((label, str(value)) for label, value in pairs if value not in (None, ""))


def prepare_access_summary(
    session: Session, actor: UserSession, request: AccessRequest
) -> PreparedDocument:
    """What the service holds about the person, for her right of access.

    Only the coordinator issues it (the request and the person's identity are
    checked first); only the coordinator may include the alleged author's data.
    """
    if actor.role is not Role.COORDINATOR:
        raise ValidationError(
            tr("Le résumé pour la personne est établi par le ou la coordinateur·rice.")
        )
    today = request.on or clock.today()
    case_id = request.case_id
    require_issue(session, actor, case_id)
    facts = read_facts(session, actor, case_id)
    detail, v = facts.detail, facts.victim
    letterhead = service_letterhead(session)
    template = load_template(session, DocumentKind.ACCESS_SUMMARY)
    reference = _next_document_reference(session, case_id, detail.reference)
    values = {
        "service": letterhead.name,
        "commune_service": letterhead.commune,
        "date": long_date(today),
        "reference": reference,
        "intervenant": actor.full_name,
        "fonction": "",
        "personne": person_name(v),
        "civilite": "Madame"
        if v and v.gender and v.gender.value == "female"
        else "Monsieur"
        if v and v.gender and v.gender.value == "male"
        else "Madame, Monsieur",
    }
    sections: list[Section] = [
        Section(
            tr("Votre dossier"),
            rows=_rows(
                (tr("Référence"), detail.reference),
                (tr("Ouvert le"), short_date(detail.opened_on)),
                (tr("État"), detail.status.label),
                (tr("Commune"), detail.commune_name),
                (tr("Origine de la demande"), detail.referral_source_label),
                (tr("Intervenant·e·s"), ", ".join(name for _, name in detail.workers)),
            ),
        )
    ]
    if v is not None:
        safe = v.safe_contact
        sections.append(
            Section(
                tr("Vos coordonnées"),
                rows=_rows(
                    (tr("Nom"), " ".join(p for p in (v.first_name, v.last_name) if p)),
                    (tr("Pseudonyme"), v.pseudonym),
                    (tr("Date de naissance"), short_date(v.birth_date)),
                    (tr("Genre"), v.gender.label if v.gender else ""),
                    (tr("Langues"), v.languages),
                    (tr("Nationalité"), v.nationality),
                    (tr("Registre national"), format_niss(v.niss) if v.niss else ""),
                    (tr("Adresse"), ", ".join(p for p in (v.street, v.postcode, v.city) if p)),
                    (tr("Téléphone"), format_phone(v.phone) if v.phone else ""),
                    (tr("Téléphone sûr"), format_phone(safe.phone) if safe.phone else ""),
                    (tr("Moments sûrs"), safe.times),
                    (tr("Message possible"), safe.may_leave_message.label),
                    (tr("Courrier possible"), safe.may_write.label),
                    (tr("Mot convenu"), safe.code_word),
                ),
            )
        )
    sections.append(
        Section(
            tr("Votre situation"),
            rows=_rows(
                (tr("Violences notées"), ", ".join(detail.violence_labels)),
                (tr("Premiers faits"), short_date(detail.first_incident_on)),
                (tr("Derniers faits"), short_date(detail.last_incident_on)),
                (tr("Enfants exposés"), detail.children_exposed.label),
            ),
            paragraphs=(detail.situation,) if detail.situation else (),
        )
    )
    if facts.children:
        sections.append(
            Section(
                tr("Enfants et autres personnes"),
                rows=tuple(
                    (person_name(c), short_date(c.birth_date) or tr("date de naissance non notée"))
                    for c in facts.children
                ),
            )
        )
    screenings = screening_history(session, actor, case_id)
    if screenings:
        sections.append(
            Section(
                tr("Évaluations du risque"),
                rows=tuple(
                    (short_date(s.screened_at.date()), s.final_level.label) for s in screenings
                ),
            )
        )
    consents = consent_register(session, actor, case_id)
    if consents:
        rows = []
        for c in consents:
            label = c.kind.label
            if c.kind is ConsentKind.SHARE:
                who = c.recipient_label or c.recipient_sector_label or ""
                label += f" — {who}" if who else ""
                if c.purpose:
                    label += f" ({c.purpose.label.lower()})"
            state = tr("donné le {d}").format(d=short_date(c.given_on))
            if c.withdrawn_on:
                state += tr(", retiré le {d}").format(d=short_date(c.withdrawn_on))
            rows.append((label, state))
        sections.append(Section(tr("Vos accords"), rows=tuple(rows)))
    if facts.complaints or facts.bans or facts.court:
        rows = [
            (tr("Plainte"), tr("déposée le {d}").format(d=short_date(c.filed_on)))
            for c in facts.complaints
        ]
        rows += [
            (
                tr("Interdiction de résidence"),
                tr("du {a} au {b}").format(a=short_date(b.ordered_on), b=short_date(b.end_on)),
            )
            for b in facts.bans
        ]
        rows += [
            (tr("Tribunal de la famille"), tr("requête du {d}").format(d=short_date(m.petition_on)))
            for m in facts.court
        ]
        sections.append(Section(tr("Plainte et protection"), rows=tuple(rows)))
    followups = case_timeline(session, actor, case_id)
    if followups:
        sections.append(
            Section(
                tr("Nos rencontres et démarches"),
                rows=tuple(
                    (
                        f.occurred_at.strftime("%d/%m/%Y"),
                        f.kind.label + (f" — {f.summary}" if f.summary else ""),
                    )
                    for f in followups
                ),
            )
        )
    documents = issued_documents(session, actor, case_id)
    if documents:
        sections.append(
            Section(
                tr("Documents établis"),
                rows=tuple(
                    (short_date(d.issued_at.date()), f"{d.kind.label} — {d.addressee}")
                    for d in documents
                ),
            )
        )
    notes: tuple[str, ...] = ()
    fields = ["identity", "situation", "followups", "consents"]
    if request.include_authors and facts.authors:
        rows = []
        for a in facts.authors:
            name = " ".join(p for p in (a.first_name, a.last_name) if p) or tr("(sans nom)")
            extra = [a.relation.label]
            if a.birth_date:
                extra.append(tr("né le {d}").format(d=short_date(a.birth_date)))
            extra.append(tr("vit avec vous : {x}").format(x=a.lives_with_victim.label.lower()))
            if a.judicial_history:
                extra.append(a.judicial_history)
            if a.notes:
                extra.append(a.notes)
            rows.append((name, " — ".join(extra)))
        sections.append(Section(tr("Auteur(s) présumé(s)"), rows=tuple(rows)))
        fields.append("authors")
    else:
        notes = (
            tr(
                "Les informations qui concernent d'autres personnes, notamment l'auteur "
                "présumé, ne figurent pas dans ce résumé."
            ),
        )
    content = ReportContent(
        title=fill(template.subject, values).strip(),
        sections=tuple(sections),
        letterhead=letterhead,
        reference=reference,
        place_date=place_and_date(letterhead.commune, today),
        intro=tuple(p.strip() for p in fill(template.body, values).split("\n\n") if p.strip()),
        notes=notes,
    )
    return PreparedDocument(
        kind=DocumentKind.ACCESS_SUMMARY,
        case_id=case_id,
        content=content,
        fields=tuple(fields),
        addressee=tr("Remis à la personne"),
    )
