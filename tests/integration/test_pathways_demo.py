"""The demo shows cases at every stage of each pathway, with coherent dates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.pathways.deadlines import DeadlineKind, deadlines
from app.core.pathways.protection import ban_end, extension_limit
from app.core.pathways.vocabulary import (
    ComplaintStatus,
    DestinationType,
    FamilyCourtKind,
    PermitDecision,
    PlanStatus,
    StepStatus,
)
from app.core.setup import CreatedVault, create_service_vault
from app.core.vocabulary import Role
from app.demo.populate import populate_demo
from app.storage.models import (
    CaseStep,
    CaseStepChange,
    Complaint,
    ComplaintStatusChange,
    DeparturePlan,
    FamilyCourtMeasure,
    ResidenceBan,
    ResidencePermitFile,
    User,
)
from tests.conftest import COORDINATOR, LOGIN, PASSPHRASE, SERVICE, TEST_KDF

TODAY = date(2026, 6, 15)
NOW = datetime.combine(TODAY, time(12, 0))

pytestmark = pytest.mark.clock(NOW)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    created: CreatedVault = create_service_vault(
        tmp_path_factory.mktemp("demo") / "coffre", SERVICE, COORDINATOR, PASSPHRASE, kdf=TEST_KDF
    )
    db = created.vault.require_db()
    with db.session() as s, s.begin():
        workers = list(s.scalars(select(User)))
        populate_demo(s, cases=200, seed=11, workers=workers)
    s = db.session()
    yield s
    s.close()
    created.vault.close()


def values(session: Session, column) -> set:
    return set(session.scalars(select(column).distinct()))


def test_every_stage_of_every_pathway_appears(session: Session):
    assert values(session, Complaint.status) == {s.value for s in ComplaintStatus}
    assert values(session, CaseStep.status) == {s.value for s in StepStatus}
    assert values(session, DeparturePlan.status) == {s.value for s in PlanStatus}
    assert values(session, DeparturePlan.destination_type) == {d.value for d in DestinationType}
    assert values(session, FamilyCourtMeasure.kind) == {k.value for k in FamilyCourtKind}
    assert values(session, ResidencePermitFile.decision) == {d.value for d in PermitDecision}
    assert values(session, DeparturePlan.version) >= {1, 2}
    assert session.scalar(select(func.count()).where(ResidenceBan.extended_on.is_not(None)))


def test_the_agenda_has_deadlines_ahead_and_some_overdue(session: Session):
    coordinator = session.scalar(select(User).where(User.login == LOGIN))
    actor = UserSession(coordinator.id, LOGIN, "", Role.COORDINATOR, "", False)
    items = deadlines(session, actor=actor, days=30)
    kinds = Counter((d.kind, d.overdue) for d in items)
    assert any(not overdue for (_, overdue) in kinds) and any(o for (_, o) in kinds)
    assert {d.kind for d in items} >= {DeadlineKind.STEP_DUE, DeadlineKind.DEPARTURE}
    assert sum(1 for d in items if d.overdue) < len(items)


def test_demo_dates_follow_the_rules_of_the_core(session: Session):
    for ban in session.scalars(select(ResidenceBan)):
        assert ban.ordered_on <= TODAY and ban.notified_on >= ban.ordered_on
        if ban.extended_on is None:
            assert ban.end_on == ban_end(ban.ordered_on)
        else:
            assert ban_end(ban.ordered_on) < ban.end_on <= extension_limit(ban.ordered_on)
        if ban.hearing_at is not None:
            assert ban.hearing_at.date() >= ban.ordered_on
    for complaint in session.scalars(select(Complaint)):
        changes = session.scalars(
            select(ComplaintStatusChange)
            .where(ComplaintStatusChange.complaint_id == complaint.id)
            .order_by(ComplaintStatusChange.changed_on, ComplaintStatusChange.created_at)
        ).all()
        assert changes[0].status == "filed" and changes[0].changed_on == complaint.filed_on
        assert changes[-1].status == complaint.status
        assert all(c.changed_on <= TODAY for c in changes)
        if complaint.certificate_on:
            assert complaint.medical_certificate
    for measure in session.scalars(select(FamilyCourtMeasure)):
        if measure.hearing_at:
            assert measure.hearing_at.date() >= measure.petition_on
        if measure.decision_on:
            assert measure.petition_on <= measure.decision_on <= TODAY and measure.decision
    for permit in session.scalars(select(ResidencePermitFile)):
        if permit.decision != "pending":
            assert permit.submitted_on <= permit.decision_on <= TODAY
    for plan in session.scalars(select(DeparturePlan)):
        assert (plan.realised_on is not None) == (plan.status == "realised")
        if plan.realised_on:
            assert plan.realised_on <= TODAY
    current = session.execute(
        select(DeparturePlan.case_id, func.count())
        .where(DeparturePlan.current)
        .group_by(DeparturePlan.case_id)
    ).all()
    assert current and all(n == 1 for _, n in current)
    last = session.execute(
        select(CaseStep.status, func.max(CaseStepChange.changed_at), CaseStep.id)
        .join(CaseStepChange, CaseStepChange.step_id == CaseStep.id)
        .group_by(CaseStep.id)
    ).all()
    assert all(at <= NOW for _, at, _ in last)


def test_a_second_run_adds_no_second_plan_to_a_case(
    make_vault: Callable[..., CreatedVault],
):
    created = make_vault()
    db = created.vault.require_db()
    for seed in (1, 2):
        with db.session() as s, s.begin():
            workers = list(s.scalars(select(User)))
            populate_demo(s, cases=30, seed=seed, workers=workers)
    with db.session() as s:
        counts = s.execute(
            select(func.count())
            .select_from(DeparturePlan)
            .where(DeparturePlan.current)
            .group_by(DeparturePlan.case_id)
        ).all()
        steps = s.execute(
            select(func.count())
            .select_from(CaseStep)
            .group_by(CaseStep.case_id, CaseStep.step_code)
        ).all()
    assert all(n == 1 for (n,) in counts) and all(n == 1 for (n,) in steps)
