"""Indicators for the funders (PSSP, PCS): aggregates of a period and the one before.

Only the coordination reads them (``statistics.read``). They are counts and
hours, never a name, and every count from 1 to 4 is suppressed with its
complements (:mod:`app.core.small_cells`); the rule is part of every report.
What a count means is written in :mod:`app.core.indicator_queries`.

Reading the indicators on screen is not traced (no case is read); every
export (PDF, CSV) is, through :func:`trace_export`, before it leaves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.activities import ActivityKind, AgeBand
from app.core.auth import UserSession
from app.core.document_content import Letterhead, service_letterhead
from app.core.housing import StayDestination
from app.core.housing_occupancy import Occupancy, counting_rule
from app.core.indicator_network import training_modules
from app.core.indicator_periods import Period, PeriodKind
from app.core.indicator_queries import UNKNOWN, Measures, measure
from app.core.issued import ReferralOutcome
from app.core.pathways.vocabulary import DestinationType, FamilyCourtKind, PermitArticle
from app.core.permissions import Perm, require
from app.core.small_cells import Cell, Hidden, cell, rule_text, suppress
from app.core.vocabulary import FollowUpKind, Gender, RiskLevel
from app.i18n import tr
from app.storage.models import Commune, PartnerSector, ReferralSource, ViolenceType

__all__ = [
    "IndicatorReport",
    "IndicatorRow",
    "IndicatorTable",
    "Period",
    "PeriodKind",
    "compute_indicators",
    "trace_export",
]


@dataclass(frozen=True)
class IndicatorRow:
    key: str
    label: str
    current: Cell
    previous: Cell

    @property
    def change(self) -> str:
        """The change from the previous period (``+3``, ``−2``, ``=``), or ``""`` when
        either value is hidden."""
        if self.current.value is None or self.previous.value is None:
            return ""
        diff = self.current.value - self.previous.value
        if abs(diff) < 0.05:
            return "="
        text = Cell(abs(diff), hours=self.current.hours).text
        return ("+" if diff > 0 else "\u2212") + text


@dataclass(frozen=True)
class IndicatorTable:
    code: str
    section: str
    title: str
    rows: tuple[IndicatorRow, ...]
    total: IndicatorRow | None = None
    note: str = ""
    #: how a person would rather look at it: "bar", "pie" or "" (a table is enough)
    chart: str = ""


@dataclass(frozen=True)
class IndicatorReport:
    """Everything the indicators page, the PDF and the CSV show."""

    service_name: str
    period: Period
    previous: Period
    generated_on: date
    tables: tuple[IndicatorTable, ...]
    rule: str
    letterhead: Letterhead

    def table(self, code: str) -> IndicatorTable:
        return next(t for t in self.tables if t.code == code)


# -- what is shown, in which order -------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
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
        return dict(session.execute(select(column, model.label).order_by(model.label)).all())

    return read


def _communes(session: Session) -> dict[str, str]:
    return dict(
        session.execute(select(Commune.nis_code, Commune.name).order_by(Commune.name)).all()
    )


def _fixed(pairs: tuple[tuple[str, str], ...]) -> Callable[[Session], dict[str, str]]:
    return lambda _session: {code: tr(label) for code, label in pairs}


_CASES = "Dossiers"
_PROFILE = "Profil des nouveaux dossiers"
_WORK = "Accompagnement"
_PROTECTION = "Plainte, protection et départ"
_NETWORK = "Orientations vers le réseau"
_HOUSING = "Hébergement d'urgence"
_ACTIVITIES = "Activités collectives et formations"

_CASE_HEADLINES = (
    ("new", "Nouveaux dossiers"),
    ("active", "Dossiers actifs"),
    ("closed", "Dossiers clôturés"),
)
_PROCEDURE_HEADLINES = (
    ("complaints", "Plaintes déposées"),
    ("bans_ordered", "Interdictions temporaires de résidence ordonnées"),
    ("bans_extended", "Interdictions temporaires de résidence prolongées"),
    ("court", "Demandes au tribunal de la famille"),
    ("permits", "Dossiers de protection du droit de séjour introduits"),
    ("departures", "Départs du domicile réalisés"),
    ("referrals", "Courriers d'orientation émis"),
)
_HOUSING_HEADLINES = (
    ("stays_started", "Séjours commencés"),
    ("stays_ended", "Séjours terminés"),
    ("people_housed", "Personnes hébergées"),
    ("person_nights", "Nuitées (nuits × personnes)"),
    ("requests", "Demandes d'hébergement reçues"),
)
_ACTIVITY_HEADLINES = (
    ("sessions", "Séances tenues"),
    ("attendance", "Présences (cumul des séances)"),
    ("professionals", "Présences de professionnel·les"),
    ("trainees", "Professionnel·les formé·es"),
)
_AGE_LABELS = (
    ("under_18", "Moins de 18 ans"),
    ("18_29", "18 à 29 ans"),
    ("30_44", "30 à 44 ans"),
    ("45_59", "45 à 59 ans"),
    ("60_plus", "60 ans et plus"),
)
_CLOSURE_LABELS = (
    ("lt_1", "Moins d'un mois"),
    ("1_3", "1 à 3 mois"),
    ("3_6", "3 à 6 mois"),
    ("gt_6", "Plus de 6 mois"),
)


def _pick(values: Counter[str], pairs: tuple[tuple[str, str], ...]) -> Counter[str]:
    return Counter({code: values.get(code, 0) for code, _ in pairs})


_SPECS: tuple[_Spec, ...] = (
    _Spec(
        "cases",
        _CASES,
        "Dossiers",
        lambda m: _pick(m.headline, _CASE_HEADLINES),
        _fixed(_CASE_HEADLINES),
        with_total=False,
        chart="",
        note="Actifs : ouverts avant la fin de la période et non clôturés avant son début "
        "(les dossiers en pause comptent).",
    ),
    _Spec(
        "closure_time",
        _CASES,
        "Durée d'accompagnement des dossiers clôturés",
        lambda m: m.closure_time,
        _fixed(_CLOSURE_LABELS),
        total_of="closed",
        note="De l'ouverture à la clôture, en mois calendrier.",
    ),
    _Spec(
        "new_by_commune",
        _PROFILE,
        "Nouveaux dossiers par commune",
        lambda m: m.new_by_commune,
        _communes,
        total_of="new",
        keep_zero_rows=False,
    ),
    _Spec(
        "new_by_violence",
        _PROFILE,
        "Nouveaux dossiers par type de violence",
        lambda m: m.new_by_violence,
        _catalogue(ViolenceType),
        with_total=False,
        note="Un dossier peut relever de plusieurs types : pas de total.",
    ),
    _Spec(
        "new_by_source",
        _PROFILE,
        "Nouveaux dossiers par orienteur",
        lambda m: m.new_by_source,
        _catalogue(ReferralSource),
        total_of="new",
    ),
    _Spec(
        "new_by_age",
        _PROFILE,
        "Nouveaux dossiers par âge de la victime",
        lambda m: m.new_by_age,
        _fixed(_AGE_LABELS),
        total_of="new",
        note="Âge à l'ouverture du dossier.",
    ),
    _Spec(
        "new_by_gender",
        _PROFILE,
        "Nouveaux dossiers par genre de la victime",
        lambda m: m.new_by_gender,
        _labels(Gender),
        total_of="new",
        chart="pie",
    ),
    _Spec(
        "first_risk",
        _PROFILE,
        "Niveau de risque à la première évaluation",
        lambda m: m.first_risk,
        _labels(RiskLevel),
        note="Dossiers dont la première évaluation du risque a eu lieu pendant la période.",
    ),
    _Spec(
        "followups_by_kind",
        _WORK,
        "Suivis réalisés par type",
        lambda m: m.followups_by_kind,
        _labels(FollowUpKind),
        note="Suivis marqués « réalisé » ; les rendez-vous prévus ou manqués ne comptent pas.",
    ),
    _Spec(
        "procedures",
        _PROTECTION,
        "Plainte, protection et départ",
        lambda m: _pick(m.headline, _PROCEDURE_HEADLINES),
        _fixed(_PROCEDURE_HEADLINES),
        with_total=False,
        chart="",
    ),
    _Spec(
        "court_by_kind",
        _PROTECTION,
        "Demandes au tribunal de la famille par procédure",
        lambda m: m.court_by_kind,
        _labels(FamilyCourtKind),
        total_of="court",
        chart="",
    ),
    _Spec(
        "permits_by_article",
        _PROTECTION,
        "Protection du droit de séjour par base légale",
        lambda m: m.permits_by_article,
        _labels(PermitArticle),
        total_of="permits",
        chart="",
    ),
    _Spec(
        "departures_by_destination",
        _PROTECTION,
        "Départs réalisés par destination",
        lambda m: m.departures_by_destination,
        _labels(DestinationType),
        total_of="departures",
    ),
    _Spec(
        "referrals_by_sector",
        _NETWORK,
        "Orientations par secteur du partenaire",
        lambda m: m.referrals_by_sector,
        _catalogue(PartnerSector),
        total_of="referrals",
    ),
    _Spec(
        "referrals_by_outcome",
        _NETWORK,
        "Suite donnée aux orientations",
        lambda m: m.referrals_by_outcome,
        lambda _s: {o.value: o.label for o in ReferralOutcome},
        total_of="referrals",
        chart="pie",
    ),
    _Spec(
        "housing",
        _HOUSING,
        "Hébergement d'urgence",
        lambda m: _pick(m.network.headline, _HOUSING_HEADLINES),
        _fixed(_HOUSING_HEADLINES),
        with_total=False,
        chart="",
        note="Personnes hébergées : victimes et enfants présents au moins une nuit de la "
        "période. Une nuit compte quand quelqu'un dort sur place : le jour d'entrée compte, "
        "le jour de sortie non.",
    ),
    _Spec(
        "exits_by_destination",
        _HOUSING,
        "Séjours terminés par destination",
        lambda m: m.network.exits_by_destination,
        _labels(StayDestination),
        total_of="stays_ended",
    ),
    _Spec(
        "activities",
        _ACTIVITIES,
        "Activités collectives",
        lambda m: _pick(m.network.headline, _ACTIVITY_HEADLINES),
        _fixed(_ACTIVITY_HEADLINES),
        with_total=False,
        chart="",
        note="Séances non annulées, jusqu'à aujourd'hui. Les présences sont des comptages "
        "anonymes : un enfant venu à dix ateliers compte dix fois.",
    ),
    _Spec(
        "sessions_by_kind",
        _ACTIVITIES,
        "Séances par type d'activité",
        lambda m: m.network.sessions_by_kind,
        _labels(ActivityKind),
        total_of="sessions",
    ),
    _Spec(
        "attendance_by_kind",
        _ACTIVITIES,
        "Présences par type d'activité",
        lambda m: m.network.attendance_by_kind,
        _labels(ActivityKind),
        total_of="attendance",
    ),
    _Spec(
        "attendance_by_age",
        _ACTIVITIES,
        "Présences par âge",
        lambda m: m.network.attendance_by_age,
        _labels(AgeBand),
        total_of="attendance",
    ),
    _Spec(
        "attendance_by_gender",
        _ACTIVITIES,
        "Présences par genre",
        lambda m: m.network.attendance_by_gender,
        _labels(Gender),
        total_of="attendance",
        chart="pie",
    ),
    _Spec(
        "professionals_by_sector",
        _ACTIVITIES,
        "Présences de professionnel·les par secteur",
        lambda m: m.network.professionals_by_sector,
        _catalogue(PartnerSector),
        total_of="professionals",
        keep_zero_rows=False,
    ),
    _Spec(
        "trainees_by_module",
        _ACTIVITIES,
        "Professionnel·les formé·es par module",
        lambda m: m.network.trainees_by_module,
        lambda s: training_modules(s),
        with_total=False,
        keep_zero_rows=False,
        note="Une même personne peut avoir suivi plusieurs modules : pas de total.",
    ),
)
_HOURS = _Spec(
    "hours_by_kind",
    _WORK,
    "Heures de suivi par type",
    lambda m: m.minutes_by_kind,
    _labels(FollowUpKind),
    note="Durées notées sur les suivis réalisés ; une case est masquée quand le nombre "
    "de suivis correspondant l'est.",
)
_UNKNOWN_LABEL = "Non renseigné"
#: tables of headline counts that other tables split (same total, hidden together)
_HEADLINE_TABLES = ("cases", "procedures", "housing", "activities")


# -- building the tables -----------------------------------------------------------------


@dataclass
class _Column:
    """One period's values of one table, with what is hidden."""

    values: list[int]
    hidden: list[Hidden]
    total_hidden: Hidden


