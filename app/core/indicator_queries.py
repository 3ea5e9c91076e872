"""The raw counts behind the indicators, for one period (private to core).

Every query aggregates in SQL (GROUP BY) over indexed dates, except the age
bands, which need the victim's age on the day the case was opened and are
counted in Python over the period's new cases only. Nothing here checks a
permission: :mod:`app.core.indicators` does, before calling it.

Definitions (stated in the report's notes as well):

* new case: opened during the period;
* active case: opened before the end of the period and not closed before its
  start (a paused case is active);
* closure: closed during the period; time to closure from opening to closing,
  in calendar months;
* risk at first screening: cases whose first screening took place during the
  period, by the level retained at that screening;
* risk trend: the same cases, by the level retained at their latest screening up
  to the end of the period compared with the first (raised, same, lowered), or
  screened only once;
* follow-ups: done (not planned or missed) during the period;
* complaints filed, residence bans ordered / extended, family-court petitions,
  residence-permit files submitted, departures carried out (plans "réalisé"),
  orientation letters issued — each dated within the period.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import String, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app import clock
from app.core.indicator_network import NetworkMeasures, measure_network
from app.core.indicator_periods import Period
from app.core.pathways.common import add_months, local_to_utc
from app.core.templates import DocumentKind
from app.core.vocabulary import FollowUpKind, FollowUpStatus, PersonRole, RiskLevel
from app.storage.models import (
    Case,
    CaseViolence,
    Complaint,
    DeparturePlan,
    FamilyCourtMeasure,
    FollowUp,
    IssuedDocument,
    Partner,
    Person,
    ResidenceBan,
    ResidencePermitFile,
    RiskScreening,
)

#: key used for a missing value (no commune, no referral source, unknown age…)
UNKNOWN = ""

#: age bands (lower bound included), the victim's age when the case was opened
AGE_BANDS: tuple[tuple[str, int], ...] = (
    ("under_18", 0),
    ("18_29", 18),
    ("30_44", 30),
    ("45_59", 45),
    ("60_plus", 60),
)
#: time to closure bands: (code, months)
CLOSURE_BANDS: tuple[tuple[str, int | None], ...] = (
    ("lt_1", 1),
    ("1_3", 3),
    ("3_6", 6),
    ("gt_6", None),
)


@dataclass
class Measures:
    """Every raw count of one period (keys are stored codes; UNKNOWN when missing)."""

    headline: Counter[str] = field(default_factory=Counter)
    closure_time: Counter[str] = field(default_factory=Counter)
    new_by_commune: Counter[str] = field(default_factory=Counter)
    new_by_violence: Counter[str] = field(default_factory=Counter)
    new_by_source: Counter[str] = field(default_factory=Counter)
    new_by_age: Counter[str] = field(default_factory=Counter)
    new_by_gender: Counter[str] = field(default_factory=Counter)
    first_risk: Counter[str] = field(default_factory=Counter)
    #: the same cases, by trend from the first to the latest screening up to the period's end
    risk_trend: Counter[str] = field(default_factory=Counter)
    followups_by_kind: Counter[str] = field(default_factory=Counter)
    minutes_by_kind: Counter[str] = field(default_factory=Counter)
    court_by_kind: Counter[str] = field(default_factory=Counter)
    permits_by_article: Counter[str] = field(default_factory=Counter)
    departures_by_destination: Counter[str] = field(default_factory=Counter)
    referrals_by_sector: Counter[str] = field(default_factory=Counter)
    referrals_by_outcome: Counter[str] = field(default_factory=Counter)
    #: emergency housing and collective activities (app.core.indicator_network)
    network: NetworkMeasures = field(default_factory=NetworkMeasures)


def _grouped(session: Session, column, *where) -> Counter[str]:
    rows = session.execute(select(column, func.count()).where(*where).group_by(column))
    return Counter({(key or UNKNOWN): n for key, n in rows})


def _in(column, period: Period):
    return column.between(period.start, period.end)


def age_on(birth: date, day: date) -> int:
    """Full years between ``birth`` and ``day``."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def age_band(birth: date | None, day: date) -> str:
    """The code of the age band of someone born on ``birth`` on ``day`` (UNKNOWN without)."""
    if birth is None or birth > day:
        return UNKNOWN
    age = age_on(birth, day)
    band = AGE_BANDS[0][0]
    for code, lower in AGE_BANDS:
        if age >= lower:
            band = code
    return band


#: risk trend codes, from the first to the latest screening
RISK_TRENDS: tuple[str, ...] = ("raised", "same", "lowered", "single")
RISK_RANK = {level.value: level.rank for level in RiskLevel}


