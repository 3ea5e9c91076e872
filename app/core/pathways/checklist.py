"""The departure plan's checklist: items grouped as the worker goes through them.

The codes are stored in ``departure_plan_items``; the labels live here so they
can be translated. Codes are never reused for something else: an item dropped
from this list simply stops being shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.i18n import tr


class ItemGroup(StrEnum):
    DOCUMENTS = "documents"
    ESSENTIALS = "essentials"
    CHILDREN = "children"
    CONTACTS = "contacts"
    DESTINATION = "destination"

    @property
    def label(self) -> str:
        return {
            ItemGroup.DOCUMENTS: tr("Documents à emporter ou à copier"),
            ItemGroup.ESSENTIALS: tr("Indispensables"),
            ItemGroup.CHILDREN: tr("Enfants et animaux"),
            ItemGroup.CONTACTS: tr("Contacts et mot de passe"),
            ItemGroup.DESTINATION: tr("Destination et transport"),
        }[self]


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    group: ItemGroup
    label: str


def checklist() -> list[ChecklistItem]:
    """Every item, in the order the plan shows them (labels translated now)."""
    g = ItemGroup
    items = [
        (g.DOCUMENTS, "id_documents", tr("Carte d'identité, titre de séjour, passeports")),
        (g.DOCUMENTS, "birth_marriage", tr("Actes de naissance et de mariage")),
        (g.DOCUMENTS, "lease", tr("Bail ou titre de propriété")),
        (g.DOCUMENTS, "bank_salary", tr("Documents bancaires, fiches de paie, allocations")),
        (g.DOCUMENTS, "insurance", tr("Assurances et mutuelle")),
        (g.DOCUMENTS, "medical_certificates", tr("Certificats médicaux")),
        (g.DOCUMENTS, "pv_copies", tr("Copies des procès-verbaux de police")),
        (g.DOCUMENTS, "court_decisions", tr("Décisions de justice")),
        (g.DOCUMENTS, "diplomas", tr("Diplômes")),
        (
            g.DOCUMENTS,
            "children_papers",
            tr("Carnets de santé et documents scolaires des enfants"),
        ),
        (g.ESSENTIALS, "keys", tr("Clés (logement, voiture)")),
        (g.ESSENTIALS, "cash", tr("Argent liquide")),
        (g.ESSENTIALS, "bank_cards", tr("Cartes bancaires")),
        (g.ESSENTIALS, "medication", tr("Médicaments et ordonnances")),
        (g.ESSENTIALS, "phone_charger", tr("Téléphone et chargeur")),
        (g.ESSENTIALS, "emergency_bag", tr("Sac d'urgence prêt et caché")),
        (g.CHILDREN, "children_clothes", tr("Vêtements des enfants")),
        (g.CHILDREN, "favourite_toy", tr("Doudou ou jouet préféré")),
        (g.CHILDREN, "school_informed", tr("École ou crèche prévenue (personnes autorisées)")),
        (g.CHILDREN, "pets", tr("Animaux : solution d'accueil prévue")),
        (g.CONTACTS, "trusted_person", tr("Personne de confiance prévenue")),
        (g.CONTACTS, "code_word", tr("Mot de passe convenu avec elle")),
        (g.CONTACTS, "neighbours", tr("Voisin·e·s prévenu·e·s")),
        (
            g.CONTACTS,
            "emergency_numbers",
            tr("Numéros d'urgence appris par cœur (112, 101, 0800 30 030)"),
        ),
        (g.CONTACTS, "triggers", tr("Situations déclenchantes repérées")),
        (g.DESTINATION, "destination_confirmed", tr("Lieu d'accueil confirmé")),
        (g.DESTINATION, "transport", tr("Transport organisé")),
        (g.DESTINATION, "safe_route", tr("Moment et trajet sûrs choisis")),
    ]
    return [ChecklistItem(code, group, label) for group, code, label in items]


def item_codes() -> set[str]:
    return {item.code for item in checklist()}


def document_codes() -> list[str]:
    """Codes of the documents group (a plan « prêt » with one missing asks first)."""
    return [i.code for i in checklist() if i.group is ItemGroup.DOCUMENTS]
