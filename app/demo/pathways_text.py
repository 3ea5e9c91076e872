"""Fictional French snippets for the pathways of the demo cases."""

from __future__ import annotations

from app.core.pathways.vocabulary import DestinationType

EU_NATIONALITIES = {"italienne", "française", "roumaine", "polonaise", "espagnole"}

ACCOMPANIED_BY = [
    "l'éducatrice de rue du service",
    "l'assistante sociale du service",
    "l'assistant social du CPAS",
    "sa sœur",
    "une amie",
    "l'intervenante du SAPV",
]
EVIDENCE = [
    "Photos des ecchymoses prises le jour même",
    "Captures d'écran de SMS menaçants",
    "Témoignage d'une voisine",
    "Messages vocaux conservés sur le téléphone",
    "Certificat médical et photos",
    "Relevés bancaires montrant les retraits forcés",
]
COMPLAINT_NOTES = [
    "Plainte déposée après une nouvelle dispute devant les enfants.",
    "Audition filmée ; la victime souhaite être tenue informée par le SAPV.",
    "Copie du PV demandée pour l'avocate.",
    "Première plainte après plusieurs mains courantes.",
]
STATUS_NOTES = [
    "Avis du parquet reçu par courrier.",
    "Information transmise par l'accueil des victimes de la maison de justice.",
    "L'avocate a confirmé par téléphone.",
    "Convocation de l'auteur présumé chez le juge d'instruction.",
]
BAN_NOTES = [
    "Notifiée par la police au domicile.",
    "L'auteur présumé loge chez ses parents pendant l'interdiction.",
    "La victime a reçu les coordonnées du SAPV.",
]
BAN_OUTCOMES = [
    "Pas de prolongation demandée ; fin de l'interdiction notée.",
    "Prolongation refusée par le juge de paix.",
    "Fin de l'interdiction ; la victime a changé les serrures.",
]
BAN_EXTENDED = [
    "Prolongée par le juge de paix après l'audience.",
    "Le juge de paix prolonge l'interdiction jusqu'à l'audience au tribunal de la famille.",
]
COURT_DECISIONS = [
    "Hébergement principal des enfants chez la mère, contacts encadrés pour le père.",
    "Résidence séparée autorisée ; jouissance du logement familial à la mère.",
    "Pension alimentaire provisoire fixée pour les enfants.",
    "Interdiction de contact et d'approche du domicile.",
]
COURT_NOTES = [
    "Requête introduite par l'avocate (aide juridique).",
    "Audience reportée une fois à la demande de la partie adverse.",
    "Accompagnement au tribunal prévu par le service.",
]
PERMIT_NOTES = [
    "Attestations de suivi du service jointes au dossier.",
    "Dossier préparé avec l'avocate spécialisée en droit des étrangers.",
    "Copie des PV et du certificat médical transmise à l'Office des étrangers.",
]
STEP_NOTES = [
    "Rendez-vous pris, documents à apporter expliqués.",
    "Attente d'une réponse écrite.",
    "Formulaire rempli ensemble lors de l'entretien.",
    "Relancé par téléphone.",
    "Pièces manquantes : composition de ménage.",
]
STEP_CHANGE_NOTES = ["Confirmé par le partenaire.", "Vu lors de l'entretien.", "Relance faite."]
TRUSTED = ["Sa sœur", "Sa mère", "Une amie d'enfance", "Une collègue de travail", "Sa cousine"]
CODE_WORDS = ["hirondelle", "parapluie", "mimosa", "tartine", "boussole", "lanterne"]
TRIGGERS = [
    "Quand il rentre alcoolisé le week-end.",
    "Les fins de mois, quand l'argent manque.",
    "Quand elle parle de séparation.",
    "Les jours de garde des enfants.",
]
NEIGHBOURS = [
    "La voisine du rez-de-chaussée appelle la police si elle entend crier.",
    "Le voisin d'en face a le numéro du service.",
    "Personne, par prudence.",
]
BAG_PLACES = [
    "Chez la voisine du 2e étage.",
    "Au bureau du service, armoire fermée.",
    "Chez sa sœur.",
    "Dans le casier au travail.",
]
TRANSPORT = [
    "Taxi social réservé par le service.",
    "Sa sœur vient la chercher en voiture.",
    "Bus puis accueil à la gare par une intervenante.",
    "Accompagnement par la police (zone).",
]
DESTINATION_NOTES = {
    DestinationType.SHELTER: "Place confirmée dans une maison d'accueil du réseau.",
    DestinationType.EMERGENCY_APARTMENT: "Appartement d'urgence (adresse confidentielle).",
    DestinationType.FAMILY_FRIENDS: "Chez sa sœur pendant les premières semaines.",
    DestinationType.OWN_HOUSING: "Nouveau logement via l'AIS, bail signé.",
    DestinationType.OTHER: "Hôtel pour deux nuits, puis solution à trouver.",
}
PLAN_NOTES = [
    "Plan relu avec elle ; elle garde une copie discrète.",
    "Départ à organiser un jour où il travaille.",
    "Prévoir l'école des enfants pour le jour du départ.",
]
ITEM_NOTES = {
    "id_documents": "Copies gardées au service.",
    "lease": "Copie chez sa sœur.",
    "bank_salary": "Demander les extraits à la banque.",
    "medication": "Ordonnance à renouveler.",
    "cash": "Mettre un peu de côté chaque semaine.",
    "pets": "La voisine garde le chat.",
}
