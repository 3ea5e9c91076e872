"""The rest of a demo case file: violence, status history, alleged authors,
risk screenings and the consent register (all fictional)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from app.core.risk import Factor, assess
from app.core.vocabulary import (
    AuthorRelation,
    CaseStatus,
    ConsentForm,
    ConsentKind,
    RiskLevel,
    SharePurpose,
    YesNoUnknown,
)
from app.demo.people import Household, NamePools, uuid_from
from app.demo.text import of

YES, NO, UNKNOWN = YesNoUnknown.YES.value, YesNoUnknown.NO.value, YesNoUnknown.UNKNOWN.value

#: probability that a case reports each type of violence
VIOLENCE_RATES = {
    "psychological": 0.85,
    "physical": 0.6,
    "economic": 0.3,
    "digital": 0.2,
    "sexual": 0.15,
    "administrative": 0.12,
    "neglect": 0.03,
    "forced_marriage": 0.015,
    "honour": 0.015,
}

AUTHOR_RELATIONS = [
    (AuthorRelation.PARTNER, 45),
    (AuthorRelation.EX_PARTNER, 35),
    (AuthorRelation.PARENT, 5),
    (AuthorRelation.CHILD, 4),
    (AuthorRelation.SIBLING, 3),
    (AuthorRelation.OTHER_FAMILY, 5),
    (AuthorRelation.OTHER, 3),
]

WEAPON_NOTES = [
    "Possède un fusil de chasse (permis de chasse).",
    "A menacé avec un couteau de cuisine lors de la dernière dispute.",
    "Arme non déclarée selon la victime, jamais vue.",
]
JUDICIAL = [
    "Condamnation antérieure pour coups et blessures.",
    "Interdiction temporaire de résidence l'an dernier, non respectée.",
    "Plainte antérieure classée sans suite.",
    "Procédure en cours au tribunal de la famille.",
]
AUTHOR_NOTES = [
    "Travaille de nuit en semaine.",
    "Consommation d'alcool importante le week-end.",
    "Suivi par un service de santé mentale.",
    "Se montre charmant avec les intervenants.",
    "Contrôle les comptes bancaires du ménage.",
]
SITUATION_HOME = [
    "vit avec l'auteur présumé",
    "a quitté le domicile conjugal récemment",
    "est hébergé{e} temporairement chez une proche",
    "vit seul{e} depuis la séparation",
]
CHILDREN = {1: "un enfant à charge", 2: "deux enfants à charge", 3: "trois enfants à charge"}
SITUATION_HISTORY = [
    "Violences psychologiques depuis plusieurs années, devenues physiques récemment.",
    "Tensions croissantes depuis la perte d'emploi de l'auteur présumé.",
    "Contrôle des dépenses et isolement progressif de la famille.",
    "Violences apparues pendant la grossesse.",
    "Harcèlement continu depuis la séparation.",
]
REFERRAL_PHRASE = {
    "police": "Orienté{e} par la police après une intervention à domicile.",
    "cpas": "Orienté{e} par l'assistante sociale du CPAS.",
    "self": "A pris contact avec le service de sa propre initiative.",
    "school": "Signalement de l'école des enfants.",
    "hospital": "Orienté{e} par les urgences après des lésions.",
    "listening_line": "A trouvé nos coordonnées via la ligne d'écoute 0800 30 030.",
    "partner": "Orienté{e} par un partenaire du réseau VIF.",
    "family": "Une proche a pris contact pour {titre}.",
}
RAISE_REASONS = [
    "Jugement professionnel : peur très forte exprimée et séparation imminente.",
    "Jugement professionnel : menaces répétées par messages cette semaine.",
    "Jugement professionnel : accès probable à une arme, à vérifier.",
]
SCREENING_NOTES = [
    "Grille passée lors de l'entretien, {titre} a répondu sans difficulté.",
    "Plusieurs réponses restent inconnues, à compléter.",
    "Réévaluation après un nouvel incident.",
]
RECIPIENTS = {
    "police": "SAPV de la zone de police",
    "justice": "Maison de justice – accueil des victimes",
    "victim_aid": "Service d'aide aux victimes",
    "cpvs": "CPVS",
    "shelter": "Maison d'accueil « Le Relais » (fictive)",
    "cpas": "CPAS {commune}",
    "legal_aid": "Bureau d'aide juridique",
    "housing": "Agence immobilière sociale",
    "health": "Médecin traitant",
    "school_youth": "École des enfants",
}
PURPOSE_DETAILS = {
    SharePurpose.REFERRAL: "Orientation avec un courrier du service.",
    SharePurpose.COORDINATION: "Réunion de concertation autour de la situation.",
    SharePurpose.ATTESTATION: "Attestation de suivi demandée par {titre}.",
    SharePurpose.LEGAL: "Préparation de l'audience au tribunal de la famille.",
    SharePurpose.HOUSING: "Demande d'hébergement ou de logement.",
    SharePurpose.OTHER: "Démarche ponctuelle.",
}


@dataclass
class CaseContext:
    """What the generators of one case share."""

    case_id: uuid.UUID
    opened: date
    closed: date | None
    status: str
    closure_reason: str | None
    referral: str | None
    commune: str
    workers: list[Any]
    household: Household
    created: datetime


def _at(rng: random.Random, day: date) -> datetime:
    return datetime.combine(day, time(9 + rng.randint(0, 7), 15 * rng.randint(0, 3)))


def _between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


class CaseFileGenerator:
    """Rows for the parts of a case beyond people and follow-ups."""

    def __init__(
        self,
        rng: random.Random,
        names: NamePools,
        *,
        today: date,
        violence_codes: list[str],
        factors: list[Factor],
        sectors: list[str],
        fill: Any,
    ) -> None:
        self.rng = rng
        self.names = names
        self.today = today
        self.violence_codes = violence_codes
        self.factors = factors
        self.sectors = [s for s in sectors if s in RECIPIENTS] or sectors
        self.fill = fill  # Addressee lookup by gender → .fill(text, **values)

    # -- the case row's own fields ---------------------------------------------------
    def case_fields(self, ctx: CaseContext) -> dict[str, Any]:
        rng = self.rng
        who = self.fill(ctx.household.gender)
        details = []
        if ctx.household.birth:
            details.append(f"{ctx.household.age} ans")
        if ctx.household.children:
            details.append(CHILDREN[ctx.household.children])
        head = who.fill("{Titre}") + "".join(f", {d}" for d in details) + ("," if details else "")
        history = [
            h for h in SITUATION_HISTORY if ctx.household.gender != "male" or "gross" not in h
        ]
        parts = [f"{head} {who.fill(rng.choice(SITUATION_HOME))}.", rng.choice(history)]
        if ctx.referral in REFERRAL_PHRASE:
            parts.append(who.fill(REFERRAL_PHRASE[ctx.referral]))
        first = last = None
        if rng.random() < 0.8:
            first = ctx.opened - timedelta(days=rng.randint(60, 3000))
        if rng.random() < 0.85:
            last = ctx.opened - timedelta(days=rng.randint(0, 45))
            if first and last < first:
                first, last = last, first
        if ctx.household.children:
            exposed = rng.choices([YES, NO, UNKNOWN], weights=[70, 10, 20])[0]
        else:
            exposed = NO if rng.random() < 0.6 else UNKNOWN
        return {
            "situation": " ".join(p for p in parts if p) if rng.random() < 0.9 else None,
            "first_incident_on": first,
            "last_incident_on": last,
            "children_exposed": exposed,
        }

    def violence(self, ctx: CaseContext) -> list[dict[str, Any]]:
        codes = [c for c in self.violence_codes if self.rng.random() < VIOLENCE_RATES.get(c, 0.05)]
        if not codes and self.violence_codes:
            codes = [
                "psychological"
                if "psychological" in self.violence_codes
                else self.violence_codes[0]
            ]
        return [{"case_id": ctx.case_id, "violence_code": c} for c in codes]

    def events(self, ctx: CaseContext) -> list[dict[str, Any]]:
        rng = self.rng

        def event(kind: str, at: datetime, reason: str | None = None) -> dict[str, Any]:
            user = rng.choice(ctx.workers) if ctx.workers else None
            return {
                "id": uuid_from(rng),
                "case_id": ctx.case_id,
                "at": at,
                "user_id": user,
                "kind": kind,
                "reason": reason,
            }

        rows = [event("opened", ctx.created)]
        end = ctx.closed or self.today
        if ctx.status == CaseStatus.OPEN and (end - ctx.opened).days > 120 and rng.random() < 0.08:
            day = _between(rng, ctx.opened + timedelta(days=30), end - timedelta(days=60))
            rows.append(event("closed", _at(rng, day), "Plus de contact malgré nos relances."))
            reopened = day + timedelta(days=rng.randint(10, 50))
            rows.append(event("reopened", _at(rng, reopened), "Nouvelle demande de la personne."))
        if ctx.status == CaseStatus.PAUSED:
            day = _between(rng, ctx.opened + timedelta(days=15), self.today - timedelta(days=1))
            rows.append(
                event(
                    "paused",
                    _at(rng, day),
                    rng.choice(
                        [
                            "Personne injoignable pour le moment.",
                            "Hospitalisation de la personne.",
                            "Pause demandée par la personne.",
                            None,
                        ]
                    ),
                )
            )
        if ctx.status == CaseStatus.CLOSED and ctx.closed:
            rows.append(event("closed", _at(rng, ctx.closed), ctx.closure_reason))
        return rows

    def authors(self, ctx: CaseContext) -> list[dict[str, Any]]:
        rng = self.rng
        count = 2 if rng.random() < 0.06 else 1
        rows = []
        for _ in range(count):
            relation = rng.choices(
                [r.value for r, _ in AUTHOR_RELATIONS], weights=[w for _, w in AUTHOR_RELATIONS]
            )[0]
            couple = relation in (AuthorRelation.PARTNER, AuthorRelation.EX_PARTNER)
            if couple and ctx.household.children:
                last = ctx.household.other_parent
            elif relation in (AuthorRelation.PARENT, AuthorRelation.CHILD, AuthorRelation.SIBLING):
                last = ctx.household.last_name
            else:
                last = rng.choice(self.names.last)
            female_author = ctx.household.gender == "male" and couple and rng.random() < 0.7
            first = rng.choice(self.names.female if female_author else self.names.male)
            known_name = rng.random() < 0.9
            weapons = rng.choices([YES, NO, UNKNOWN], weights=[10, 50, 40])[0]
            lives = (
                rng.choices([YES, NO, UNKNOWN], weights=[75, 15, 10])[0]
                if (relation == AuthorRelation.PARTNER)
                else rng.choices([YES, NO, UNKNOWN], weights=[10, 80, 10])[0]
            )
            age = rng.randint(18, 75)
            rows.append(
                {
                    "id": uuid_from(rng),
                    "case_id": ctx.case_id,
                    "first_name": first if known_name else None,
                    "last_name": last if known_name or rng.random() < 0.5 else None,
                    "birth_date": self.today - timedelta(days=age * 365 + rng.randint(0, 364))
                    if rng.random() < 0.7
                    else None,
                    "relation": relation,
                    "lives_with_victim": lives,
                    "has_weapons": weapons,
                    "weapons_notes": rng.choice(WEAPON_NOTES) if weapons == YES else None,
                    "judicial_history": rng.choice(JUDICIAL) if rng.random() < 0.3 else None,
                    "notes": rng.choice(AUTHOR_NOTES) if rng.random() < 0.3 else None,
                    "recorded_by": rng.choice(ctx.workers) if ctx.workers else None,
                    "created_at": ctx.created,
                    "updated_at": ctx.created,
                }
            )
        return rows

    def screenings(self, ctx: CaseContext) -> tuple[list[dict], list[dict], str | None]:
        """Risk screenings with their answers, and the case's current level."""
        rng = self.rng
        if not self.factors or rng.random() < 0.15:
            return [], [], None
        severity = rng.random()
        end = ctx.closed or self.today - timedelta(days=1)
        days = [ctx.opened]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            later = days[-1] + timedelta(days=rng.randint(20, 120))
            if later > end:
                break
            days.append(later)
        screenings, answers = [], []
        level = None
        who = self.fill(ctx.household.gender)
        for day in days:
            severity = min(1.0, max(0.0, severity + rng.uniform(-0.25, 0.15)))
            given: dict[str, YesNoUnknown] = {}
            for f in self.factors:
                r = rng.random()
                p_yes = severity * (0.45 if f.weight >= 3 else 0.35) * (0.6 if f.critical else 1)
                given[f.code] = (
                    YesNoUnknown.YES
                    if r < p_yes
                    else YesNoUnknown.UNKNOWN
                    if r < p_yes + 0.15
                    else YesNoUnknown.NO
                )
            result = assess(self.factors, given)
            final, reason = result.level, None
            if result.level != RiskLevel.CRITICAL and rng.random() < 0.1:
                final = list(RiskLevel)[result.level.rank + 1]
                reason = rng.choice(RAISE_REASONS)
            screening_id = uuid_from(rng)
            at = _at(rng, day)
            screenings.append(
                {
                    "id": screening_id,
                    "case_id": ctx.case_id,
                    "screened_at": at,
                    "author_id": rng.choice(ctx.workers) if ctx.workers else None,
                    "score": result.score,
                    "computed_level": result.level.value,
                    "final_level": final.value,
                    "raise_reason": reason,
                    "notes": who.fill(rng.choice(SCREENING_NOTES)) if rng.random() < 0.3 else None,
                    "created_at": at,
                }
            )
            answers.extend(
                {"screening_id": screening_id, "factor_code": code, "answer": a.value}
                for code, a in given.items()
            )
            level = final.value
        return screenings, answers, level

    def consents(self, ctx: CaseContext) -> list[dict[str, Any]]:
        rng = self.rng
        who = self.fill(ctx.household.gender)
        rows = []

        def consent(kind: str, given: date, **extra: Any) -> dict[str, Any]:
            row = {
                "id": uuid_from(rng),
                "case_id": ctx.case_id,
                "kind": kind,
                "given_on": given,
                "form": rng.choice([ConsentForm.ORAL.value, ConsentForm.WRITTEN.value]),
                "recorded_by": rng.choice(ctx.workers) if ctx.workers else None,
                "recipient_sector": None,
                "recipient_label": None,
                "purpose": None,
                "purpose_detail": None,
                "withdrawn_on": None,
                "withdrawal_note": None,
                "created_at": _at(rng, given),
            }
            row.update(extra)
            return row

        if rng.random() < 0.92:
            rows.append(consent(ConsentKind.RECORD.value, ctx.opened))
        end = ctx.closed or self.today
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            sector = rng.choice(self.sectors)
            purpose = rng.choice(list(SharePurpose))
            given = _between(rng, ctx.opened, end)
            withdrawn = None
            if rng.random() < 0.06 and (end - given).days > 10:
                withdrawn = _between(rng, given + timedelta(days=5), end)
            label = RECIPIENTS.get(sector, "").format(commune=of(ctx.commune))
            rows.append(
                consent(
                    ConsentKind.SHARE.value,
                    given,
                    recipient_sector=sector,
                    recipient_label=label if rng.random() < 0.7 else None,
                    purpose=purpose.value,
                    purpose_detail=who.fill(PURPOSE_DETAILS[purpose])
                    if rng.random() < 0.6
                    else None,
                    withdrawn_on=withdrawn,
                    withdrawal_note="Retiré à la demande de la personne." if withdrawn else None,
                )
            )
        return rows
