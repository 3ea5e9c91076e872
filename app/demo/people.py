"""Fictional people for the demo vault: victims, their children, safe-contact rules.

Names come from Faker's ``fr_BE`` lists (invented combinations, nothing real);
postcodes and communes are real Walloon ones so that the screens look familiar.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from faker import Faker

from app.core.validation import make_niss
from app.core.vocabulary import Gender, PersonRole, YesNoUnknown
from app.demo.text import (
    ADDRESSEES,
    CODE_WORDS,
    SAFE_NOTES,
    SAFE_TIMES,
    STREETS,
)

CHILD_RELATION = "enfant"

LANGUAGES = [
    ("français", 68),
    ("français, arabe", 8),
    ("arabe", 3),
    ("français, néerlandais", 3),
    ("turc, français", 3),
    ("roumain", 2),
    ("anglais", 2),
    ("lingala, français", 2),
    ("italien, français", 2),
    ("espagnol, français", 1),
    ("albanais", 1),
    ("polonais", 1),
    ("dari", 1),
    ("tamazight, français", 2),
]

NATIONALITIES = [
    ("belge", 72),
    ("marocaine", 5),
    ("italienne", 4),
    ("française", 3),
    ("turque", 3),
    ("roumaine", 2),
    ("congolaise (RDC)", 2),
    ("syrienne", 2),
    ("afghane", 1),
    ("albanaise", 1),
    ("polonaise", 1),
    ("espagnole", 1),
    ("guinéenne", 1),
    ("camerounaise", 1),
    ("belge et marocaine", 1),
]

PSEUDONYMS = ["Lilas", "Tilleul", "Colibri", "Azur", "Bruyère", "Hirondelle", "Ondine", "Sirius"]


@dataclass(frozen=True)
class Commune:
    nis_code: str
    name: str
    postcode: str
    province: str


@dataclass(frozen=True)
class NamePools:
    female: list[str]
    male: list[str]
    last: list[str]


def name_pools(seed: int, size: int = 400) -> NamePools:
    """Draw name lists once from Faker (fast sampling later, deterministic per seed)."""
    fake = Faker("fr_BE")
    fake.seed_instance(seed)
    return NamePools(
        female=[fake.first_name_female() for _ in range(size)],
        male=[fake.first_name_male() for _ in range(size)],
        last=[fake.last_name() for _ in range(size)],
    )


def _weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in table], weights=[w for _, w in table])[0]


def uuid_from(rng: random.Random) -> uuid.UUID:
    """A version-4 UUID drawn from ``rng`` (reproducible with a seed)."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def mobile_number(rng: random.Random) -> str:
    """A Belgian mobile number in the stored (international) form, ``+3247…``."""
    return f"+324{rng.randint(70, 99)}{rng.randint(0, 999_999):06d}"


def _tristate(rng: random.Random, yes: int, no: int, unknown: int) -> str:
    return rng.choices(
        [YesNoUnknown.YES.value, YesNoUnknown.NO.value, YesNoUnknown.UNKNOWN.value],
        weights=[yes, no, unknown],
    )[0]


def _birth(rng: random.Random, today: date, age: int) -> date:
    return today - timedelta(days=age * 365 + rng.randint(0, 364))


def _serial(rng: random.Random, gender: str) -> int:
    serial = rng.randint(1, 997)
    if (gender == Gender.MALE) != (serial % 2 == 1):
        serial += 1 if serial < 997 else -1
    return serial


@dataclass
class Household:
    """What children share with the victim, and what summaries need to know."""

    gender: str
    last_name: str
    birth: date | None
    age: int
    languages: str | None
    nationality: str | None
    street: str | None
    postcode: str | None
    city: str | None
    hidden: bool
    other_parent: str = ""
    children: int = 0


