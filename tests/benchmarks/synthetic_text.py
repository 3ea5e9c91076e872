"""Vocabulary for the synthetic benchmark vault: names (with the diacritics
real files carry) and French words for follow-up text. Benchmark-only."""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FEMALE_FIRST = _split(
    "Hélène Amélie Zoé Maëlle Chloé Léa Noémie Fatima Ayşe Elif Małgorzata Ioana Aïcha "
    "Sofia Julie Sarah Marie Anne Nathalie Véronique Céline Françoise Gaëlle Inès Yasmine "
    "Khadija Samira Nadia Isabelle Sandrine Laetitia Émilie Aurélie Mélanie Stéphanie "
    "Bérénice Joëlle Agnès Geneviève Ştefania Zeynep Leïla Océane Manon Camille Justine "
    "Ludivine Delphine Coralie Jessica Kimberley Anaïs Ophélie Séverine Valérie Dorothée"
)
MALE_FIRST = _split(
    "Lucas Noah Louis Adam Mohamed Théo Nathan Jules Gabriel Hugo Arthur Ethan Liam "
    "Mathéo Raphaël Élias Noé Yanis Rayan Ilyès Emre Kacper Andrei Loïc Cédric"
)
LAST_NAMES = _split(
    "Dupont Lambert Dubois Martin Çelik Yılmaz Kowalski Wójcik Popescu Ionescu Janssens "
    "Peeters Maes Lejeune Renard Leclercq Lemaire Gérard Hénin Noël Mertens Benali "
    "Öztürk Şahin Dąbrowski François Desmet Thiry Collard Jacquemin Delvaux Lhoest "
    "Pirard Wauters Goffin Hansen Bodart Piron Dethier Closset Schmitz Léonard Herman "
    "Crèvecœur Dessy Bastin Mathieu Evrard Lecomte Doumont Fraikin Hallet Jadoul "
    "Kaya Demir Arslan Nowak Lewandowska Stan Munteanu El Amrani Benjelloun Diallo "
    "Mbuyi Kabongo Nkosi Rossi Esposito Ferreira Silva Gonçalves Müller Schröder"
)
PSEUDONYMS = _split(
    "Colibri Mésange Hirondelle Aubépine Églantine Lilas Rivière Étoile Perce-neige "
    "Myrtille Azalée Bruyère Luciole Clémentine Violette"
)

WORDS = _split(
    "entretien bureau téléphone visite domicile accompagnement police plainte audition "
    "CPAS revenu intégration adresse référence logement hébergement refuge maison accueil "
    "appartement urgence avocat BAJ juge paix tribunal famille parquet interdiction "
    "résidence temporaire certificat médical constat blessures hôpital médecin traitant "
    "enfants école crèche garde contacts pension alimentaire allocations familiales "
    "mutuelle banque compte bloqué procuration loyer bail préavis déménagement valise "
    "documents identité passeport titre séjour mariage naissance diplômes courrier "
    "rendez-vous prochain semaine prochaine rappel confirmer annulé reporté démarches "
    "sociale administrative orientation partenaire réseau réunion concertation "
    "psychologue soutien groupe parole atelier peur menaces cris insultes coups "
    "jalousie contrôle argent isolement famille amies voisine confiance code mot "
    "téléphone sécurisé message laisser écrire horaires matin après-midi soir "
    "calme stressée fatiguée soulagée inquiète déterminée hésite retourner partir "
    "départ préparé sac secours clés cartes médicaments vêtements jouet animaux "
    "voiture transport train bus Liège Verviers Seraing Aywaille Sprimont Esneux "
    "Chaudfontaine Trooz Huy Namur Charleroi situation évolue stable dégradée "
    "améliorée nouvelle demande information droits procédure étapes suivantes "
    "traduction interprète arabe turc polonais roumain néerlandais anglais "
    "travail emploi formation chômage ONEM FOREM attestation employeur salaire "
    "dettes médiation factures énergie eau gaz électricité assurance"
)

PLACES = (
    "bureau du service",
    "domicile",
    "CPAS",
    "commissariat",
    "maison de justice",
    "hôpital",
    "école",
    "maison d'accueil",
    "café du centre",
    "par téléphone",
)

NEXT_STEPS = (
    "Rappeler la semaine prochaine aux heures sûres.",
    "Accompagner au CPAS pour la demande de RIS.",
    "Préparer le dossier pour le BAJ.",
    "Vérifier les documents à emporter.",
    "Contacter la maison d'accueil pour une place.",
    "Faire le point sur la plainte avec le SAPV.",
    "Organiser une réunion de réseau.",
    "Envoyer l'attestation de suivi.",
)

CLOSURE_REASONS = (
    "Objectifs atteints : la personne a retrouvé un logement.",
    "Relais pris par un service spécialisé.",
    "La personne ne souhaite plus être accompagnée.",
    "Déménagement hors de la commune.",
    "Sans nouvelles depuis plusieurs mois.",
)

SITUATIONS = (
    "Violences depuis plusieurs années, séparation envisagée.",
    "Orientée par la police après une intervention au domicile.",
    "Demande d'information sur ses droits et sur la plainte.",
    "Isolée, sans ressources propres, enfants en bas âge.",
    "Harcèlement par l'ex-partenaire après la séparation.",
)
