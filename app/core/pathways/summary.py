"""Everything the case screen shows about the pathways, read in one go, and the
compact "where each pathway stands" lines of the case summary."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.pathways.complaints import ComplaintView, _complaints
from app.core.pathways.deadlines import ban_end_overdue, hearing_overdue
from app.core.pathways.departure import PlanView, _plans
from app.core.pathways.protection import (
    BanView,
    CourtView,
    PermitView,
    _bans,
    _court_measures,
    _permit_files,
)
from app.core.pathways.steps import (
    CaseStepView,
    PartnerChoice,
    StepProgress,
    StepType,
    _steps,
    partner_choices,
    step_catalogue,
    step_progress,
)
from app.core.pathways.vocabulary import PermitDecision
from app.core.permissions import Perm, require_case
from app.i18n import tr


@dataclass(frozen=True)
class CasePathways:
    """The three pathways of one case, as read for its screen."""

    case_id: uuid.UUID
    complaints: list[ComplaintView]
    bans: list[BanView]
    court_measures: list[CourtView]
    permit_files: list[PermitView]
    steps: list[CaseStepView]
    plans: list[PlanView]  # newest version first
    catalogue: list[StepType]  # active steps, for choosing
    partners: list[PartnerChoice]
    now: datetime

    @property
    def plan(self) -> PlanView | None:
        """The current departure plan."""
        return next((p for p in self.plans if p.current), None)

    @property
    def step_progress(self) -> StepProgress:
        return step_progress(self.steps)


def load_pathways(session: Session, actor: UserSession, case_id: uuid.UUID) -> CasePathways:
    """Read the pathways of a case (runs on the worker thread), once ``actor`` may
    read the case: checked once, then each pathway read without checking again."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    now = clock.now()
    return CasePathways(
        case_id=case_id,
        complaints=_complaints(session, case_id),
        bans=_bans(session, case_id),
        court_measures=_court_measures(session, case_id),
        permit_files=_permit_files(session, case_id),
        steps=_steps(session, case_id),
        plans=_plans(session, case_id),
        catalogue=step_catalogue(session),
        partners=partner_choices(session),
        now=now,
    )


@dataclass(frozen=True)
class PathwayLine:
    title: str
    text: str
    attention: bool = False  # something overdue: shown in the warning colour


def _d(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _complaint_line(p: CasePathways) -> PathwayLine:
    if not p.complaints:
        return PathwayLine(tr("Plainte"), tr("Aucune plainte enregistrée"))
    last = p.complaints[0]
    text = tr("{status} depuis le {date}").format(status=last.status.label, date=_d(last.status_on))
    if last.pv_number:
        text += tr(" · PV {pv}").format(pv=last.pv_number)
    if len(p.complaints) > 1:
        text = tr("{n} plaintes — la dernière : {text}").format(n=len(p.complaints), text=text)
    return PathwayLine(tr("Plainte"), text)


def _protection_line(p: CasePathways) -> PathwayLine:
    today, parts, attention = p.now.date(), [], False
    if p.bans:
        ban = p.bans[0]
        if ban.end_on >= today:
            text = tr("Interdiction de résidence jusqu'au {date}").format(date=_d(ban.end_on))
        else:
            text = tr("Interdiction de résidence terminée le {date}").format(date=_d(ban.end_on))
        if ban.extended:
            text += tr(" (prolongée)")
        if ban.hearing_at and ban.hearing_at >= p.now:
            text += tr(" · audience le {date} à {time}").format(
                date=_d(ban.hearing_at.date()), time=ban.hearing_at.strftime("%H:%M")
            )
        parts.append(text)
        attention = ban_end_overdue(ban.end_on, ban.updated_at, today) or bool(
            ban.hearing_at
            and not ban.extended
            and hearing_overdue(ban.hearing_at, ban.updated_at, p.now)
        )
    if p.court_measures:
        measure = p.court_measures[0]
        if measure.decision_on:
            parts.append(
                tr("Tribunal de la famille : décision du {date}").format(
                    date=_d(measure.decision_on)
                )
            )
        elif measure.hearing_at:
            parts.append(
                tr("Tribunal de la famille : audience le {date}").format(
                    date=_d(measure.hearing_at.date())
                )
            )
            attention = attention or measure.hearing_at < p.now
        else:
            parts.append(
                tr("Tribunal de la famille : requête du {date}").format(
                    date=_d(measure.petition_on)
                )
            )
    if p.permit_files:
        permit = p.permit_files[0]
        parts.append(tr("Séjour : {decision}").format(decision=permit.decision.label.lower()))
        if permit.decision is PermitDecision.PENDING and permit.submitted_on is None:
            parts[-1] = tr("Séjour : dossier à introduire")
    if not parts:
        return PathwayLine(tr("Protection"), tr("Aucune mesure de protection"))
    return PathwayLine(tr("Protection"), " · ".join(parts), attention)


def _steps_line(p: CasePathways) -> PathwayLine:
    if not p.steps:
        return PathwayLine(tr("Démarches"), tr("Aucune démarche"))
    progress = p.step_progress
    text = tr("{done} sur {total} faites").format(done=progress.done, total=progress.total)
    if progress.overdue:
        text += tr(" · {n} en retard").format(n=progress.overdue)
    if progress.blocked:
        text += tr(" · {n} bloquée(s)").format(n=progress.blocked)
    return PathwayLine(tr("Démarches"), text, progress.overdue > 0)


def _plan_line(p: CasePathways) -> PathwayLine:
    plan = p.plan
    if plan is None:
        return PathwayLine(tr("Plan de départ"), tr("Aucun plan de départ"))
    pr = plan.progress
    text = tr("{status} — {done} éléments sur {total} ({percent} %)").format(
        status=plan.status.label, done=pr.done, total=pr.total, percent=pr.percent
    )
    if plan.realised_on:
        text += tr(" · départ le {date}").format(date=_d(plan.realised_on))
    elif plan.planned_on:
        text += tr(" · départ prévu le {date}").format(date=_d(plan.planned_on))
    if plan.version > 1:
        text += tr(" · version {n}").format(n=plan.version)
    late = bool(
        plan.planned_on
        and not plan.realised_on
        and plan.status.value in ("preparing", "ready")
        and ban_end_overdue(plan.planned_on, plan.updated_at, p.now.date())
    )
    return PathwayLine(tr("Plan de départ"), text, late)


def pathway_lines(p: CasePathways) -> list[PathwayLine]:
    """One line per pathway: complaint, protection, steps, departure plan."""
    return [_complaint_line(p), _protection_line(p), _steps_line(p), _plan_line(p)]
