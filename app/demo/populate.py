"""Synthetic case files for the demo vault (and, later, the performance vault).

:func:`populate_demo` fills a vault with fictional cases, people and follow-ups.
It is deterministic for a given seed and day, and inserts in batches
through executemany so that very large vaults remain practical.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import clock
from app.core.risk import active_factors
from app.core.vocabulary import CaseStatus, FollowUpStatus, Role
from app.demo.case_file import CaseContext, CaseFileGenerator
from app.demo.followups import Track, office_time, timeline
from app.demo.network import populate_demo_network
from app.demo.objectives import populate_demo_objectives
from app.demo.partners import populate_demo_directory, populate_demo_letters
from app.demo.pathways import populate_pathways
from app.demo.people import (
    Commune,
    child_rows,
    name_pools,
    uuid_from,
    victim_row,
)
from app.demo.text import ADDRESSEES, CLOSURE_REASONS
from app.storage.models import (
    Author,
    Case,
    CaseCounter,
    CaseEvent,
    CaseViolence,
    CaseWorker,
    Consent,
    FollowUp,
    PartnerSector,
    Person,
    ReferralSource,
    RiskAnswer,
    RiskScreening,
    User,
    ViolenceType,
)
from app.storage.models import Commune as CommuneRow
from app.storage.reference import load_reference_data

#: the five communes of the SECOVA police zone, favoured by the demo
SECOVA_COMMUNES = ("Aywaille", "Chaudfontaine", "Esneux", "Sprimont", "Trooz")
HISTORY_DAYS = 3 * 365
BATCH_CASES = 2000

REFERRAL_WEIGHTS = {
    "police": 30,
    "cpas": 12,
    "self": 15,
    "school": 8,
    "hospital": 8,
    "listening_line": 7,
    "partner": 10,
    "family": 7,
    "other": 3,
}


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`populate_demo` inserted."""

    cases: int
    people: int
    followups: int
    planned: int
    by_status: dict[str, int] = field(default_factory=dict)
    cases_per_year: dict[int, int] = field(default_factory=dict)


#: insertion order respects the foreign keys
_TABLES = (
    Case,
    CaseWorker,
    CaseViolence,
    CaseEvent,
    Author,
    Person,
    FollowUp,
    RiskScreening,
    RiskAnswer,
    Consent,
)


@dataclass
class _Batch:
    rows: dict[type, list[dict[str, Any]]] = field(
        default_factory=lambda: {model: [] for model in _TABLES}
    )

    @property
    def cases(self) -> list[dict[str, Any]]:
        return self.rows[Case]

    @property
    def followups(self) -> list[dict[str, Any]]:
        return self.rows[FollowUp]

    def flush(self, session: Session) -> None:
        for model, rows in self.rows.items():
            if rows:
                # Core executemany on the table: one statement per batch (the ORM
                # bulk path would split batches whenever the set of NULLs changes).
                session.execute(insert(model.__table__), rows)
            rows.clear()


