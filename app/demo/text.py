"""French wording for the demo vault: follow-up summaries, places, safe-contact rules.

Everything here is invented. Summaries never contain a person's name: they say
"Madame" / "Monsieur" so that hide-name mode has nothing to hide in them.
"""

from __future__ import annotations

import functools
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from app.core.vocabulary import FollowUpKind, FollowUpStatus


@dataclass(frozen=True)
class Addressee:
    """How a summary refers to the victim: "Madame", "Monsieur" or "la personne"."""

    title: str  # used at the start of a sentence
    inner: str  # used inside a sentence
    pronoun: str  # elle / il
    e: str  # feminine agreement suffix ("" or "e")
    si: str  # "si elle" / "s'il"

    def fill(self, text: str, **values: str) -> str:
        return text.format(
            Titre=self.title, titre=self.inner, pron=self.pronoun, e=self.e, si=self.si, **values
        )


ADDRESSEES = {
    "female": Addressee("Madame", "Madame", "elle", "e", "si elle"),
    "male": Addressee("Monsieur", "Monsieur", "il", "", "s'il"),
    "other": Addressee("La personne", "la personne", "elle", "e", "si elle"),
}


def of(name: str) -> str:
    """French "de"/"d'" before a place name."""
    return f"d'{name}" if name[:1].upper() in "AEIOUYÉÈÊÂÎÔ" else f"de {name}"


def to_(phrase: str) -> str:
    """French "à" before a phrase with its article (à + le = au)."""
    if phrase.startswith("le "):
        return "au " + phrase[3:]
    if phrase.startswith("les "):
        return "aux " + phrase[4:]
    return "à " + phrase


def of_(phrase: str) -> str:
    """French "de" before a phrase with its article (de + le = du)."""
    if phrase.startswith("le "):
        return "du " + phrase[3:]
    if phrase.startswith("les "):
        return "des " + phrase[4:]
    return "de " + phrase


VIOLENCE = [
    "des insultes répétées et un contrôle de toutes ses dépenses",
    "des coups reçus lors d'une dispute le week-end dernier",
    "des menaces de mort proférées devant les enfants",
    "une surveillance constante de son téléphone et de ses messages",
    "des violences sexuelles au sein du couple",
    "la confiscation de ses papiers d'identité",
    "des humiliations quotidiennes et un isolement de sa famille",
    "un harcèlement par messages depuis la séparation",
    "une tentative d'étranglement il y a quelques semaines",
    "des bousculades et des objets lancés lors des disputes",
    "l'interdiction de travailler et de disposer de son propre argent",
    "des menaces de lui retirer les enfants",
]

MOOD = [
    "fatigué{e} mais déterminé{e}",
    "plus serein{e} que la dernière fois",
    "très préoccupé{e} par la situation des enfants",
    "découragé{e} par la lenteur des démarches",
    "soulagé{e} d'avoir pu parler",
    "partagé{e} entre l'envie de partir et la peur",
    "épuisé{e} et isolé{e}",
]

EVOLUTION = [
    "La situation s'est apaisée depuis l'éloignement de l'auteur présumé.",
    "Nouvelles tensions à la maison depuis la rentrée scolaire.",
    "L'auteur présumé a été entendu par la police cette semaine.",
    "{Titre} a repris contact avec sa sœur, qui peut l'héberger si nécessaire.",
    "Les messages de l'ex-partenaire continuent, {pron} les conserve comme preuves.",
    "{Titre} dort mieux depuis qu'{pron} est hébergé{e} chez une amie.",
    "Pas d'incident depuis notre dernier contact.",
    "Un nouvel épisode de violence a eu lieu dimanche ; pas de blessure visible.",
    "{Titre} hésite encore à porter plainte.",
    "La plainte a été déposée ; {pron} attend la suite du parquet.",
]

STEPS = [
    "la demande de revenu d'intégration au CPAS",
    "l'adresse de référence au CPAS",
    "le changement d'adresse à la commune",
    "l'ouverture d'un compte bancaire personnel",
    "la demande de logement social",
    "les allocations familiales",
    "la mutuelle",
    "le rendez-vous au bureau d'aide juridique",
    "la requête au tribunal de la famille",
    "l'inscription des enfants dans une nouvelle école",
    "le dossier de titre de séjour (article 11, § 2)",
    "le certificat médical de constat de lésions",
]

