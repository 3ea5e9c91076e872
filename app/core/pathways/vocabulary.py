"""Codes of the pathways stored in the database, with their French labels."""

from __future__ import annotations

from app.core.vocabulary import LabelledEnum
from app.i18n import N_


class ComplaintStatus(LabelledEnum):
    FILED = "filed", N_("Déposée")
    INVESTIGATION = "investigation", N_("À l'instruction")
    DISMISSED = "dismissed", N_("Classée sans suite")
    PROSECUTION = "prosecution", N_("Poursuites")
    JUDGEMENT = "judgement", N_("Jugement")


class FamilyCourtKind(LabelledEnum):
    URGENT = "urgent", N_("Mesures urgentes (audience sous ± 15 jours)")
    SUMMARY = "summary", N_("Référé (audience sous ± 2 jours)")


class PermitArticle(LabelledEnum):
    ART_11_2 = "art_11_2", N_("Art. 11, § 2 (regroupement familial, pays tiers)")
    ART_42QUATER_4 = "art_42quater_4", N_("Art. 42quater, § 4 (famille de citoyen·ne UE)")
    OTHER = "other", N_("Autre base légale")


class PermitDecision(LabelledEnum):
    PENDING = "pending", N_("En attente")
    GRANTED = "granted", N_("Séjour maintenu")
    REFUSED = "refused", N_("Refusé")


class StepStatus(LabelledEnum):
    TODO = "todo", N_("À faire")
    IN_PROGRESS = "in_progress", N_("En cours")
    DONE = "done", N_("Fait")
    NOT_APPLICABLE = "not_applicable", N_("Sans objet")
    BLOCKED = "blocked", N_("Bloqué")

    @property
    def is_open(self) -> bool:
        """Still to be worked on (can become overdue)."""
        return self in (StepStatus.TODO, StepStatus.IN_PROGRESS, StepStatus.BLOCKED)


class StandardSet(LabelledEnum):
    DEPARTURE = "depart", N_("Départ du domicile")
    COMPLAINT = "plainte", N_("Plainte")
    FOREIGN = "etranger", N_("Victime de nationalité étrangère")


class PlanStatus(LabelledEnum):
    PREPARING = "preparing", N_("En préparation")
    READY = "ready", N_("Prêt")
    REALISED = "realised", N_("Réalisé")
    ABANDONED = "abandoned", N_("Abandonné")


class DestinationType(LabelledEnum):
    SHELTER = "shelter", N_("Maison d'accueil / refuge")
    EMERGENCY_APARTMENT = "emergency_apartment", N_("Appartement d'urgence")
    FAMILY_FRIENDS = "family_friends", N_("Famille ou amis")
    OWN_HOUSING = "own_housing", N_("Logement personnel")
    OTHER = "other", N_("Autre")
