"""Codes of the pathways stored in the database, with their French labels."""

from __future__ import annotations

from enum import StrEnum

from app.i18n import tr


class ComplaintStatus(StrEnum):
    FILED = "filed"
    INVESTIGATION = "investigation"
    DISMISSED = "dismissed"
    PROSECUTION = "prosecution"
    JUDGEMENT = "judgement"

    @property
    def label(self) -> str:
        return {
            ComplaintStatus.FILED: tr("Déposée"),
            ComplaintStatus.INVESTIGATION: tr("À l'instruction"),
            ComplaintStatus.DISMISSED: tr("Classée sans suite"),
            ComplaintStatus.PROSECUTION: tr("Poursuites"),
            ComplaintStatus.JUDGEMENT: tr("Jugement"),
        }[self]


class FamilyCourtKind(StrEnum):
    URGENT = "urgent"
    SUMMARY = "summary"

    @property
    def label(self) -> str:
        return {
            FamilyCourtKind.URGENT: tr("Mesures urgentes (audience sous ± 15 jours)"),
            FamilyCourtKind.SUMMARY: tr("Référé (audience sous ± 2 jours)"),
        }[self]


class PermitArticle(StrEnum):
    ART_11_2 = "art_11_2"
    ART_42QUATER_4 = "art_42quater_4"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            PermitArticle.ART_11_2: tr("Art. 11, § 2 (regroupement familial, pays tiers)"),
            PermitArticle.ART_42QUATER_4: tr("Art. 42quater, § 4 (famille de citoyen·ne UE)"),
            PermitArticle.OTHER: tr("Autre base légale"),
        }[self]


class PermitDecision(StrEnum):
    PENDING = "pending"
    GRANTED = "granted"
    REFUSED = "refused"

    @property
    def label(self) -> str:
        return {
            PermitDecision.PENDING: tr("En attente"),
            PermitDecision.GRANTED: tr("Séjour maintenu"),
            PermitDecision.REFUSED: tr("Refusé"),
        }[self]


class StepStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"
    BLOCKED = "blocked"

    @property
    def label(self) -> str:
        return {
            StepStatus.TODO: tr("À faire"),
            StepStatus.IN_PROGRESS: tr("En cours"),
            StepStatus.DONE: tr("Fait"),
            StepStatus.NOT_APPLICABLE: tr("Sans objet"),
            StepStatus.BLOCKED: tr("Bloqué"),
        }[self]

    @property
    def is_open(self) -> bool:
        """Still to be worked on (can become overdue)."""
        return self in (StepStatus.TODO, StepStatus.IN_PROGRESS, StepStatus.BLOCKED)


class StandardSet(StrEnum):
    DEPARTURE = "depart"
    COMPLAINT = "plainte"
    FOREIGN = "etranger"

    @property
    def label(self) -> str:
        return {
            StandardSet.DEPARTURE: tr("Départ du domicile"),
            StandardSet.COMPLAINT: tr("Plainte"),
            StandardSet.FOREIGN: tr("Victime de nationalité étrangère"),
        }[self]


class PlanStatus(StrEnum):
    PREPARING = "preparing"
    READY = "ready"
    REALISED = "realised"
    ABANDONED = "abandoned"

    @property
    def label(self) -> str:
        return {
            PlanStatus.PREPARING: tr("En préparation"),
            PlanStatus.READY: tr("Prêt"),
            PlanStatus.REALISED: tr("Réalisé"),
            PlanStatus.ABANDONED: tr("Abandonné"),
        }[self]


class DestinationType(StrEnum):
    SHELTER = "shelter"
    EMERGENCY_APARTMENT = "emergency_apartment"
    FAMILY_FRIENDS = "family_friends"
    OWN_HOUSING = "own_housing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            DestinationType.SHELTER: tr("Maison d'accueil / refuge"),
            DestinationType.EMERGENCY_APARTMENT: tr("Appartement d'urgence"),
            DestinationType.FAMILY_FRIENDS: tr("Famille ou amis"),
            DestinationType.OWN_HOUSING: tr("Logement personnel"),
            DestinationType.OTHER: tr("Autre"),
        }[self]