def _keys(spec: _Spec, labels: dict[str, str], cur: Counter[str], prev: Counter[str]) -> list[str]:
    present = {k for k, v in (cur + prev).items() if v}
    keys = [k for k in labels if spec.keep_zero_rows or k in present]
    keys += sorted(k for k in present if k not in labels and k != UNKNOWN)
    if UNKNOWN in present:
        keys.append(UNKNOWN)
    return keys


def _column(spec: _Spec, keys: list[str], values: Counter[str]) -> _Column:
    row = [int(values.get(k, 0)) for k in keys]
    hidden, total_hidden = suppress(row, with_total=spec.with_total)
    return _Column(row, hidden, total_hidden)


def _link_headlines(columns: dict[str, _Column], keys: dict[str, list[str]]) -> None:
    """A table splitting a headline shows the same total: hide them together."""
    for headline in _HEADLINE_TABLES:
        head = columns[headline]
        for i, key in enumerate(keys[headline]):
            linked = [s.code for s in _SPECS if s.total_of == key]
            hidden = head.hidden[i] is not Hidden.NO or any(
                columns[c].total_hidden is not Hidden.NO for c in linked
            )
            if not hidden:
                continue
            if head.hidden[i] is Hidden.NO:
                head.hidden[i] = Hidden.COMPLEMENT
            for c in linked:
                column = columns[c]
                if column.total_hidden is Hidden.NO:
                    column.total_hidden = Hidden.COMPLEMENT
                # with every cell shown, their sum would give the hidden total back
                shown = [j for j, h in enumerate(column.hidden) if h is Hidden.NO]
                if len(shown) == len(column.hidden):
                    nonzero = [j for j in shown if column.values[j] > 0]
                    if nonzero:
                        pick = min(nonzero, key=lambda j: (column.values[j], j))
                        column.hidden[pick] = Hidden.COMPLEMENT


