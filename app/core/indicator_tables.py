"""What the indicators report shows, in which order: one :class:`Spec` per table
(its section, title, where its counts come from in :class:`Measures`, how its
rows are labelled, which headline it splits, its note and chart).

:mod:`app.core.indicators` builds the tables from these, suppresses small
cells and links the tables that share a total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.activities import ActivityKind, AgeBand
from app.core.housing import StayDestination
from app.core.indicator_network import training_modules
from app.core.indicator_queries import Measures
from app.core.issued import ReferralOutcome
from app.core.pathways.vocabulary import DestinationType, FamilyCourtKind, PermitArticle
from app.core.vocabulary import FollowUpKind, Gender, RiskLevel
from app.i18n import N_, tr
from app.storage.models import Commune, PartnerSector, ReferralSource, ViolenceType


@dataclass(frozen=True)
class Spec:
    code: str
    section: str
    title: str
    values: Callable[[Measures], Counter[str]]
    labels: Callable[[Session], dict[str, str]]
    with_total: bool = True
    total_of: str | None = None  # the headline this table splits (same total)
    keep_zero_rows: bool = True
    note: str = ""
    chart: str = "bar"


def _labels(enum: type) -> Callable[[Session], dict[str, str]]:
    return lambda _session: {m.value: m.label for m in enum}


def _catalogue(model: type, key: str = "code") -> Callable[[Session], dict[str, str]]:
    def read(session: Session) -> dict[str, str]:
        column = getattr(model, key)
        rows = session.execute(select(column, model.label)).all()
        # the seeded labels are stored in French: shown in the reader's language
        return dict(sorted(((code, tr(label)) for code, label in rows), key=lambda r: r[1]))

    return read


def _communes(session: Session) -> dict[str, str]:
    return dict(
        session.execute(select(Commune.nis_code, Commune.name).order_by(Commune.name)).all()
    )


def _fixed(pairs: tuple[tuple[str, str], ...]) -> Callable[[Session], dict[str, str]]:
    return lambda _session: {code: tr(label) for code, label in pairs}


_CASES = N_("Dossiers")
_PROFILE = N_("Profil des nouveaux dossiers")
_WORK = N_("Accompagnement")
_PROTECTION = N_("Plainte, protection et départ")
_NETWORK = N_("Orientations vers le réseau")
HOUSING = N_("Hébergement d'urgence")
_ACTIVITIES = N_("Activités collectives et formations")

_CASE_HEADLINES = (
    ("new", N_("Nouveaux dossiers")),
    ("active", N_("Dossiers actifs")),
    ("closed", N_("Dossiers clôturés")),
)
_PROCEDURE_HEADLINES = (
    ("complaints", N_("Plaintes déposées")),
    ("bans_ordered", N_("Interdictions temporaires de résidence ordonnées")),
    ("bans_extended", N_("Interdictions temporaires de résidence prolongées")),
    ("court", N_("Demandes au tribunal de la famille")),
    ("permits", N_("Dossiers de protection du droit de séjour introduits")),
    ("departures", N_("Départs du domicile réalisés")),
    ("referrals", N_("Courriers d'orientation émis")),
)
_HOUSING_HEADLINES = (
    ("stays_started", N_("Séjours commencés")),
    ("stays_ended", N_("Séjours terminés")),
    ("people_housed", N_("Personnes hébergées")),
    ("person_nights", N_("Nuitées (nuits × personnes)")),
    ("requests", N_("Demandes d'hébergement reçues")),
)
_ACTIVITY_HEADLINES = (
    ("sessions", N_("Séances tenues")),
    ("attendance", N_("Présences (cumul des séances)")),
    ("professionals", N_("Présences de professionnel·les")),
    ("trainees", N_("Professionnel·les formé·es")),
)
_AGE_LABELS = (
    ("under_18", N_("Moins de 18 ans")),
    ("18_29", N_("18 à 29 ans")),
    ("30_44", N_("30 à 44 ans")),
    ("45_59", N_("45 à 59 ans")),
    ("60_plus", N_("60 ans et plus")),
)
_TREND_LABELS = (
    ("raised", N_("Risque relevé")),
    ("same", N_("Risque inchangé")),
    ("lowered", N_("Risque abaissé")),
    ("single", N_("Une seule évaluation")),
)
_CLOSURE_LABELS = (
    ("lt_1", N_("Moins d'un mois")),
    ("1_3", N_("1 à 3 mois")),
    ("3_6", N_("3 à 6 mois")),
    ("gt_6", N_("Plus de 6 mois")),
)


def _pick(values: Counter[str], pairs: tuple[tuple[str, str], ...]) -> Counter[str]:
    return Counter({code: values.get(code, 0) for code, _ in pairs})


SPECS: tuple[Spec, ...] = (
    Spec(
        "cases",
        _CASES,
        N_("Dossiers"),
        lambda m: _pick(m.headline, _CASE_HEADLINES),
        _fixed(_CASE_HEADLINES),
        with_total=False,
        chart="",
        note=N_(
            "Actifs : ouverts avant la fin de la période et non clôturés avant son début "
            "(les dossiers en pause comptent)."
        ),
    ),
    Spec(
        "closure_time",
        _CASES,
        N_("Durée d'accompagnement des dossiers clôturés"),
        lambda m: m.closure_time,
        _fixed(_CLOSURE_LABELS),
        total_of="closed",
        note=N_("De l'ouverture à la clôture, en mois calendrier."),
    ),
    Spec(
        "new_by_commune",
        _PROFILE,
        N_("Nouveaux dossiers par commune"),
        lambda m: m.new_by_commune,
        _communes,
        total_of="new",
        keep_zero_rows=False,
    ),
    Spec(
        "new_by_violence",
        _PROFILE,
        N_("Nouveaux dossiers par type de violence"),
        lambda m: m.new_by_violence,
        _catalogue(ViolenceType),
        with_total=False,
        note=N_("Un dossier peut relever de plusieurs types : pas de total."),
    ),
    Spec(
        "new_by_source",
        _PROFILE,
        N_("Nouveaux dossiers par orienteur"),
        lambda m: m.new_by_source,
        _catalogue(ReferralSource),
        total_of="new",
    ),
    Spec(
        "new_by_age",
        _PROFILE,
        N_("Nouveaux dossiers par âge de la victime"),
        lambda m: m.new_by_age,
        _fixed(_AGE_LABELS),
        total_of="new",
        note=N_("Âge à l'ouverture du dossier."),
    ),
    Spec(
        "new_by_gender",
        _PROFILE,
        N_("Nouveaux dossiers par genre de la victime"),
        lambda m: m.new_by_gender,
        _labels(Gender),
        total_of="new",
        chart="pie",
    ),
    Spec(
        "first_risk",
        _PROFILE,
        N_("Niveau de risque à la première évaluation"),
        lambda m: m.first_risk,
        _labels(RiskLevel),
        note=N_("Dossiers dont la première évaluation du risque a eu lieu pendant la période."),
    ),
    Spec(
        "risk_trend",
        _PROFILE,
        N_("Évolution du risque depuis la première évaluation"),
        lambda m: m.risk_trend,
        _fixed(_TREND_LABELS),
        note=N_(
            "Mêmes dossiers : niveau retenu à la dernière évaluation jusqu'à la fin de la "
            "période, comparé à celui de la première."
        ),
    ),
    Spec(
        "followups_by_kind",
        _WORK,
        N_("Suivis réalisés par type"),
        lambda m: m.followups_by_kind,
        _labels(FollowUpKind),
        note=N_("Suivis marqués « réalisé » ; les rendez-vous prévus ou manqués ne comptent pas."),
    ),
    Spec(
        "procedures",
        _PROTECTION,
        N_("Plainte, protection et départ"),
        lambda m: _pick(m.headline, _PROCEDURE_HEADLINES),
        _fixed(_PROCEDURE_HEADLINES),
        with_total=False,
        chart="",
    ),
    Spec(
        "court_by_kind",
        _PROTECTION,
        N_("Demandes au tribunal de la famille par procédure"),
        lambda m: m.court_by_kind,
        _labels(FamilyCourtKind),
        total_of="court",
        chart="",
    ),
    Spec(
        "permits_by_article",
        _PROTECTION,
        N_("Protection du droit de séjour par base légale"),
        lambda m: m.permits_by_article,
        _labels(PermitArticle),
        total_of="permits",
        chart="",
    ),
    Spec(
        "departures_by_destination",
        _PROTECTION,
        N_("Départs réalisés par destination"),
        lambda m: m.departures_by_destination,
        _labels(DestinationType),
        total_of="departures",
    ),
    Spec(
        "referrals_by_sector",
        _NETWORK,
        N_("Orientations par secteur du partenaire"),
        lambda m: m.referrals_by_sector,
        _catalogue(PartnerSector),
        total_of="referrals",
    ),
    Spec(
        "referrals_by_outcome",
        _NETWORK,
        N_("Suite donnée aux orientations"),
        lambda m: m.referrals_by_outcome,
        lambda _s: {o.value: o.label for o in ReferralOutcome},
        total_of="referrals",
        chart="pie",
    ),
    Spec(
        "housing",
        HOUSING,
        N_("Hébergement d'urgence"),
        lambda m: _pick(m.network.headline, _HOUSING_HEADLINES),
        _fixed(_HOUSING_HEADLINES),
        with_total=False,
        chart="",
        note=N_(
            "Personnes hébergées : victimes et enfants présents au moins une nuit de la "
            "période. Une nuit compte quand quelqu'un dort sur place : le jour d'entrée compte, "
            "le jour de sortie non."
        ),
    ),
    Spec(
        "exits_by_destination",
        HOUSING,
        N_("Séjours terminés par destination"),
        lambda m: m.network.exits_by_destination,
        _labels(StayDestination),
        total_of="stays_ended",
    ),
    Spec(
        "activities",
        _ACTIVITIES,
        N_("Activités collectives"),
        lambda m: _pick(m.network.headline, _ACTIVITY_HEADLINES),
        _fixed(_ACTIVITY_HEADLINES),
        with_total=False,
        chart="",
        note=N_(
            "Séances non annulées, jusqu'à aujourd'hui. Les présences sont des comptages "
            "anonymes : un enfant venu à dix ateliers compte dix fois."
        ),
    ),
    Spec(
        "sessions_by_kind",
        _ACTIVITIES,
        N_("Séances par type d'activité"),
        lambda m: m.network.sessions_by_kind,
        _labels(ActivityKind),
        total_of="sessions",
    ),
    Spec(
        "attendance_by_kind",
        _ACTIVITIES,
        N_("Présences par type d'activité"),
        lambda m: m.network.attendance_by_kind,
        _labels(ActivityKind),
        total_of="attendance",
    ),
    Spec(
        "attendance_by_age",
        _ACTIVITIES,
        N_("Présences par âge"),
        lambda m: m.network.attendance_by_age,
        _labels(AgeBand),
        total_of="attendance",
    ),
    Spec(
        "attendance_by_gender",
        _ACTIVITIES,
        N_("Présences par genre"),
        lambda m: m.network.attendance_by_gender,
        _labels(Gender),
        total_of="attendance",
        chart="pie",
    ),
    Spec(
        "professionals_by_sector",
        _ACTIVITIES,
        N_("Présences de professionnel·les par secteur"),
        lambda m: m.network.professionals_by_sector,
        _catalogue(PartnerSector),
        total_of="professionals",
        keep_zero_rows=False,
    ),
    Spec(
        "trainees_by_module",
        _ACTIVITIES,
        N_("Professionnel·les formé·es par module"),
        lambda m: m.network.trainees_by_module,
        lambda s: training_modules(s),
        with_total=False,
        keep_zero_rows=False,
        note=N_("Une même personne peut avoir suivi plusieurs modules : pas de total."),
    ),
)
HOURS = Spec(
    "hours_by_kind",
    _WORK,
    N_("Heures de suivi par type"),
    lambda m: m.minutes_by_kind,
    _labels(FollowUpKind),
    note=N_(
        "Durées notées sur les suivis réalisés ; une case est masquée quand le nombre "
        "de suivis correspondant l'est."
    ),
)
UNKNOWN_LABEL = N_("Non renseigné")
#: tables of headline counts that other tables split (same total, hidden together)
HEADLINE_TABLES = ("cases", "procedures", "housing", "activities")
#: the rows of each headline table: (code, label); a funder's objective may name one
#: of them alone (``cases.new``)
HEADLINE_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": _CASE_HEADLINES,
    "procedures": _PROCEDURE_HEADLINES,
    "housing": _HOUSING_HEADLINES,
    "activities": _ACTIVITY_HEADLINES,
}