PLAN_ITEMS = [
    "le sac d'urgence est déposé chez une voisine de confiance",
    "les copies des papiers d'identité et des actes de naissance sont en lieu sûr",
    "les numéros d'urgence sont appris par cœur",
    "un mot de code est convenu avec une personne de confiance",
    "le départ pourrait se faire un mardi, quand l'auteur présumé travaille",
    "une place en maison d'accueil est demandée",
    "les carnets de santé des enfants seront emportés",
    "la liste des documents à emporter a été relue ensemble",
]

CHILD_NOTES = [
    "Les enfants ont été témoins de plusieurs disputes.",
    "L'aîné fait des cauchemars depuis quelques semaines.",
    "La plus jeune fréquente la crèche communale.",
    "L'école signale un enfant plus agité en classe.",
    "Les enfants pourraient participer à l'atelier du premier mercredi du mois.",
]

RISK = [
    "risque jugé modéré, à réévaluer dans un mois",
    "risque élevé : séparation récente et menaces",
    "risque en baisse depuis l'éloignement",
    "risque élevé, plan de départ activé",
]

PARTNERS = [
    "le SAPV",
    "le service d'aide aux victimes",
    "l'accueil des victimes de la maison de justice",
    "la maison d'accueil",
    "le CPAS",
    "le bureau d'aide juridique",
    "l'AMO",
    "le centre PMS",
    "le planning familial",
    "l'agence immobilière sociale",
]

MISSED = [
    "{Titre} ne s'est pas présenté{e} et n'a pas pu être joint{e} sur le numéro sûr.",
    "Rendez-vous annulé au dernier moment : l'auteur présumé était à la maison.",
    "Pas de réponse aux heures convenues ; aucun message laissé (règles de contact).",
    "{Titre} a prévenu qu'{pron} ne pouvait pas venir : empêchement de dernière minute.",
]

NEXT_STEPS = [
    "Recontacter {titre} dans une semaine sur le numéro sûr.",
    "Préparer le courrier d'orientation vers le service d'aide aux victimes.",
    "Vérifier la réponse du CPAS.",
    "Fixer un rendez-vous au bureau d'aide juridique.",
    "Transmettre la liste des documents à emporter.",
    "Faire le point avec l'école des enfants.",
    "Réévaluer le risque au prochain entretien.",
    "Relancer la société de logement social.",
    "Accompagner {titre} au dépôt de plainte {si} le souhaite.",
    "Proposer un groupe de parole.",
]

CLOSURE_REASONS = [
    "Objectifs atteints : la personne a quitté le domicile et est relogée.",
    "Réorientation vers le service d'aide aux victimes, qui prend le relais.",
    "La personne ne souhaite plus être accompagnée pour le moment.",
    "Déménagement hors de la zone ; relais passé au service de la nouvelle commune.",
    "Plus de contact depuis plusieurs mois malgré nos relances.",
    "Relais pris par le CPAS et la maison d'accueil.",
    "Situation stabilisée : mesures de protection en place, suivi clôturé d'un commun accord.",
]

SAFE_TIMES = [
    "en semaine entre 9 h et 11 h",
    "uniquement le mardi et le jeudi après-midi",
    "jamais le week-end",
    "pendant les heures d'école",
    "après 20 h, quand les enfants dorment",
    "le matin avant 8 h 30",
]

SAFE_NOTES = [
    "Ne pas appeler sur le fixe : l'auteur présumé consulte le journal d'appels.",
    "Se présenter comme « le secrétariat du médecin » en cas de doute.",
    "Ne jamais envoyer de courrier au domicile.",
    "Hébergé{e} en maison d'accueil : adresse confidentielle.",
    "Préfère être contacté{e} par sa sœur, qui transmet.",
    "Raccrocher sans rien dire si une autre voix répond.",
]

CODE_WORDS = ["mimosa", "parapluie bleu", "tarte au riz", "la clé du garage", "colis", "tournesol"]

