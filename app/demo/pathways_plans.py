"""Building blocks of the pathway demo: the rows being built, and the
socio-administrative steps and departure plans of a demo case."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.core.pathways.checklist import checklist, document_codes
from app.core.pathways.vocabulary import DestinationType, PlanStatus, StandardSet, StepStatus
from app.core.vocabulary import CaseStatus
from app.demo import pathways_text as txt
from app.demo.followups import office_time
from app.demo.people import uuid_from
from app.storage.models import (
    AdminStepType,
    CaseStep,
    CaseStepChange,
    Complaint,
    ComplaintStatusChange,
    DeparturePlan,
    DeparturePlanItem,
    FamilyCourtMeasure,
    ResidenceBan,
    ResidencePermitFile,
)

#: insertion order respects the foreign keys
TABLES = (
    Complaint,
    ComplaintStatusChange,
    ResidenceBan,
    FamilyCourtMeasure,
    ResidencePermitFile,
    CaseStep,
    CaseStepChange,
    DeparturePlan,
    DeparturePlanItem,
)


@dataclass
class DemoCase:
    id: uuid.UUID
    opened: date
    status: str
    closed: date | None
    commune: str
    worker: uuid.UUID | None
    nationality: str | None


class PathwayRows:
    """Rows of the pathway tables being built, inserted in batches."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        step_types: list[AdminStepType],
        partners: list[uuid.UUID],
        staff: list[uuid.UUID],
    ) -> None:
        self.rng = rng
        self.today = today
        self.now = datetime.combine(today, time(12, 0))
        self.step_types = step_types
        self.partners = partners
        self.staff = staff
        self.rows: dict[type, list[dict[str, Any]]] = {m: [] for m in TABLES}

    def moment(self, day: date) -> datetime:
        """An office time on ``day``, never after now."""
        return min(office_time(self.rng, day), self.now)

    def _last_day(self, case: DemoCase) -> date:
        return case.closed or self.today

    def flush(self, session: Session) -> None:
        for model in TABLES:
            if self.rows[model]:
                session.execute(insert(model.__table__), self.rows[model])
            self.rows[model].clear()