def risk_trend(first: tuple, latest: tuple, screenings: int) -> str:
    """Trend code from the first to the latest ``(screened_at, rank)`` of a case."""
    if screenings < 2:
        return "single"
    if latest[1] > first[1]:
        return "raised"
    if latest[1] < first[1]:
        return "lowered"
    return "same"


def _band_of(closed: date, limits: list[date]) -> str:
    for (code, _), limit in zip(CLOSURE_BANDS, limits, strict=False):
        if closed < limit:
            return code
    return CLOSURE_BANDS[-1][0]


def closure_band(opened: date, closed: date) -> str:
    """The code of the time-to-closure band (calendar months from opening)."""
    for code, months in CLOSURE_BANDS:
        if months is None or closed < add_months(opened, months):
            return code
    return CLOSURE_BANDS[-1][0]


def _cases(session: Session, period: Period, m: Measures) -> None:
    new = _in(Case.opened_on, period)
    # active = opened before the end and still open, or closed since the start: two
    # ranges of ix_cases_closed_opened (revision 0010), the opening date read from the
    # index — the open cases and those closed since the start, not the whole history
    opened_by_end = Case.opened_on <= period.end
    active = session.scalar(
        select(
            select(func.count()).where(Case.closed_on.is_(None), opened_by_end).scalar_subquery()
            + select(func.count())
            .where(Case.closed_on >= period.start, opened_by_end)
            .scalar_subquery()
        )
    )
    closed = (
        session.connection()
        .execute(select(Case.opened_on, Case.closed_on).where(_in(Case.closed_on, period)))
        .all()
    )
    m.headline["active"] = active or 0
    m.headline["closed"] = len(closed)
    bands: dict[date, list[date]] = {}  # the band limits of each opening day, once
    for o, c in closed:
        limits = bands.get(o)
        if limits is None:
            limits = bands[o] = [add_months(o, n) for _, n in CLOSURE_BANDS if n is not None]
        m.closure_time[_band_of(c, limits)] += 1
    m.new_by_violence = _grouped(
        session, CaseViolence.violence_code, CaseViolence.case_id == Case.id, new
    )
    # the new cases, each with its victims, in one pass (the period's cases first,
    # through ix_cases_opened_id, then their victims through ix_people_case_role):
    # one primary victim per case (the intake creates it); the earliest if ever more
    rows = (
        session.connection()
        .execute(
            select(
                # the ids and the stamp only tell rows apart and order them: read as text,
                # not turned into UUIDs and datetimes (ISO text sorts as the time does)
                type_coerce(Case.id, String).label("case_key"),
                Case.opened_on,
                Case.commune_code,
                Case.referral_source,
                type_coerce(Person.created_at, String),
                type_coerce(Person.id, String).label("victim_key"),
                Person.birth_date,
                Person.gender,
            )
            .outerjoin(
                Person, and_(Person.case_id == Case.id, Person.role == PersonRole.VICTIM.value)
            )
            .where(new)
        )
        .all()
    )
    first: dict[object, tuple] = {}
    for row in rows:
        kept = first.get(row[0])
        if kept is None or (row[4] is not None and (row[4], row[5]) < (kept[4], kept[5])):
            first[row[0]] = row
    m.headline["new"] = len(first)
    commune: Counter[str] = Counter()
    source: Counter[str] = Counter()
    for _, opened_on, commune_code, referral_source, _at, _id, birth, gender in first.values():
        commune[commune_code or UNKNOWN] += 1
        source[referral_source or UNKNOWN] += 1
        m.new_by_age[age_band(birth, opened_on)] += 1
        m.new_by_gender[gender or UNKNOWN] += 1
    m.new_by_commune = commune
    m.new_by_source = source


def _risk(session: Session, period: Period, m: Measures) -> None:
    # the period's screenings that no earlier screening of the same case precedes
    # (ix_risk_screenings_time for the period, ix_risk_screenings_case answers the
    # NOT EXISTS from the index alone), each with what the trend needs: the level of
    # the case's latest screening up to the period's end and how many it had — one
    # query, every part read from the two indexes of revision 0010
    earlier = aliased(RiskScreening)
    later = aliased(RiskScreening)
    every = aliased(RiskScreening)
    rank = case(*((later.final_level == level, r) for level, r in RISK_RANK.items()), else_=-1)
    latest = (
        select(later.final_level)
        .where(later.case_id == RiskScreening.case_id, later.screened_at < period.after_moment)
        .order_by(later.screened_at.desc(), rank.desc())
        .limit(1)
        .scalar_subquery()
    )
    screenings = (
        select(func.count())
        .where(every.case_id == RiskScreening.case_id, every.screened_at < period.after_moment)
        .scalar_subquery()
    )
    rows = session.connection().execute(
        select(
            type_coerce(RiskScreening.case_id, String),
            RiskScreening.final_level,
            latest,
            screenings,
        ).where(
            RiskScreening.screened_at >= period.first_moment,
            RiskScreening.screened_at < period.after_moment,
            ~select(earlier.case_id)
            .where(
                earlier.case_id == RiskScreening.case_id,
                earlier.screened_at < RiskScreening.screened_at,
            )
            .exists(),
        )
    )
    # a case screened twice at its first moment counts under each level retained then,
    # and its trend starts from the lower of them
    levels: set[tuple[str, str]] = set()
    trend: dict[str, tuple[int, int, int]] = {}
    for case_key, level, last_level, count in rows:
        levels.add((case_key, level))
        first_rank = RISK_RANK.get(level, -1)
        kept = trend.get(case_key)
        if kept is None or first_rank < kept[0]:
            trend[case_key] = (first_rank, RISK_RANK.get(last_level, -1), count)
    m.first_risk = Counter(level for _, level in levels)
    for first_rank, last_rank, count in trend.values():
        m.risk_trend[risk_trend((0, first_rank), (1, last_rank), count)] += 1