STREETS = [
    "rue de la Station",
    "rue du Moulin",
    "avenue des Tilleuls",
    "rue de l'Église",
    "chemin des Prés",
    "rue Haute",
    "place du Marché",
    "rue des Écoles",
    "rue du Thier",
    "voie de l'Ourthe",
    "rue des Combattants",
    "rue de la Fontaine",
    "clos des Aubépines",
    "rue Saint-Roch",
    "rue de Liège",
]


_TEMPLATES: dict[str, list[str]] = {
    FollowUpKind.INTERVIEW: [
        "Entretien de suivi. {Titre} se dit {mood}. {evolution} Point sur {step}.",
        "Entretien au bureau. {evolution} Travail sur le plan de départ : {plan}.",
        "Entretien : {titre} évoque {violence}. Évaluation du risque reprise ({risk}).",
        "Entretien centré sur {step}. {children} {Titre} repart avec la liste des documents.",
        "Entretien de bilan. {evolution} Orientation proposée vers {partner}.",
    ],
    FollowUpKind.PHONE: [
        "Appel sortant sur le numéro sûr, aux heures convenues. {evolution}",
        "Appel de {titre}, qui se dit {mood}. {evolution}",
        "Appel {to_partner} pour faire avancer {step}.",
        "Court appel pour confirmer le prochain rendez-vous. {evolution}",
    ],
    FollowUpKind.HOME_VISIT: [
        "Visite à domicile aux heures convenues. {evolution}",
        "Visite à domicile : {titre} se dit {mood}. {children}",
        "Visite à domicile avec {partner}. Point sur {step}.",
        "Visite pour préparer le départ : {plan}.",
    ],
    FollowUpKind.NETWORK_MEETING: [
        "Concertation avec {partner} et {partner2} pour coordonner l'accompagnement.",
        "Réunion de réseau ({place}) : répartition des rôles autour {of_step}.",
        "Intervision à la plateforme VIF : situation présentée sans nom. {evolution}",
        "Réunion avec {partner} : {risk}.",
    ],
    FollowUpKind.LETTER: [
        "Courrier d'orientation vers {partner}, avec l'accord de {titre}.",
        "Courrier de soutien pour {step}.",
        "Lettre au bureau d'aide juridique pour une première consultation.",
        "Attestation de suivi rédigée à la demande de {titre}.",
    ],
}

#: templates that only make sense when the victim has children
_CHILD_TEMPLATES: dict[str, list[str]] = {
    FollowUpKind.PHONE: ["Appel de l'école. {child_note}"],
    FollowUpKind.NETWORK_MEETING: ["Réunion avec l'école et le centre PMS. {child_note}"],
}

# (place, summary) pairs: where one goes and why must match
_ACCOMPANIMENTS = [
    (
        "Commissariat de police {commune}",
        "Accompagnement au commissariat pour le dépôt de plainte. {Titre} a pu être "
        "entendu{e} ; le PV est transmis au parquet.",
    ),
    ("CPAS {commune}", "Accompagnement au CPAS pour la demande de revenu d'intégration."),
    ("CPAS {commune}", "Accompagnement au CPAS pour l'adresse de référence. Démarche aboutie."),
    (
        "Tribunal de la famille {town}",
        "Accompagnement à l'audience du tribunal de la famille. Décision attendue dans les "
        "quinze jours.",
    ),
    (
        "Justice de paix {town}",
        "Accompagnement à l'audience de prolongation de l'interdiction temporaire de résidence.",
    ),
    (
        "Maison de justice {town}",
        "Accompagnement à la rencontre avec l'accueil des victimes. {Titre} se dit {mood}.",
    ),
    (
        "Bureau d'aide juridique {town}",
        "Accompagnement au bureau d'aide juridique pour une première consultation gratuite.",
    ),
    (
        "Hôpital – CPVS {cpvs}",
        "Accompagnement au CPVS pour des soins et un constat médico-légal.",
    ),
    (
        "Administration communale {commune}",
        "Accompagnement à l'administration communale pour le changement d'adresse.",
    ),
]

# Minutes: (minimum, maximum, step)
DURATIONS: dict[str, tuple[int, int, int]] = {
    FollowUpKind.INTERVIEW: (30, 90, 15),
    FollowUpKind.PHONE: (5, 30, 5),
    FollowUpKind.HOME_VISIT: (45, 120, 15),
    FollowUpKind.ACCOMPANIMENT: (60, 240, 30),
    FollowUpKind.NETWORK_MEETING: (60, 150, 30),
    FollowUpKind.LETTER: (10, 30, 5),
}