class StepsAndPlans(PathwayRows):
    # -- socio-administrative steps --------------------------------------------------------
    def steps(self, case: DemoCase, start: date, sets: list[StandardSet]) -> None:
        rng = self.rng
        codes = [
            t.code
            for t in self.step_types
            if any(s.value in t.standard_sets.split("|") for s in sets) and rng.random() < 0.85
        ]
        if not codes:
            codes = [t.code for t in rng.sample(self.step_types, k=min(3, len(self.step_types)))]
        end = self._last_day(case)
        span = max(1, (end - start).days)
        closed = case.status == CaseStatus.CLOSED.value
        for code in codes:
            sid = uuid_from(rng)
            created = self.moment(start)
            # older steps are further along; closed cases are settled
            progress = 1.0 if closed else min(0.95, span / 150)
            r = rng.random()
            if r < 0.08:
                status = StepStatus.NOT_APPLICABLE
            elif r < 0.08 + 0.85 * progress:
                status = StepStatus.DONE
            else:
                status = rng.choices(
                    [StepStatus.TODO, StepStatus.IN_PROGRESS, StepStatus.BLOCKED], [4, 4, 1]
                )[0]
            due = start + timedelta(days=rng.randint(7, 60)) if rng.random() < 0.75 else None
            if due is not None and status.is_open and not closed:
                # still open: mostly due in the coming weeks, a few already late
                due = max(due, self.today + timedelta(days=rng.randint(-7, 60)))
            who = case.worker if rng.random() < 0.8 else rng.choice(self.staff)
            history = [(StepStatus.TODO, created)]
            if status is not StepStatus.TODO:
                moments = sorted(
                    self.moment(start + timedelta(days=rng.randint(1, span))) for _ in range(2)
                )
                if status in (StepStatus.DONE, StepStatus.BLOCKED) and rng.random() < 0.6:
                    history.append((StepStatus.IN_PROGRESS, max(created, moments[0])))
                history.append((status, max(created, moments[1])))
            self.rows[CaseStep].append(
                {
                    "id": sid,
                    "case_id": case.id,
                    "step_code": code,
                    "status": status.value,
                    "due_on": due,
                    "responsible_id": who,
                    "partner_id": (
                        rng.choice(self.partners) if self.partners and rng.random() < 0.35 else None
                    ),
                    "notes": rng.choice(txt.STEP_NOTES) if rng.random() < 0.35 else None,
                    "created_at": created,
                    "updated_at": history[-1][1],
                }
            )
            for n, (st, at) in enumerate(history):
                self.rows[CaseStepChange].append(
                    {
                        "id": uuid_from(rng),
                        "step_id": sid,
                        "status": st.value,
                        "changed_at": at,
                        "user_id": who or case.worker,
                        "note": rng.choice(txt.STEP_CHANGE_NOTES)
                        if n and rng.random() < 0.3
                        else None,
                    }
                )

    # -- departure plan ----------------------------------------------------------------------
    def plan(
        self,
        case: DemoCase,
        start: date,
        status: PlanStatus,
        version: int,
        current: bool,
        planned: date | None,
    ) -> None:
        rng = self.rng
        pid = uuid_from(rng)
        created = self.moment(start)
        share = {
            PlanStatus.PREPARING: rng.uniform(0.15, 0.7),
            PlanStatus.READY: rng.uniform(0.8, 1.0),
            PlanStatus.REALISED: rng.uniform(0.7, 1.0),
            PlanStatus.ABANDONED: rng.uniform(0.05, 0.5),
        }[status]
        items = checklist()
        checked = {i.code for i in items if rng.random() < share}
        if status is PlanStatus.READY and rng.random() < 0.7:
            checked |= set(document_codes())  # usually ready means the papers are there
        destination = rng.choices(list(DestinationType), [30, 20, 30, 15, 5])[0]
        realised = None
        updated = created
        if status is PlanStatus.REALISED:
            realised = min(planned or start, self.today)
            updated = max(created, self.moment(realised))
        elif status is PlanStatus.ABANDONED:
            updated = max(created, self.moment(min(start + timedelta(days=20), self.today)))
        elif planned is not None and planned < self.today and rng.random() < 0.6:
            updated = max(created, self.moment(planned + timedelta(days=1)))  # postponed, noted
        self.rows[DeparturePlan].append(
            {
                "id": pid,
                "case_id": case.id,
                "version": version,
                "current": current,
                "status": status.value,
                "planned_on": planned,
                "realised_on": realised,
                "destination_type": destination.value,
                "destination_note": txt.DESTINATION_NOTES[destination]
                if rng.random() < 0.8
                else None,
                # the texts go with the items ticked in the checklist
                "transport": rng.choice(txt.TRANSPORT) if "transport" in checked else None,
                "trusted_person": rng.choice(txt.TRUSTED),
                "code_word": rng.choice(txt.CODE_WORDS) if "code_word" in checked else None,
                "triggers": rng.choice(txt.TRIGGERS) if "triggers" in checked else None,
                "neighbours_told": rng.choice(txt.NEIGHBOURS) if "neighbours" in checked else None,
                "bag_location": rng.choice(txt.BAG_PLACES) if "emergency_bag" in checked else None,
                "notes": rng.choice(txt.PLAN_NOTES) if rng.random() < 0.4 else None,
                "created_by": case.worker,
                "created_at": created,
                "updated_at": updated,
            }
        )
        for item in items:
            note = txt.ITEM_NOTES.get(item.code) if rng.random() < 0.3 else None
            if item.code in checked or note:
                self.rows[DeparturePlanItem].append(
                    {
                        "plan_id": pid,
                        "item_code": item.code,
                        "checked": item.code in checked,
                        "note": note,
                    }
                )

    def plans(self, case: DemoCase, start: date) -> None:
        rng = self.rng
        end = self._last_day(case)
        if case.status == CaseStatus.CLOSED.value:
            status = PlanStatus.REALISED if rng.random() < 0.7 else PlanStatus.ABANDONED
        elif (end - start).days > 60:
            status = rng.choices(list(PlanStatus), [3, 2, 3, 2])[0]
        else:
            status = rng.choices([PlanStatus.PREPARING, PlanStatus.READY], [3, 2])[0]
        version = 1
        if rng.random() < 0.15 and (end - start).days > 40:
            self.plan(case, start, PlanStatus.ABANDONED, 1, False, None)
            start, version = start + timedelta(days=rng.randint(20, 40)), 2
        if status in (PlanStatus.PREPARING, PlanStatus.READY):
            planned = (
                self.today + timedelta(days=rng.randint(-6, 30)) if rng.random() < 0.8 else None
            )
        else:
            planned = min(start + timedelta(days=rng.randint(7, 40)), end)
        self.plan(case, start, status, version, True, planned)
