"""Codes stored in the database and their French labels."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class Role(StrEnum):
    COORDINATOR = "coordinator"
    SOCIAL_WORKER = "social_worker"
    STREET_EDUCATOR = "street_educator"

    @property
    def label(self) -> str:
        return {
            Role.COORDINATOR: tr("Coordinateur·rice"),
            Role.SOCIAL_WORKER: tr("Assistant·e social·e / référent·e VIF"),
            Role.STREET_EDUCATOR: tr("Éducateur·rice de rue"),
        }[self]


class CaseStatus(StrEnum):
    OPEN = "open"
    PAUSED = "paused"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            CaseStatus.OPEN: tr("Ouvert"),
            CaseStatus.PAUSED: tr("En pause"),
            CaseStatus.CLOSED: tr("Clôturé"),
        }[self]


class PersonRole(StrEnum):
    VICTIM = "victim"
    CO_VICTIM = "co_victim"

    @property
    def label(self) -> str:
        return {PersonRole.VICTIM: tr("Victime"), PersonRole.CO_VICTIM: tr("Co-victime")}[self]


class YesNoUnknown(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return {
            YesNoUnknown.YES: tr("Oui"),
            YesNoUnknown.NO: tr("Non"),
            YesNoUnknown.UNKNOWN: tr("Ne sait pas"),
        }[self]


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {Gender.FEMALE: tr("Femme"), Gender.MALE: tr("Homme"), Gender.OTHER: tr("Autre")}[
            self
        ]


class FollowUpKind(StrEnum):
    INTERVIEW = "interview"
    PHONE = "phone"
    HOME_VISIT = "home_visit"
    ACCOMPANIMENT = "accompaniment"
    NETWORK_MEETING = "network_meeting"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return {
            FollowUpKind.INTERVIEW: tr("Entretien"),
            FollowUpKind.PHONE: tr("Appel téléphonique"),
            FollowUpKind.HOME_VISIT: tr("Visite à domicile"),
            FollowUpKind.ACCOMPANIMENT: tr("Accompagnement (police, CPAS, tribunal…)"),
            FollowUpKind.NETWORK_MEETING: tr("Réunion de réseau"),
            FollowUpKind.LETTER: tr("Courrier"),
        }[self]


class FollowUpStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return {
            FollowUpStatus.PLANNED: tr("Prévu"),
            FollowUpStatus.DONE: tr("Réalisé"),
            FollowUpStatus.MISSED: tr("Manqué"),
        }[self]


class RiskLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def label(self) -> str:
        return {
            RiskLevel.LOW: tr("Faible"),
            RiskLevel.MEDIUM: tr("Moyen"),
            RiskLevel.HIGH: tr("Élevé"),
            RiskLevel.CRITICAL: tr("Critique"),
        }[self]

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)


class ConsentKind(StrEnum):
    RECORD = "record"
    SHARE = "share"

    @property
    def label(self) -> str:
        return {
            ConsentKind.RECORD: tr("Consentement à l'enregistrement"),
            ConsentKind.SHARE: tr("Consentement au partage"),
        }[self]


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"

    @property
    def label(self) -> str:
        return {ConsentForm.ORAL: tr("Oral"), ConsentForm.WRITTEN: tr("Écrit")}[self]


class SharePurpose(StrEnum):
    REFERRAL = "referral"
    COORDINATION = "coordination"
    ATTESTATION = "attestation"
    LEGAL = "legal"
    HOUSING = "housing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            SharePurpose.REFERRAL: tr("Orientation vers le partenaire"),
            SharePurpose.COORDINATION: tr("Concertation sur la situation"),
            SharePurpose.ATTESTATION: tr("Attestation de suivi"),
            SharePurpose.LEGAL: tr("Démarches juridiques ou judiciaires"),
            SharePurpose.HOUSING: tr("Hébergement / logement"),
            SharePurpose.OTHER: tr("Autre"),
        }[self]


class AuthorRelation(StrEnum):
    PARTNER = "partner"
    EX_PARTNER = "ex_partner"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    OTHER_FAMILY = "other_family"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            AuthorRelation.PARTNER: tr("Partenaire / conjoint·e"),
            AuthorRelation.EX_PARTNER: tr("Ex-partenaire"),
            AuthorRelation.PARENT: tr("Parent"),
            AuthorRelation.CHILD: tr("Enfant (majeur)"),
            AuthorRelation.SIBLING: tr("Frère / sœur"),
            AuthorRelation.OTHER_FAMILY: tr("Autre membre de la famille"),
            AuthorRelation.OTHER: tr("Autre"),
        }[self]