def _followups(session: Session, period: Period, m: Measures) -> None:
    in_period = (
        FollowUp.status == FollowUpStatus.DONE.value,
        FollowUp.occurred_at >= period.first_moment,
        FollowUp.occurred_at < period.after_moment,
    )
    # one pass with a count and a sum per kind: a GROUP BY sorted the year's
    # ~100 000 done follow-ups in a temporary B-tree, which cost more than reading them
    kinds = [k.value for k in FollowUpKind]
    columns = []
    for kind in kinds:
        columns.append(func.count().filter(FollowUp.kind == kind))
        columns.append(func.sum(FollowUp.duration_minutes).filter(FollowUp.kind == kind))
    columns.append(func.count().filter(FollowUp.kind.not_in(kinds)))
    row = session.execute(select(*columns).where(*in_period)).one()
    for i, kind in enumerate(kinds):
        if row[2 * i]:
            m.followups_by_kind[kind] = row[2 * i]
            m.minutes_by_kind[kind] = int(row[2 * i + 1] or 0)
    if row[-1]:  # a kind outside the vocabulary (an older or foreign vault): as stored
        rows = session.execute(
            select(
                FollowUp.kind, func.count(), func.coalesce(func.sum(FollowUp.duration_minutes), 0)
            )
            .where(*in_period, FollowUp.kind.not_in(kinds))
            .group_by(FollowUp.kind)
        )
        for kind, count, minutes in rows:
            m.followups_by_kind[kind] = count
            m.minutes_by_kind[kind] = int(minutes)


def _pathways(session: Session, period: Period, m: Measures) -> None:
    def count(*where) -> int:
        return session.scalar(select(func.count()).where(*where)) or 0

    m.headline["complaints"] = count(_in(Complaint.filed_on, period))
    m.headline["bans_ordered"] = count(_in(ResidenceBan.ordered_on, period))
    m.headline["bans_extended"] = count(_in(ResidenceBan.extended_on, period))
    m.court_by_kind = _grouped(
        session, FamilyCourtMeasure.kind, _in(FamilyCourtMeasure.petition_on, period)
    )
    m.headline["court"] = sum(m.court_by_kind.values())
    m.permits_by_article = _grouped(
        session, ResidencePermitFile.article, _in(ResidencePermitFile.submitted_on, period)
    )
    m.headline["permits"] = sum(m.permits_by_article.values())
    m.departures_by_destination = _grouped(
        session,
        DeparturePlan.destination_type,
        DeparturePlan.status == "realised",
        _in(DeparturePlan.realised_on, period),
    )
    m.headline["departures"] = sum(m.departures_by_destination.values())


def _referrals(session: Session, period: Period, m: Measures) -> None:
    rows = session.execute(
        select(Partner.sector, IssuedDocument.outcome)
        .select_from(IssuedDocument)
        .outerjoin(Partner, Partner.id == IssuedDocument.partner_id)
        .where(
            IssuedDocument.kind == DocumentKind.ORIENTATION.value,
            # issued_at is a UTC stamp; the period is in local days
            IssuedDocument.issued_at >= local_to_utc(period.first_moment),
            IssuedDocument.issued_at < local_to_utc(period.after_moment),
        )
    ).all()
    m.referrals_by_sector = Counter(sector or UNKNOWN for sector, _ in rows)
    m.referrals_by_outcome = Counter(outcome or UNKNOWN for _, outcome in rows)
    m.headline["referrals"] = len(rows)


def measure(session: Session, period: Period) -> Measures:
    """Every raw count of ``period`` (no permission check: callers in core check)."""
    m = Measures()
    _cases(session, period, m)
    _risk(session, period, m)
    _followups(session, period, m)
    _pathways(session, period, m)
    _referrals(session, period, m)
    m.network = measure_network(session, period, clock.today())
    return m