def _occupancy_table(cur: Measures, prev: Measures) -> IndicatorTable:
    """Months occupied over months available, per unit: a place, not people, so
    nothing is suppressed (the stays and people housed are, above)."""
    names = {**prev.network.unit_names, **cur.network.unit_names}

    def month_cell(occ: Occupancy | None) -> Cell:
        if occ is None or not occ.nights_available:
            return Cell(0.0, hours=True, months_of=0.0)
        return Cell(occ.months_occupied, hours=True, months_of=occ.months_available)

    def together(measures: Measures) -> Occupancy | None:
        parts = list(measures.network.occupancy.values())
        if not parts:
            return None
        return Occupancy(
            nights_occupied=sum(p.nights_occupied for p in parts),
            nights_available=sum(p.nights_available for p in parts),
            period_nights=sum(p.period_nights for p in parts),
            period_months=sum(p.period_months for p in parts),
        )

    rows = tuple(
        IndicatorRow(
            key,
            names[key],
            month_cell(cur.network.occupancy.get(key)),
            month_cell(prev.network.occupancy.get(key)),
        )
        for key in sorted(names, key=lambda k: names[k])
    )
    total = None
    if len(rows) > 1:
        total = IndicatorRow(
            "total",
            tr("Ensemble des logements"),
            month_cell(together(cur)),
            month_cell(together(prev)),
        )
    return IndicatorTable(
        "housing_occupancy",
        tr(_HOUSING),
        tr("Occupation des logements d'urgence"),
        rows,
        total,
        tr(
            "Mois occupés sur mois de disponibilité du logement pendant la période "
            "(une période en cours s'arrête à aujourd'hui). "
        )
        + counting_rule(),
        "bar",
    )


