"""Deterministic synthetic case-file rows, already in the vault's storage format.

Benchmark-only. Values are formatted exactly as SQLAlchemy stores them on
SQLite (UUID: 32 hex digits; DateTime: ``YYYY-MM-DD HH:MM:SS.ffffff``; Date:
ISO; Boolean: 0/1) so that raw ``executemany`` inserts produce the same rows
as the ORM would; ``check_formats`` asserts it against SQLAlchemy itself.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate

from sqlalchemy import Date, DateTime, Uuid
from sqlalchemy.dialects import sqlite

from app.core.risk import Factor, assess
from app.core.validation import make_niss
from app.core.vocabulary import YesNoUnknown
from tests.benchmarks import synthetic_text as txt

FOLLOWUP_KINDS = ("interview", "phone", "home_visit", "accompaniment", "network_meeting", "letter")
PURPOSES = ("referral", "coordination", "attestation", "legal", "housing")
RELATIONS = ("partner", "ex_partner", "parent", "sibling", "other_family")
YES_BY_LEVEL = {"low": 0.04, "medium": 0.14, "high": 0.28, "critical": 0.45}


def h(value: uuid.UUID) -> str:
    return value.hex


def d(value: date | None) -> str | None:
    return value.isoformat() if value else None


def dt(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if value else None


def check_formats() -> None:
    """Fail loudly if SQLAlchemy's SQLite storage format differs from ours."""
    dialect = sqlite.dialect()
    sample_id, sample_day = uuid.uuid4(), datetime(2026, 3, 2, 10, 30, 5)
    for type_, value, ours in (
        (Uuid(), sample_id, h(sample_id)),
        (DateTime(), sample_day, dt(sample_day)),
        (Date(), sample_day.date(), d(sample_day.date())),
    ):
        process = type_.dialect_impl(dialect).bind_processor(dialect)
        assert process is not None and process(value) == ours, (type_, ours)


@dataclass
class Catalogues:
    """What the generator picks from (read from the freshly created vault)."""

    communes: list[str]
    violence: list[str]
    sources: list[str]
    sectors: list[str]
    factors: list[Factor]
    coordinator_id: str


@dataclass
class Tables:
    """Rows per table, in insertion order."""

    rows: dict[str, list[tuple]] = field(default_factory=dict)

    def add(self, table: str, row: tuple) -> None:
        self.rows.setdefault(table, []).append(row)


COLUMNS = {
    "users": "id, login, full_name, role, commune_code, active, slot_id, created_at",
    "cases": (
        "id, reference, status, closure_reason, opened_on, closed_on, commune_code, "
        "referral_source, confidential, created_by, created_at, updated_at, situation, "
        "first_incident_on, last_incident_on, children_exposed, risk_level, last_contact_at"
    ),
    "case_counters": "year, last_number",
    "case_workers": "case_id, user_id",
    "case_violence": "case_id, violence_code",
    "case_events": "id, case_id, at, user_id, kind, reason",
    "people": (
        "id, case_id, role, relation, first_name, last_name, pseudonym, hide_name, "
        "birth_date, gender, languages, nationality, niss, street, postcode, city, phone, "
        "safe_phone, safe_times, safe_may_leave_message, safe_may_write, safe_code_word, "
        "safe_notes, created_at, updated_at"
    ),
    "authors": (
        "id, case_id, first_name, last_name, birth_date, relation, lives_with_victim, "
        "has_weapons, weapons_notes, judicial_history, notes, recorded_by, created_at, "
        "updated_at"
    ),
    "consents": (
        "id, case_id, kind, given_on, form, recorded_by, recipient_sector, "
        "recipient_label, purpose, purpose_detail, withdrawn_on, withdrawal_note, created_at"
    ),
    "risk_screenings": (
        "id, case_id, screened_at, author_id, score, computed_level, final_level, "
        "raise_reason, notes, created_at"
    ),
    "risk_answers": "screening_id, factor_code, answer",
    "followups": (
        "id, case_id, occurred_at, kind, duration_minutes, place, summary, next_step, "
        "status, author_id, created_at"
    ),
}
#: parents before children (foreign keys are on)
TABLE_ORDER = list(COLUMNS)


