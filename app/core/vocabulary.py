"""Codes stored in the database and their French labels."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from app.i18n import N_, tr


class LabelledEnum(StrEnum):
    """A code stored in the database with the French label a person reads.

    Members are written ``OPEN = "open", N_("Ouvert")``: the value is the code,
    the label is translated by :func:`tr` each time it is shown (after the GUI
    installed its translations)."""

    _label_source: str

    def __new__(cls, value: str, label: str) -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label_source = label
        return member

    @property
    def label(self) -> str:
        return tr(self._label_source)


class Role(LabelledEnum):
    COORDINATOR = "coordinator", N_("Coordinateur·rice")
    SOCIAL_WORKER = "social_worker", N_("Assistant·e social·e / référent·e VIF")
    STREET_EDUCATOR = "street_educator", N_("Éducateur·rice de rue")


class CaseStatus(LabelledEnum):
    OPEN = "open", N_("Ouvert")
    PAUSED = "paused", N_("En pause")
    CLOSED = "closed", N_("Clôturé")


class PersonRole(LabelledEnum):
    VICTIM = "victim", N_("Victime")
    CO_VICTIM = "co_victim", N_("Co-victime")


class YesNoUnknown(LabelledEnum):
    YES = "yes", N_("Oui")
    NO = "no", N_("Non")
    UNKNOWN = "unknown", N_("Ne sait pas")


class Gender(LabelledEnum):
    FEMALE = "female", N_("Femme")
    MALE = "male", N_("Homme")
    OTHER = "other", N_("Autre")


class FollowUpKind(LabelledEnum):
    INTERVIEW = "interview", N_("Entretien")
    PHONE = "phone", N_("Appel téléphonique")
    HOME_VISIT = "home_visit", N_("Visite à domicile")
    ACCOMPANIMENT = "accompaniment", N_("Accompagnement (police, CPAS, tribunal…)")
    NETWORK_MEETING = "network_meeting", N_("Réunion de réseau")
    LETTER = "letter", N_("Courrier")


class FollowUpStatus(LabelledEnum):
    PLANNED = "planned", N_("Prévu")
    DONE = "done", N_("Réalisé")
    MISSED = "missed", N_("Manqué")


class RiskLevel(LabelledEnum):
    LOW = "low", N_("Faible")
    MEDIUM = "medium", N_("Moyen")
    HIGH = "high", N_("Élevé")
    CRITICAL = "critical", N_("Critique")

    @property
    def rank(self) -> int:
        return list(RiskLevel).index(self)


class ConsentKind(LabelledEnum):
    RECORD = "record", N_("Consentement à l'enregistrement")
    SHARE = "share", N_("Consentement au partage")


class ConsentForm(LabelledEnum):
    ORAL = "oral", N_("Oral")
    WRITTEN = "written", N_("Écrit")


class SharePurpose(LabelledEnum):
    REFERRAL = "referral", N_("Orientation vers le partenaire")
    COORDINATION = "coordination", N_("Concertation sur la situation")
    ATTESTATION = "attestation", N_("Attestation de suivi")
    LEGAL = "legal", N_("Démarches juridiques ou judiciaires")
    HOUSING = "housing", N_("Hébergement / logement")
    OTHER = "other", N_("Autre")


class AuthorRelation(LabelledEnum):
    PARTNER = "partner", N_("Partenaire / conjoint·e")
    EX_PARTNER = "ex_partner", N_("Ex-partenaire")
    PARENT = "parent", N_("Parent")
    CHILD = "child", N_("Enfant (majeur)")
    SIBLING = "sibling", N_("Frère / sœur")
    OTHER_FAMILY = "other_family", N_("Autre membre de la famille")
    OTHER = "other", N_("Autre")