class _Generator:
    def __init__(self, session: Session, rng: random.Random, workers: list[User], today: date):
        self.rng = rng
        self.today = today
        self.names = name_pools(rng.getrandbits(32))
        communes = [
            Commune(*row)
            for row in session.execute(
                select(
                    CommuneRow.nis_code, CommuneRow.name, CommuneRow.postcode, CommuneRow.province
                ).order_by(CommuneRow.nis_code)
            )
        ]
        self.secova = [c for c in communes if c.name in SECOVA_COMMUNES] or communes
        self.liege = [c for c in communes if c.province == "Liège"] or communes
        self.communes = communes
        codes = session.scalars(select(ReferralSource.code).order_by(ReferralSource.code)).all()
        self.referrals = list(codes)
        self.referral_weights = [REFERRAL_WEIGHTS.get(c, 2) for c in codes]
        self.workers = [(w.id, w.role) for w in workers]
        self.worker_weights = [1 if role == Role.COORDINATOR else 4 for _, role in self.workers]
        self.case_file = CaseFileGenerator(
            rng,
            self.names,
            today=today,
            violence_codes=list(
                session.scalars(
                    select(ViolenceType.code).where(ViolenceType.active).order_by(ViolenceType.code)
                )
            ),
            factors=active_factors(session),
            sectors=list(session.scalars(select(PartnerSector.code).order_by(PartnerSector.code))),
            fill=ADDRESSEES.__getitem__,
        )

    # -- one case ---------------------------------------------------------------------
    def commune(self) -> Commune:
        r = self.rng.random()
        pool = self.secova if r < 0.6 else self.liege if r < 0.85 else self.communes
        return self.rng.choice(pool)

    def status(self, opened: date) -> tuple[str, date | None, str | None]:
        rng = self.rng
        age = (self.today - opened).days
        if age > 30 and rng.random() < min(0.85, age / 900):
            closed = opened + timedelta(days=rng.randint(30, max(30, min(age, 540))))
            closed = min(closed, self.today)
            return CaseStatus.CLOSED.value, closed, rng.choice(CLOSURE_REASONS)
        if age > 45 and rng.random() < 0.12:
            return CaseStatus.PAUSED.value, None, None
        return CaseStatus.OPEN.value, None, None

    def assigned(self) -> list[Any]:
        if not self.workers:
            return []
        ids = [w for w, _ in self.workers]
        first = self.rng.choices(ids, weights=self.worker_weights)[0]
        chosen = [first]
        if len(ids) > 1 and self.rng.random() < 0.3:
            second = self.rng.choice([i for i in ids if i != first])
            chosen.append(second)
        return chosen

    def add_case(self, batch: _Batch, reference: str, opened: date) -> tuple[str, int, int]:
        rng = self.rng
        case_id = uuid_from(rng)
        status, closed, reason = self.status(opened)
        home = self.commune()
        workers = self.assigned()
        created = office_time(rng, opened)
        victim, household = victim_row(
            rng,
            self.names,
            case_id=case_id,
            home=home,
            elsewhere=rng.choice(self.communes),
            today=self.today,
            created=created,
        )
        people = [
            victim,
            *child_rows(
                rng, self.names, household, case_id=case_id, today=self.today, created=created
            ),
        ]
        referral = None
        if self.referrals and rng.random() < 0.95:
            referral = rng.choices(self.referrals, weights=self.referral_weights)[0]
        followups = timeline(
            rng,
            self.today,
            Track(case_id, opened, closed, status, home, household, workers),
        )
        ctx = CaseContext(
            case_id,
            opened,
            closed,
            status,
            reason,
            referral,
            home.name,
            workers,
            household,
            created,
        )
        screenings, answers, risk_level = self.case_file.screenings(ctx)
        updated = max([created, *(f["created_at"] for f in followups)])
        rows = batch.rows
        rows[Case].append(
            {
                "id": case_id,
                "reference": reference,
                "status": status,
                "closure_reason": reason,
                "opened_on": opened,
                "closed_on": closed,
                "commune_code": home.nis_code,
                "referral_source": referral,
                "confidential": rng.random() < 0.07,
                "created_by": workers[0] if workers else None,
                "created_at": created,
                "updated_at": updated,
                "risk_level": risk_level,
                "last_contact_at": None,  # kept by a trigger on follow-ups
                **self.case_file.case_fields(ctx),
            }
        )
        rows[CaseWorker].extend({"case_id": case_id, "user_id": w} for w in workers)
        rows[CaseViolence].extend(self.case_file.violence(ctx))
        rows[CaseEvent].extend(self.case_file.events(ctx))
        rows[Author].extend(self.case_file.authors(ctx))
        rows[Person].extend(people)
        rows[FollowUp].extend(followups)
        rows[RiskScreening].extend(screenings)
        rows[RiskAnswer].extend(answers)
        rows[Consent].extend(self.case_file.consents(ctx))
        planned = sum(1 for f in followups if f["status"] == FollowUpStatus.PLANNED)
        return status, len(people), planned

    def opening_dates(self, count: int) -> list[date]:
        start = self.today - timedelta(days=HISTORY_DAYS)
        days = []
        for _ in range(count):
            # more cases in recent months: the service is growing
            offset = int(HISTORY_DAYS * (self.rng.random() ** 0.75))
            day = start + timedelta(days=offset)
            if day.weekday() >= 5:
                day -= timedelta(days=day.weekday() - 4)  # back to Friday
            days.append(day)
        days.sort()
        return days


def populate_demo(
    session: Session,
    *,
    cases: int,
    seed: int | None,
    workers: list[User],
    batch_cases: int = BATCH_CASES,
) -> DemoSummary:
    """Insert ``cases`` fictional case files, their people and follow-ups.

    ``workers`` are existing users (assigned workers and follow-up authors).
    Reference numbers continue each year's :class:`CaseCounter`. The caller
    commits. The same ``seed`` on the same day (the clock) gives the same data.
    """
    session.flush()
    if session.scalar(select(CommuneRow.nis_code).limit(1)) is None:
        load_reference_data(session)
        session.flush()
    rng = random.Random(seed)
    generator = _Generator(session, rng, workers, clock.today())
    counters = {c.year: c for c in session.scalars(select(CaseCounter))}
    numbers = {year: c.last_number for year, c in counters.items()}
    batch = _Batch()
    statuses: Counter[str] = Counter()
    people = followups = planned = 0
    per_year: Counter[int] = Counter()
    for opened in generator.opening_dates(cases):
        number = numbers.get(opened.year, 0) + 1
        numbers[opened.year] = number
        per_year[opened.year] += 1
        status, n_people, n_planned = generator.add_case(
            batch, f"{opened.year}-{number:04d}", opened
        )
        statuses[status] += 1
        people += n_people
        planned += n_planned
        if len(batch.cases) >= batch_cases:
            followups += len(batch.followups)
            batch.flush(session)
    followups += len(batch.followups)
    batch.flush(session)
    for year, last in numbers.items():
        if year in counters:
            counters[year].last_number = last
        else:
            session.add(CaseCounter(year=year, last_number=last))
    session.flush()
    populate_demo_directory(session, rng=rng, workers=workers, today=generator.today)  # issue #5
    populate_pathways(session, rng, generator.today)  # issue #4: complaints, steps, plans
    populate_demo_letters(session, rng=rng, workers=workers, today=generator.today)  # issue #5
    populate_demo_network(session, rng, generator.today, workers)  # issue #13
    populate_demo_objectives(session)  # issue #13: the funder's objectives
    return DemoSummary(
        cases=cases,
        people=people,
        followups=followups,
        planned=planned,
        by_status=dict(statuses),
        cases_per_year=dict(sorted(per_year.items())),
    )