def victim_row(
    rng: random.Random,
    names: NamePools,
    *,
    case_id: uuid.UUID,
    home: Commune,
    elsewhere: Commune,
    today: date,
    created: datetime,
) -> tuple[dict[str, Any], Household]:
    """One primary victim of a case, with address and safe-contact rules."""
    gender = rng.choices(
        [Gender.FEMALE.value, Gender.MALE.value, Gender.OTHER.value], weights=[85, 12, 3]
    )[0]
    if gender == Gender.FEMALE:
        first = rng.choice(names.female)
    elif gender == Gender.MALE:
        first = rng.choice(names.male)
    else:
        first = rng.choice(names.female + names.male)
    last = rng.choice(names.last)
    age = int(rng.triangular(18, 72, 33))
    birth = _birth(rng, today, age) if rng.random() < 0.95 else None
    pseudonym = None
    hide = False
    if rng.random() < 0.2:
        pseudonym = rng.choice(
            [f"{'M.' if gender == Gender.MALE else 'Mme'} {rng.choice(PSEUDONYMS)}", f"{first[0]}."]
        )
        hide = rng.random() < 0.6
    who = ADDRESSEES[gender]
    sheltered = rng.random() < 0.08
    commune = elsewhere if rng.random() < 0.1 else home
    street = None if sheltered else f"{rng.choice(STREETS)} {rng.randint(1, 180)}"
    if street and rng.random() < 0.15:
        street += f"/{rng.randint(1, 12)}"
    notes = None
    if sheltered:
        notes = who.fill(SAFE_NOTES[3])
    elif rng.random() < 0.35:
        notes = who.fill(rng.choice(SAFE_NOTES))
    languages = _weighted(rng, LANGUAGES) if rng.random() < 0.95 else None
    nationality = _weighted(rng, NATIONALITIES) if rng.random() < 0.93 else None
    row: dict[str, Any] = {
        "id": uuid_from(rng),
        "case_id": case_id,
        "role": PersonRole.VICTIM.value,
        "relation": None,
        "first_name": first,
        "last_name": last,
        "pseudonym": pseudonym,
        "hide_name": hide,
        "birth_date": birth,
        "gender": gender,
        "languages": languages,
        "nationality": nationality,
        "niss": make_niss(birth, _serial(rng, gender)) if birth and rng.random() < 0.6 else None,
        "street": street,
        "postcode": None if sheltered else commune.postcode,
        "city": None if sheltered else commune.name,
        "phone": mobile_number(rng) if rng.random() < 0.85 else None,
        "safe_phone": mobile_number(rng) if rng.random() < 0.45 else None,
        "safe_times": rng.choice(SAFE_TIMES) if rng.random() < 0.55 else None,
        "safe_may_leave_message": _tristate(rng, 35, 40, 25),
        "safe_may_write": _tristate(rng, 30, 45, 25),
        "safe_code_word": rng.choice(CODE_WORDS) if rng.random() < 0.25 else None,
        "safe_notes": notes,
        "created_at": created,
        "updated_at": created,
    }
    household = Household(
        gender=gender,
        last_name=last,
        birth=birth,
        age=age,
        languages=languages,
        nationality=nationality,
        street=row["street"],
        postcode=row["postcode"],
        city=row["city"],
        hidden=hide,
        other_parent=rng.choice(names.last),
    )
    return row, household


def child_rows(
    rng: random.Random,
    names: NamePools,
    household: Household,
    *,
    case_id: uuid.UUID,
    today: date,
    created: datetime,
) -> list[dict[str, Any]]:
    """0 to 3 children of the victim, recorded as co-victims."""
    wanted = rng.choices([0, 1, 2, 3], weights=[30, 30, 25, 15])[0]
    oldest_possible = min(17, household.age - 17)
    if oldest_possible < 0:
        return []
    rows = []
    other_parent = household.other_parent
    for _ in range(wanted):
        gender = rng.choice([Gender.FEMALE.value, Gender.MALE.value])
        birth = _birth(rng, today, rng.randint(0, oldest_possible))
        hide = household.hidden
        rows.append(
            {
                "id": uuid_from(rng),
                "case_id": case_id,
                "role": PersonRole.CO_VICTIM.value,
                "relation": CHILD_RELATION,
                "first_name": rng.choice(names.female if gender == Gender.FEMALE else names.male),
                "last_name": household.last_name if rng.random() < 0.5 else other_parent,
                "pseudonym": f"Enfant {len(rows) + 1}" if hide else None,
                "hide_name": hide,
                "birth_date": birth,
                "gender": gender,
                "languages": household.languages if rng.random() < 0.7 else "français",
                "nationality": "belge" if rng.random() < 0.8 else household.nationality,
                "niss": make_niss(birth, _serial(rng, gender)) if rng.random() < 0.5 else None,
                "street": household.street,
                "postcode": household.postcode,
                "city": household.city,
                "phone": mobile_number(rng)
                if (today - birth).days > 12 * 365 and rng.random() < 0.4
                else None,
                "safe_phone": None,
                "safe_times": None,
                "safe_may_leave_message": YesNoUnknown.UNKNOWN.value,
                "safe_may_write": YesNoUnknown.UNKNOWN.value,
                "safe_code_word": None,
                "safe_notes": None,
                "created_at": created,
                "updated_at": created,
            }
        )
    household.children = len(rows)
    return rows
