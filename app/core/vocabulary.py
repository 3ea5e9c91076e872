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