_COURT_TOWN = {
    "Liège": "Liège",
    "Namur": "Namur",
    "Hainaut": "Charleroi",
    "Luxembourg": "Arlon",
    "Brabant wallon": "Nivelles",
}
_CPVS_TOWN = {"Liège": "Liège", "Hainaut": "Charleroi"}


def _place(rng: random.Random, kind: str, commune: str) -> str | None:
    if kind == FollowUpKind.INTERVIEW:
        return rng.choice(["Bureau du service", "Bureau du service", f"Antenne {of(commune)}"])
    if kind == FollowUpKind.HOME_VISIT:
        return rng.choice(["Domicile", "Domicile", "Domicile", "Chez une proche"])
    if kind == FollowUpKind.NETWORK_MEETING:
        return rng.choice(
            [
                "Salle de réunion du service",
                f"CPAS {of(commune)}",
                f"Maison communale {of(commune)}",
                "Visioconférence",
            ]
        )
    return None


@functools.cache
def _fields(template: str) -> tuple[str, ...]:
    """The placeholder names used by ``template`` (only those values are drawn)."""
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _without_children(items: list[str]) -> list[str]:
    return [item for item in items if "enfant" not in item]


_NO_CHILD = {
    id(items): _without_children(items)
    for items in (VIOLENCE, MOOD, EVOLUTION, STEPS, PLAN_ITEMS, NEXT_STEPS)
}


def next_step_for(rng: random.Random, who: Addressee, *, has_children: bool) -> str:
    """A French "next step" line for a follow-up."""
    items = NEXT_STEPS if has_children else _NO_CHILD[id(NEXT_STEPS)]
    return who.fill(rng.choice(items))


def followup_text(
    rng: random.Random,
    kind: str,
    status: str,
    who: Addressee,
    *,
    commune: str,
    province: str,
    first: bool,
    has_children: bool,
) -> tuple[str | None, str]:
    """Place and French summary of one follow-up of ``kind``."""

    def pick(items: list[str]) -> str:
        if not has_children:
            items = _NO_CHILD.get(id(items), items)
        return rng.choice(items)

    if kind == FollowUpKind.ACCOMPANIMENT:
        place_template, template = pick(_ACCOMPANIMENTS)
        town = _COURT_TOWN.get(province, "Liège")
        place = place_template.format(
            commune=of(commune), town=of(town), cpvs=of(_CPVS_TOWN.get(province, "Namur"))
        )
    else:
        place = _place(rng, kind, commune)
        templates = _TEMPLATES[kind]
        if has_children:
            templates = templates + _CHILD_TEMPLATES.get(kind, [])
        template = pick(templates)
    if status == FollowUpStatus.MISSED:
        return place, who.fill(pick(MISSED))
    if status == FollowUpStatus.PLANNED:
        return place, who.fill("Rendez-vous prévu : point sur {step}.", step=pick(STEPS))
    if kind == FollowUpKind.INTERVIEW and first:
        template = (
            "Premier entretien d'accueil. {Titre} relate {violence}. {children} "
            "Présentation du service, de la confidentialité et des règles de contact sûr."
        )
    step = pick(STEPS)
    partner, partner2 = rng.sample(PARTNERS, 2)
    makers: dict[str, Callable[[], str]] = {
        "violence": lambda: pick(VIOLENCE),
        "mood": lambda: who.fill(pick(MOOD)),
        "evolution": lambda: who.fill(pick(EVOLUTION)),
        "step": lambda: step,
        "of_step": lambda: of_(step),
        "plan": lambda: pick(PLAN_ITEMS),
        "risk": lambda: pick(RISK),
        "partner": lambda: partner,
        "partner2": lambda: partner2,
        "to_partner": lambda: to_(partner),
        "place": lambda: place or "",
        "children": lambda: pick(CHILD_NOTES) if has_children and rng.random() < 0.6 else "",
        "child_note": lambda: pick(CHILD_NOTES),
    }
    values = {name: makers[name]() for name in _fields(template) if name in makers}
    return place, " ".join(who.fill(template, **values).split())