def _mirror_hours(counts: _Column, minutes: list[int]) -> _Column:
    hidden = [Hidden.NO if h is Hidden.NO else Hidden.COMPLEMENT for h in counts.hidden]
    total = Hidden.NO if counts.total_hidden is Hidden.NO else Hidden.COMPLEMENT
    return _Column(minutes, hidden, total)


def _cells(column: _Column, *, hours: bool = False) -> tuple[list[Cell], Cell]:
    scale = 60.0 if hours else 1.0
    cells = [
        cell(v / scale, h, hours=hours) for v, h in zip(column.values, column.hidden, strict=True)
    ]
    return cells, cell(sum(column.values) / scale, column.total_hidden, hours=hours)


def _row_label(labels: dict[str, str], key: str) -> str:
    if key == UNKNOWN:
        return tr(_UNKNOWN_LABEL)
    return labels.get(key, key)


def _table(
    spec: _Spec,
    keys: list[str],
    labels: dict[str, str],
    cur: _Column,
    prev: _Column,
    *,
    hours: bool = False,
) -> IndicatorTable:
    cur_cells, cur_total = _cells(cur, hours=hours)
    prev_cells, prev_total = _cells(prev, hours=hours)
    rows = tuple(
        IndicatorRow(k, _row_label(labels, k), c, p)
        for k, c, p in zip(keys, cur_cells, prev_cells, strict=True)
    )
    total = IndicatorRow("total", tr("Total"), cur_total, prev_total) if spec.with_total else None
    return IndicatorTable(
        spec.code, tr(spec.section), tr(spec.title), rows, total, tr(spec.note), spec.chart
    )


