"""Risk screening: a checklist answered yes / no / unknown, repeated over time.

The level comes from the weighted sum of "yes" answers, with critical factors
(strangulation, threats with a weapon, access to weapons, the victim's fear
of being killed) setting a floor. The worker may raise — never lower — the
computed level, with a written reason. Both levels are kept.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, require_case
from app.core.vocabulary import RiskLevel, YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Case, RiskAnswer, RiskFactor, RiskScreening

#: score thresholds: below MEDIUM → low, below HIGH → medium, below CRITICAL → high
MEDIUM_FROM = 4
HIGH_FROM = 9
CRITICAL_FROM = 15


@dataclass(frozen=True)
class Factor:
    code: str
    label: str
    weight: int
    critical: bool


@dataclass(frozen=True)
class Assessment:
    score: int
    level: RiskLevel
    drivers: list[Factor]  # the "yes" factors, heaviest first
    unknown_count: int


def active_factors(session: Session) -> list[Factor]:
    """The checklist in its display order."""
    rows = session.scalars(
        select(RiskFactor).where(RiskFactor.active).order_by(RiskFactor.position)
    )
    return [Factor(r.code, tr(r.label), r.weight, r.critical) for r in rows]


def assess(factors: list[Factor], answers: dict[str, YesNoUnknown]) -> Assessment:
    """Score and level from the answers (pure function)."""
    yes = [f for f in factors if answers.get(f.code) == YesNoUnknown.YES]
    score = sum(f.weight for f in yes)
    critical = sum(1 for f in yes if f.critical)
    if score >= CRITICAL_FROM or critical >= 2:
        level = RiskLevel.CRITICAL
    elif score >= HIGH_FROM or critical == 1:
        level = RiskLevel.HIGH
    elif score >= MEDIUM_FROM:
        level = RiskLevel.MEDIUM
    else:
        level = RiskLevel.LOW
    unknown = sum(
        1 for f in factors if answers.get(f.code, YesNoUnknown.UNKNOWN) == YesNoUnknown.UNKNOWN
    )
    drivers = sorted(yes, key=lambda f: (not f.critical, -f.weight, f.label))
    return Assessment(score, level, drivers, unknown)


@dataclass(frozen=True)
class ScreeningInput:
    answers: dict[str, YesNoUnknown]
    raised_level: RiskLevel | None = None
    raise_reason: str = ""
    notes: str = ""
    screened_at: datetime | None = None


def record_screening(
    session: Session, actor: UserSession, case_id: uuid.UUID, data: ScreeningInput
) -> RiskScreening:
    """Store a screening and update the case's current level. The caller commits."""
    case = session.get(Case, case_id)
    if case is None:
        raise ValidationError(tr("Ce dossier n'existe plus."))
    require_case(session, actor, Perm.RISK_WRITE, case_id)
    factors = active_factors(session)
    result = assess(factors, data.answers)
    final = result.level
    reason = (data.raise_reason or "").strip()
    if data.raised_level is not None and data.raised_level != result.level:
        if data.raised_level.rank < result.level.rank:
            raise ValidationError(
                tr(
                    "Le niveau peut être relevé par votre jugement professionnel, "
                    "pas abaissé sous le niveau calculé."
                ),
                field="raised_level",
            )
        if not reason:
            raise ValidationError(
                tr("Expliquez pourquoi vous relevez le niveau de risque."), field="raise_reason"
            )
        final = data.raised_level
    screening = RiskScreening(
        case_id=case_id,
        screened_at=data.screened_at or clock.now_second(),
        author_id=actor.user_id,
        score=result.score,
        computed_level=result.level.value,
        final_level=final.value,
        raise_reason=reason or None,
        notes=(data.notes or "").strip() or None,
    )
    screening.answers = [
        RiskAnswer(factor_code=f.code, answer=data.answers.get(f.code, YesNoUnknown.UNKNOWN))
        for f in factors
    ]
    session.add(screening)
    session.flush()
    latest = session.scalar(
        select(RiskScreening.final_level)
        .where(RiskScreening.case_id == case_id)
        .order_by(RiskScreening.screened_at.desc(), RiskScreening.created_at.desc())
        .limit(1)
    )
    case.risk_level = latest
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=case_id,
        object_type="screening",
        object_id=screening.id.hex,
        detail="added level=" + final.value,
    )
    return screening


@dataclass(frozen=True)
class ScreeningView:
    id: uuid.UUID
    screened_at: datetime
    score: int
    computed_level: RiskLevel
    final_level: RiskLevel
    raise_reason: str | None
    drivers: list[str]  # labels of the "yes" factors
    answers: dict[str, YesNoUnknown]


def screening_history(
    session: Session, actor: UserSession, case_id: uuid.UUID
) -> list[ScreeningView]:
    """Every screening of a case, newest first, with the factors that drove it,
    once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    factors = {f.code: f for f in active_factors(session)}
    labels = {r.code: tr(r.label) for r in session.scalars(select(RiskFactor))}
    views = []
    for s in session.scalars(
        select(RiskScreening)
        .where(RiskScreening.case_id == case_id)
        .order_by(RiskScreening.screened_at.desc())
    ):
        answers = {a.factor_code: YesNoUnknown(a.answer) for a in s.answers}
        yes = [
            factors.get(code) or Factor(code, labels.get(code, code), 0, False)
            for code, a in answers.items()
            if a == YesNoUnknown.YES
        ]
        yes.sort(key=lambda f: (not f.critical, -f.weight, f.label))
        views.append(
            ScreeningView(
                s.id,
                s.screened_at,
                s.score,
                RiskLevel(s.computed_level),
                RiskLevel(s.final_level),
                s.raise_reason,
                [f.label for f in yes],
                answers,
            )
        )
    return views


def trend(history: list[ScreeningView]) -> str:
    """ "up", "down", "stable" or "" comparing the two latest screenings."""
    if len(history) < 2:
        return ""
    newest, previous = history[0], history[1]
    if newest.final_level.rank > previous.final_level.rank or (
        newest.final_level == previous.final_level and newest.score > previous.score
    ):
        return "up"
    if newest.final_level.rank < previous.final_level.rank or newest.score < previous.score:
        return "down"
    return "stable"