def insert_sql(table: str) -> str:
    columns = COLUMNS[table]
    marks = ", ".join("?" for _ in columns.split(","))
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})"


class Generator:
    """Everything but the follow-ups is made per case; follow-ups come last,
    in chronological order (as a service would have typed them)."""

    def __init__(self, seed: int, n_cases: int, today: date, cat: Catalogues) -> None:
        self.rng = random.Random(seed)
        self.n_cases = n_cases
        self.today = today
        self.now = datetime.combine(today, time(9, 0))
        self.cat = cat
        self.workers: list[str] = []
        # (case id, opened, end of activity, worker ids, is open)
        self.case_spans: list[tuple[str, date, date, list[str], bool]] = []
        weights = [self.rng.paretovariate(1.2) for _ in cat.communes]
        self.commune_weights = list(accumulate(weights))

    def uid(self) -> str:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choices(txt.WORDS, k=self.rng.randint(low, high)))

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max((end - start).days, 0)))

    def staff(self, tables: Tables, count: int = 24) -> None:
        rng = self.rng
        for i in range(count):
            user_id = self.uid()
            self.workers.append(user_id)
            first = rng.choice(txt.FEMALE_FIRST + txt.MALE_FIRST)
            role = "street_educator" if i % 4 == 0 else "social_worker"
            tables.add(
                "users",
                (
                    user_id,
                    f"agent{i:02d}",
                    f"{first} {rng.choice(txt.LAST_NAMES)}",
                    role,
                    rng.choice(self.cat.communes),
                    1,
                    None,
                    "2015-01-05 08:00:00.000000",
                ),
            )

    def cases(self, tables: Tables) -> None:
        years = max(16, -(-self.n_cases // 9000))
        start = date(self.today.year - years + 1, 1, 1)
        opened = sorted(
            self.day_between(start, self.today - timedelta(days=1)) for _ in range(self.n_cases)
        )
        counters: dict[int, int] = {}
        for opened_on in opened:
            counters[opened_on.year] = counters.get(opened_on.year, 0) + 1
            self._one_case(tables, opened_on, f"{opened_on.year}-{counters[opened_on.year]:04d}")
        for year, last in sorted(counters.items()):
            tables.add("case_counters", (year, last))

    def _one_case(self, tables: Tables, opened_on: date, reference: str) -> None:
        rng, cat = self.rng, self.cat
        case_id = self.uid()
        age_days = (self.today - opened_on).days
        roll = rng.random()
        if age_days > 730:
            status = "closed" if roll < 0.88 else ("paused" if roll < 0.93 else "open")
        else:
            status = "open" if roll < 0.72 else ("paused" if roll < 0.82 else "closed")
        closed_on = None
        if status == "closed":
            closed_on = min(opened_on + timedelta(days=rng.randint(20, 700)), self.today)
        end = closed_on or self.today
        workers = rng.sample(self.workers, 2 if rng.random() < 0.2 else 1)
        created = dt(datetime.combine(opened_on, time(rng.randint(8, 17), rng.randint(0, 59))))
        first_incident = opened_on - timedelta(days=rng.randint(10, 3000))
        screenings = self._screenings(tables, case_id, opened_on, end, workers)
        commune = cat.communes[
            next(
                i
                for i, w in enumerate(self.commune_weights)
                if w >= rng.random() * self.commune_weights[-1]
            )
        ]
        tables.add(
            "cases",
            (
                case_id,
                reference,
                status,
                rng.choice(txt.CLOSURE_REASONS) if status == "closed" else None,
                d(opened_on),
                d(closed_on),
                commune,
                rng.choice(cat.sources),
                1 if rng.random() < 0.03 else 0,
                workers[0],
                created,
                created,
                rng.choice(txt.SITUATIONS) if rng.random() < 0.6 else None,
                d(first_incident) if rng.random() < 0.5 else None,
                d(opened_on - timedelta(days=rng.randint(0, 60))) if rng.random() < 0.5 else None,
                rng.choice(("yes", "no", "unknown")),
                screenings,
                None,  # last_contact_at: the follow-up triggers fill it in
            ),
        )
        for user_id in workers:
            tables.add("case_workers", (case_id, user_id))
        for code in rng.sample(cat.violence, rng.choice((1, 1, 2, 2, 3))):
            tables.add("case_violence", (case_id, code))
        tables.add("case_events", (self.uid(), case_id, created, workers[0], "opened", None))
        if closed_on:
            closed_at = dt(datetime.combine(closed_on, time(16, 0)))
            tables.add(
                "case_events",
                (self.uid(), case_id, closed_at, workers[0], "closed", "Objectifs atteints."),
            )
        self._people(tables, case_id, opened_on, created)
        self._author_and_consents(tables, case_id, opened_on, workers[0], created)
        self.case_spans.append((case_id, opened_on, end, workers, status == "open"))

    def _people(self, tables: Tables, case_id: str, opened_on: date, created: str) -> None:
        rng = self.rng
        last = rng.choice(txt.LAST_NAMES)
        birth = date(rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28))
        mobile = f"+324{rng.randint(60, 99)}{rng.randint(0, 999999):06d}"
        tables.add(
            "people",
            (
                self.uid(),
                case_id,
                "victim",
                None,
                rng.choice(txt.FEMALE_FIRST),
                last,
                rng.choice(txt.PSEUDONYMS) if rng.random() < 0.1 else None,
                1 if rng.random() < 0.05 else 0,
                d(birth),
                "female" if rng.random() < 0.9 else "male",
                "français",
                "belge",
                make_niss(birth, rng.randint(1, 998)) if rng.random() < 0.4 else None,
                f"rue {rng.choice(txt.LAST_NAMES)} {rng.randint(1, 200)}",
                str(rng.randint(4000, 4990)),
                rng.choice(("Liège", "Aywaille", "Sprimont", "Esneux", "Seraing")),
                mobile,
                mobile if rng.random() < 0.6 else None,
                "en semaine entre 9 h et 11 h",
                rng.choice(("yes", "no", "unknown")),
                rng.choice(("yes", "no", "unknown")),
                None,
                None,
                created,
                created,
            ),
        )
        for _ in range(rng.choice((0, 0, 0, 1, 1, 1, 2, 2, 3))):
            child_birth = self.day_between(
                max(birth + timedelta(days=18 * 365), date(opened_on.year - 17, 1, 1)), opened_on
            )
            tables.add(
                "people",
                (
                    self.uid(),
                    case_id,
                    "co_victim",
                    "child",
                    rng.choice(txt.FEMALE_FIRST + txt.MALE_FIRST),
                    last,
                    None,
                    0,
                    d(child_birth),
                    rng.choice(("female", "male")),
                    None,
                    None,
                    make_niss(child_birth, rng.randint(1, 998)) if rng.random() < 0.3 else None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    "unknown",
                    "unknown",
                    None,
                    None,
                    created,
                    created,
                ),
            )

    def _author_and_consents(
        self, tables: Tables, case_id: str, opened_on: date, worker: str, created: str
    ) -> None:
        rng = self.rng
        if rng.random() < 0.9:
            tables.add(
                "authors",
                (
                    self.uid(),
                    case_id,
                    rng.choice(txt.MALE_FIRST),
                    rng.choice(txt.LAST_NAMES),
                    None,
                    rng.choice(RELATIONS),
                    rng.choice(("yes", "no", "unknown")),
                    rng.choice(("yes", "no", "unknown", "unknown")),
                    None,
                    "Condamnation antérieure pour coups." if rng.random() < 0.2 else None,
                    None,
                    worker,
                    created,
                    created,
                ),
            )
        if rng.random() < 0.95:
            tables.add(
                "consents",
                (
                    *(self.uid(), case_id, "record", d(opened_on), "oral", worker),
                    *(None, None, None, None, None, None, created),
                ),
            )
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            withdrawn = rng.random() < 0.05
            tables.add(
                "consents",
                (
                    self.uid(),
                    case_id,
                    "share",
                    d(opened_on),
                    rng.choice(("oral", "written")),
                    worker,
                    rng.choice(self.cat.sectors),
                    None,
                    rng.choice(PURPOSES),
                    None,
                    d(opened_on + timedelta(days=30)) if withdrawn else None,
                    "Retrait oral." if withdrawn else None,
                    created,
                ),
            )

    def _screenings(
        self, tables: Tables, case_id: str, opened_on: date, end: date, workers: list[str]
    ) -> str | None:
        """Zero to three screenings; returns the level the case carries."""
        rng = self.rng
        if rng.random() < 0.4:
            return None
        level = None
        target = rng.choices(("low", "medium", "high", "critical"), (40, 30, 22, 8))[0]
        for i in range(rng.choice((1, 1, 2, 3))):
            day = opened_on + timedelta(days=min(i * 60, (end - opened_on).days))
            p = YES_BY_LEVEL[target]
            answers = {
                f.code: YesNoUnknown.YES
                if rng.random() < p
                else (YesNoUnknown.NO if rng.random() < 0.7 else YesNoUnknown.UNKNOWN)
                for f in self.cat.factors
            }
            result = assess(self.cat.factors, answers)
            level = result.level.value
            screening_id = self.uid()
            at = dt(datetime.combine(day, time(11, i)))
            tables.add(
                "risk_screenings",
                (
                    *(screening_id, case_id, at, workers[0], result.score, level, level),
                    *(None, None, at),
                ),
            )
            for code, answer in answers.items():
                tables.add("risk_answers", (screening_id, code, answer.value))
        return level

    def followups(self, count: int) -> Iterator[list[tuple]]:
        """``count`` follow-ups spread over the cases, yielded in chronological chunks."""
        rng = self.rng
        weights = list(accumulate(rng.paretovariate(2.0) for _ in self.case_spans))
        picks = rng.choices(range(len(self.case_spans)), cum_weights=weights, k=count)
        rows: list[tuple] = []
        for index in picks:
            case_id, opened_on, end, workers, is_open = self.case_spans[index]
            roll = rng.random()
            if is_open and roll < 0.03:  # an appointment
                at = self.now + timedelta(days=rng.randint(0, 30), hours=rng.randint(0, 8))
                status, summary = "planned", ""
            elif is_open and roll < 0.033:  # an appointment nobody marked
                at = self.now - timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 8))
                status, summary = "planned", ""
            else:
                day = self.day_between(opened_on, end)
                at = datetime.combine(day, time(rng.randint(8, 18), rng.choice((0, 15, 30, 45))))
                at = min(at, self.now)
                status = "missed" if roll > 0.97 else "done"
                summary = self.words(8, 30)
                if rng.random() < 0.05:
                    summary += f" avec {rng.choice(txt.FEMALE_FIRST)} {rng.choice(txt.LAST_NAMES)}"
            rows.append(
                (
                    self.uid(),
                    case_id,
                    dt(at),
                    rng.choice(FOLLOWUP_KINDS),
                    rng.choice((15, 30, 45, 60, 90, 120)),
                    rng.choice(txt.PLACES) if rng.random() < 0.5 else None,
                    summary,
                    rng.choice(txt.NEXT_STEPS) if rng.random() < 0.3 else None,
                    status,
                    rng.choice(workers),
                    dt(at),
                )
            )
        rows.sort(key=lambda r: r[2])
        chunk = 100_000
        for start in range(0, len(rows), chunk):
            yield rows[start : start + chunk]