def _build(session: Session, cur: Measures, prev: Measures) -> tuple[IndicatorTable, ...]:
    labels: dict[str, dict[str, str]] = {}
    keys: dict[str, list[str]] = {}
    columns: dict[str, tuple[_Column, _Column]] = {}
    for spec in _SPECS:
        labels[spec.code] = spec.labels(session)
        keys[spec.code] = _keys(spec, labels[spec.code], spec.values(cur), spec.values(prev))
        columns[spec.code] = (
            _column(spec, keys[spec.code], spec.values(cur)),
            _column(spec, keys[spec.code], spec.values(prev)),
        )
    for side in (0, 1):
        _link_headlines({code: pair[side] for code, pair in columns.items()}, keys)
    tables: list[IndicatorTable] = []
    for spec in _SPECS:
        tables.append(_table(spec, keys[spec.code], labels[spec.code], *columns[spec.code]))
        if spec.code == "followups_by_kind":
            fkeys = keys[spec.code]
            hours = [
                _mirror_hours(
                    columns[spec.code][side], [m.minutes_by_kind.get(k, 0) for k in fkeys]
                )
                for side, m in ((0, cur), (1, prev))
            ]
            tables.append(_table(_HOURS, fkeys, labels[spec.code], *hours, hours=True))
        if spec.code == "housing":
            tables.append(_occupancy_table(cur, prev))
    return tuple(tables)


def compute_indicators(session: Session, actor: UserSession, period: Period) -> IndicatorReport:
    """The indicators of ``period`` compared with the period before, suppressed.

    Coordination only (``statistics.read``). Reads, writes nothing."""
    require(actor, Perm.STATISTICS_READ)
    previous = period.previous()
    tables = _build(session, measure(session, period), measure(session, previous))
    return IndicatorReport(
        service_name=actor.service_name,
        period=period,
        previous=previous,
        generated_on=clock.today(),
        tables=tables,
        rule=rule_text(),
        letterhead=service_letterhead(session),
    )


def trace_export(session: Session, actor: UserSession, period: Period, fmt: str) -> None:
    """Trace an export of the indicators (``fmt``: "pdf" or "csv") before it leaves.

    Checked like reading them; the caller commits."""
    require(actor, Perm.STATISTICS_READ)
    audit.record(
        session,
        actor,
        audit.Action.EXPORT,
        object_type="indicators",
        detail=f"{fmt};{period.start.isoformat()};{period.end.isoformat()}",
    )
