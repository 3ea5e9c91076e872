"""Demo content for the three pathways: complaints and protection, socio-
administrative steps, departure plans — at every stage, with some deadlines
ahead, some overdue, for the agenda and the dashboard.

Rows are built as dictionaries and inserted through executemany, like the rest
of the demo. Only cases without any pathway data yet are filled, so a second
run of :func:`app.demo.populate.populate_demo` never duplicates anything.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from app.core.pathways.protection import ban_end, extension_limit
from app.core.pathways.vocabulary import (
    ComplaintStatus,
    FamilyCourtKind,
    PermitArticle,
    PermitDecision,
    StandardSet,
)
from app.core.vocabulary import CaseStatus
from app.demo import pathways_text as txt
from app.demo.followups import working_day
from app.demo.pathways_plans import DemoCase, StepsAndPlans
from app.demo.people import uuid_from
from app.storage.models import (
    AdminStepType,
    Case,
    CaseStep,
    CaseWorker,
    Commune,
    Complaint,
    ComplaintStatusChange,
    DeparturePlan,
    FamilyCourtMeasure,
    Partner,
    Person,
    ResidenceBan,
    ResidencePermitFile,
    User,
)

_HEARING_TIMES = (time(9, 0), time(9, 30), time(10, 0), time(11, 0), time(13, 30), time(14, 0))


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


class _PathwayGenerator(StepsAndPlans):
    # -- complaint and protection --------------------------------------------------------
    def complaint(self, case: DemoCase, filed: date) -> None:
        rng = self.rng
        cid = uuid_from(rng)
        worker = case.worker
        certificate = rng.random() < 0.55
        accompanied = rng.random() < 0.4
        zone = "Zone Secova" if case.commune in _SECOVA else f"Zone de police {case.commune}"
        changes = [(ComplaintStatus.FILED, filed, None)]
        day = filed
        if (self.today - filed).days > 30 and rng.random() < 0.75:
            day = min(filed + timedelta(days=rng.randint(15, 40)), self.today)
            changes.append((ComplaintStatus.INVESTIGATION, day, rng.choice(txt.STATUS_NOTES)))
            if (self.today - day).days > 90 and rng.random() < 0.7:
                outcome = rng.choice([ComplaintStatus.DISMISSED, ComplaintStatus.PROSECUTION])
                day = min(day + timedelta(days=rng.randint(60, 150)), self.today)
                changes.append((outcome, day, rng.choice([None, *txt.STATUS_NOTES])))
                judged = (self.today - day).days > 120 and rng.random() < 0.6
                if outcome is ComplaintStatus.PROSECUTION and judged:
                    day = min(day + timedelta(days=rng.randint(90, 200)), self.today)
                    changes.append((ComplaintStatus.JUDGEMENT, day, None))
        created = self.moment(filed)
        self.rows[Complaint].append(
            {
                "id": cid,
                "case_id": case.id,
                "filed_on": filed,
                "police_zone": zone,
                "station": f"Commissariat de {case.commune}",
                "pv_number": (
                    f"LI.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{rng.randint(1, 999999):06d}"
                    f"/{filed:%y}"
                    if rng.random() < 0.85
                    else None
                ),
                "accompanied": accompanied,
                "accompanied_by": rng.choice(txt.ACCOMPANIED_BY) if accompanied else None,
                "medical_certificate": certificate,
                "certificate_on": filed - timedelta(days=rng.randint(0, 2))
                if certificate
                else None,
                "evidence": rng.choice(txt.EVIDENCE) if rng.random() < 0.5 else None,
                "status": changes[-1][0].value,
                "notes": rng.choice(txt.COMPLAINT_NOTES) if rng.random() < 0.3 else None,
                "created_by": worker,
                "created_at": created,
                "updated_at": max(created, self.moment(changes[-1][1])),
            }
        )
        for status, on, note in changes:
            self.rows[ComplaintStatusChange].append(
                {
                    "id": uuid_from(rng),
                    "complaint_id": cid,
                    "status": status.value,
                    "changed_on": on,
                    "note": note,
                    "user_id": worker,
                    "created_at": max(created, self.moment(on)),
                }
            )

    def ban(self, case: DemoCase, ordered: date) -> None:
        rng = self.rng
        end = ban_end(ordered)
        hearing = None
        if rng.random() < 0.85:
            hearing = datetime.combine(
                working_day(ordered + timedelta(days=rng.randint(4, 8))), rng.choice(_HEARING_TIMES)
            )
        created = self.moment(ordered + timedelta(days=rng.randint(0, 1)))
        created = min(created, self.now)
        updated, extended_on = created, None
        notes = [rng.choice(txt.BAN_NOTES)] if rng.random() < 0.6 else []
        # nobody wrote what happened (flagged in the agenda): only recent ones, a few
        forgotten = (self.today - ordered).days < 25 and rng.random() < 0.3
        if hearing is not None and hearing < self.now and not forgotten:
            if rng.random() < 0.5:
                extended_on = hearing.date()
                end = min(extension_limit(ordered), ordered + timedelta(days=rng.randint(30, 92)))
                notes.append(rng.choice(txt.BAN_EXTENDED))
            updated = _utc(hearing + timedelta(hours=3))
        if end < self.today and not forgotten:
            notes.append(rng.choice(txt.BAN_OUTCOMES))
            updated = self.moment(end + timedelta(days=1))
        self.rows[ResidenceBan].append(
            {
                "id": uuid_from(rng),
                "case_id": case.id,
                "ordered_on": ordered,
                "notified_on": ordered + timedelta(days=rng.randint(0, 1))
                if ordered < self.today
                else ordered,
                "end_on": end,
                "extended_on": extended_on,
                "hearing_at": hearing,
                "notes": "\n".join(notes) or None,
                "created_at": created,
                "updated_at": max(updated, created),
            }
        )

    def court(self, case: DemoCase, petition: date) -> None:
        rng = self.rng
        kind = FamilyCourtKind.URGENT if rng.random() < 0.75 else FamilyCourtKind.SUMMARY
        delay = rng.randint(10, 18) if kind is FamilyCourtKind.URGENT else rng.randint(1, 3)
        hearing = datetime.combine(
            working_day(petition + timedelta(days=delay)), rng.choice(_HEARING_TIMES)
        )
        if (self.today - petition).days < 3 and rng.random() < 0.5:
            hearing = None  # not set yet
        decision_on = decision = None
        recent = hearing is not None and (self.now - hearing).days < 20
        if hearing is not None and hearing < self.now and (not recent or rng.random() < 0.7):
            decision_on = min(hearing.date() + timedelta(days=rng.randint(0, 10)), self.today)
            decision = rng.choice(txt.COURT_DECISIONS)
        created = self.moment(petition)
        self.rows[FamilyCourtMeasure].append(
            {
                "id": uuid_from(rng),
                "case_id": case.id,
                "kind": kind.value,
                "petition_on": petition,
                "hearing_at": hearing,
                "decision_on": decision_on,
                "decision": decision,
                "notes": rng.choice(txt.COURT_NOTES) if rng.random() < 0.4 else None,
                "created_at": created,
                "updated_at": max(created, self.moment(decision_on)) if decision_on else created,
            }
        )

    def permit(self, case: DemoCase) -> None:
        rng = self.rng
        eu = case.nationality in txt.EU_NATIONALITIES
        article = PermitArticle.ART_42QUATER_4 if eu else PermitArticle.ART_11_2
        if rng.random() < 0.08:
            article = PermitArticle.OTHER
        submitted = case.opened + timedelta(days=rng.randint(10, 60))
        submitted_on = submitted if submitted <= self._last_day(case) else None
        decision, decision_on = PermitDecision.PENDING, None
        if submitted_on and (self.today - submitted_on).days > 90 and rng.random() < 0.8:
            decision = PermitDecision.GRANTED if rng.random() < 0.85 else PermitDecision.REFUSED
            decision_on = min(submitted_on + timedelta(days=rng.randint(60, 200)), self.today)
        created = self.moment(case.opened + timedelta(days=rng.randint(3, 10)))
        self.rows[ResidencePermitFile].append(
            {
                "id": uuid_from(rng),
                "case_id": case.id,
                "article": article.value,
                "submitted_on": submitted_on,
                "decision_on": decision_on,
                "decision": decision.value,
                "notes": rng.choice(txt.PERMIT_NOTES) if rng.random() < 0.6 else None,
                "created_at": created,
                "updated_at": max(created, self.moment(decision_on)) if decision_on else created,
            }
        )

    # -- one case ------------------------------------------------------------------------
    def add(self, case: DemoCase) -> None:
        rng = self.rng
        end = self._last_day(case)
        recent = case.status == CaseStatus.OPEN.value and (self.today - case.opened).days < 45

        def within(days_max: int) -> date:
            return min(case.opened + timedelta(days=rng.randint(0, days_max)), end)

        complained = rng.random() < (0.6 if recent else 0.45)
        if complained:
            if recent and rng.random() < 0.5:
                # a ban running now: its hearing and end are ahead in the agenda
                ordered = max(case.opened, self.today - timedelta(days=rng.randint(0, 12)))
                self.complaint(case, ordered - timedelta(days=rng.randint(0, 1)))
                self.ban(case, ordered)
            else:
                filed = within(30)
                self.complaint(case, filed)
                if rng.random() < 0.2:
                    self.ban(case, min(filed + timedelta(days=rng.randint(0, 2)), self.today))
        if rng.random() < 0.12:
            self.court(case, within(60))
        foreign = case.nationality not in (None, "belge")
        if foreign and rng.random() < 0.4:
            self.permit(case)
        if rng.random() < (0.35 if case.status == CaseStatus.CLOSED.value else 0.55):
            sets = [StandardSet.DEPARTURE] if rng.random() < 0.7 else []
            if complained:
                sets.append(StandardSet.COMPLAINT)
            if foreign:
                sets.append(StandardSet.FOREIGN)
            self.steps(case, within(20), sets)
        if rng.random() < (0.2 if case.status == CaseStatus.CLOSED.value else 0.3):
            self.plans(case, within(40))


_SECOVA = {"Aywaille", "Chaudfontaine", "Esneux", "Sprimont", "Trooz"}


def _cases_without_pathways(session: Session) -> list[DemoCase]:
    any_pathway = or_(
        *(
            exists().where(model.case_id == Case.id)
            for model in (Complaint, CaseStep, DeparturePlan, ResidenceBan, FamilyCourtMeasure)
        )
    )
    rows = session.execute(
        select(Case.id, Case.opened_on, Case.status, Case.closed_on, Commune.name)
        .outerjoin(Commune, Commune.nis_code == Case.commune_code)
        .where(~any_pathway)
        .order_by(Case.reference)
    ).all()
    workers: dict[uuid.UUID, uuid.UUID] = {}
    for case_id, user_id in session.execute(
        select(CaseWorker.case_id, CaseWorker.user_id).order_by(
            CaseWorker.case_id, CaseWorker.user_id
        )
    ):
        workers.setdefault(case_id, user_id)
    nationality = dict(
        session.execute(
            select(Person.case_id, Person.nationality).where(Person.role == "victim")
        ).all()
    )
    return [
        DemoCase(
            cid, opened, status, closed, commune or "Liège", workers.get(cid), nationality.get(cid)
        )
        for cid, opened, status, closed, commune in rows
    ]


def populate_pathways(session: Session, rng: random.Random, today: date) -> int:
    """Add complaints, protection measures, steps and departure plans to the demo
    cases that have none yet. Returns how many cases received something. The
    caller commits."""
    generator = _PathwayGenerator(
        random.Random(rng.getrandbits(64)),
        today,
        list(
            session.scalars(
                select(AdminStepType).where(AdminStepType.active).order_by(AdminStepType.position)
            )
        ),
        list(session.scalars(select(Partner.id).where(Partner.active).order_by(Partner.id))),
        list(session.scalars(select(User.id).where(User.active).order_by(User.login))),
    )
    filled = 0
    for case in _cases_without_pathways(session):
        before = sum(len(rows) for rows in generator.rows.values())
        generator.add(case)
        filled += sum(len(rows) for rows in generator.rows.values()) > before
        if len(generator.rows[CaseStep]) > 5000:
            generator.flush(session)
    generator.flush(session)
    return filled
