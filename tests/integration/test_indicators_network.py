"""Housing occupancy, activities and trainings in the funders' indicators, on a
vault with known content (counts worked out by hand below); small cells and
their complements hidden; the seed's apartment reads « 7,5 mois sur 12 »; the
CSV and the PDF carry the occupancy but no name and no secret address.

Clock: 15/12/2026. Period 2026, compared with 2025.

Housing — « Appartement A » (4 places, available since 01/06/2024) and
« Studio B » (2 places, available from 01/07/2026):
* 2025, A: P1 01/02→21/06 (140 nights, 3 people), P2 01/08→28/10 (88 nights,
  2 people): 228 nights of 365 → 7,5 mois sur 12.
* 2026, A: six stays of one person, 28 nights each from the 1st of January to
  June (168 nights of the 349 to tonight → 5,5 mois sur 11,5), five left for
  social housing, one went
  back home; B: one stay of two people from 01/09, still open, planned to end
  31/10 (106 nights of the 168 since 01/07 → 3,5 mois sur 5,5). A year still
  running is measured up to tonight.

Activities 2026 — « La cabane », first Wednesday of every month (12 sessions,
7 children of 6–11 each: 84); one support group (6 adults); one training
module (8 professionals: 5 police, 3 CPAS; 2 named trainees); one network
meeting (12 police professionals). 2025: nothing.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.core.activities import (
    ActivityInput,
    ActivityKind,
    AgeBand,
    AttendanceCount,
    Audience,
    activity_detail,
    create_activity,
    record_attendance,
)
from app.core.activity_people import record_trainees
from app.core.housing import StayDestination, StayInput, UnitInput, record_stay, save_unit
from app.core.indicators import IndicatorReport, Period, compute_indicators
from app.core.indicators_csv import indicators_csv
from app.core.partners import ContactInput, PartnerInput, save_partner
from app.core.people import PersonInput, add_person
from app.core.recurrence import Recurrence
from app.core.vocabulary import Gender
from app.documents.indicators_pdf import render_indicators
from app.storage.models import PartnerContact, Person
from tests.integration.case_file_support import CaseFile, module_case_file, new_case

NOW = date(2026, 12, 15)
pytestmark = pytest.mark.clock(NOW)
ADDRESS = "Venelle des Hirondelles Cachées 3"
NAMES: list[str] = []


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def _household(cf: CaseFile, key: str, opened: date, children: int) -> tuple[uuid.UUID, list]:
    first, last = f"Prénom{key}Mirabelle", f"Nom{key}Tournesol"
    NAMES.extend([first, last])
    case = new_case(cf, first_name=first, last_name=last, pseudonym=f"P{key}", opened_on=opened)
    with cf.session() as s, s.begin():
        for n in range(children):
            add_person(s, cf.actor, case.id, PersonInput(first_name=f"Enfant{key}{n}Zinnia"))
            NAMES.append(f"Enfant{key}{n}Zinnia")
    with cf.session() as s:
        return case.id, list(s.scalars(select(Person.id).where(Person.case_id == case.id)))


def _stay(cf: CaseFile, unit: uuid.UUID, household, entry: date, nights: int | None, **kw):
    case_id, people = household
    exit_on = entry + timedelta(days=nights) if nights is not None else None
    with cf.session() as s, s.begin():
        record_stay(s, cf.actor, case_id, StayInput(unit, entry, people, exit_on=exit_on, **kw))


def _attend(cf: CaseFile, activity: uuid.UUID, counts: list[AttendanceCount]) -> list[uuid.UUID]:
    with cf.session() as s:
        occurrences = [o.id for o in activity_detail(s, cf.actor, activity).occurrences]
    for occurrence in occurrences:
        with cf.session() as s, s.begin():
            record_attendance(s, cf.actor, occurrence, counts)
    return occurrences


@pytest.fixture(scope="module")
def report(cf: CaseFile) -> IndicatorReport:
    with cf.session() as s, s.begin():
        a = save_unit(s, cf.actor, UnitInput("Appartement A", 4, date(2024, 6, 1), None, ADDRESS))
        b = save_unit(s, cf.actor, UnitInput("Studio B", 2, date(2026, 7, 1), None, ADDRESS))
    _stay(cf, a, _household(cf, "P1", date(2025, 1, 10), 2), date(2025, 2, 1), 140)
    _stay(cf, a, _household(cf, "P2", date(2025, 7, 1), 1), date(2025, 8, 1), 88)
    for month in range(1, 7):
        destination = StayDestination.RETURN_HOME if month == 6 else StayDestination.SOCIAL_HOUSING
        household = _household(cf, f"A{month}", date(2025, 12, 1), 0)
        _stay(cf, a, household, date(2026, month, 1), 28, destination=destination)
    _stay(
        cf,
        b,
        _household(cf, "B1", date(2026, 8, 1), 1),
        date(2026, 9, 1),
        None,
        planned_exit_on=date(2026, 10, 31),
    )
    with cf.session() as s, s.begin():
        cabane = create_activity(
            s,
            cf.actor,
            ActivityInput(
                ActivityKind.CHILDREN_WORKSHOP,
                "La cabane",
                date(2026, 1, 1),
                date(2026, 12, 31),
                Recurrence.MONTHLY_NTH,
                weekday=2,
                nth=1,
            ),
        )
        group = create_activity(
            s, cf.actor, ActivityInput(ActivityKind.SUPPORT_GROUP, "Groupe", date(2026, 9, 10))
        )
        module = create_activity(
            s, cf.actor, ActivityInput(ActivityKind.TRAINING, "Cadre légal", date(2026, 3, 12))
        )
        meeting = create_activity(
            s,
            cf.actor,
            ActivityInput(ActivityKind.NETWORK_MEETING, "Plateforme", date(2026, 6, 15)),
        )
        partner = save_partner(
            s,
            cf.actor,
            PartnerInput(
                "SAPV",
                "police",
                contacts=[ContactInput("Contact Un"), ContactInput("Contact Deux")],
            ),
        )
    child = Audience.CHILD
    _attend(
        cf,
        cabane,
        [
            AttendanceCount(child, 4, AgeBand.AGE_6_11, Gender.FEMALE),
            AttendanceCount(child, 3, AgeBand.AGE_6_11, Gender.MALE),
        ],
    )
    _attend(cf, group, [AttendanceCount(Audience.ADULT, 6, None, Gender.FEMALE)])
    pro = Audience.PROFESSIONAL
    (training,) = _attend(
        cf,
        module,
        [AttendanceCount(pro, 5, sector="police"), AttendanceCount(pro, 3, sector="cpas")],
    )
    _attend(cf, meeting, [AttendanceCount(pro, 12, partner_id=partner)])
    with cf.session() as s, s.begin():
        contacts = list(
            s.scalars(select(PartnerContact.id).where(PartnerContact.partner_id == partner))
        )
        record_trainees(s, cf.actor, training, contacts)
    with cf.session() as s:
        return compute_indicators(s, cf.actor, Period.year(2026))


def shown(report: IndicatorReport, code: str) -> dict[str, tuple[str, str]]:
    table = report.table(code)
    rows = {r.label: (r.current.text, r.previous.text) for r in table.rows}
    if table.total is not None:
        rows[table.total.label] = (table.total.current.text, table.total.previous.text)
    return rows


def test_occupancy_per_unit_is_said_in_months(report: IndicatorReport) -> None:
    assert shown(report, "housing_occupancy") == {
        "Appartement A": ("5,5 mois sur 11,5", "7,5 mois sur 12"),
        "Studio B": ("3,5 mois sur 5,5", "non disponible"),
        "Ensemble des logements": ("9 mois sur 17", "7,5 mois sur 12"),
    }
    table = report.table("housing_occupancy")
    assert "le jour de sortie non" in table.note
    assert table.rows[0].change == "\u22122,0"


def test_housing_counts_hide_small_cells_and_their_complements(report: IndicatorReport) -> None:
    assert shown(report, "housing") == {
        "Séjours commencés": ("7", "< 5"),
        # the exits' table hides its total (below): the headline hides it too
        "Séjours terminés": ("masqué", "< 5"),
        "Personnes hébergées": ("8", "5"),
        "Nuitées (nuits × personnes)": ("380", str(140 * 3 + 88 * 2)),
        "Demandes d'hébergement reçues": ("0", "0"),
    }
    exits = shown(report, "exits_by_destination")
    assert exits["Logement social / AIS"][0] == "masqué"
    assert exits["Retour au domicile"][0] == "< 5"
    assert exits["Total"][0] == "masqué"


def test_activities_sessions_and_attendance(report: IndicatorReport) -> None:
    assert shown(report, "activities") == {
        "Séances tenues": ("15", "0"),
        "Présences (cumul des séances)": ("110", "0"),
        "Présences de professionnel·les": ("20", "0"),
        "Professionnel·les formé·es": ("< 5", "0"),
    }
    kinds = shown(report, "sessions_by_kind")
    assert kinds["Atelier pour enfants"][0] == "masqué"  # complement of three "< 5"
    assert kinds["Groupe de parole"][0] == "< 5"
    assert kinds["Total"][0] == "15"
    ages = shown(report, "attendance_by_age")
    assert ages["6 à 11 ans"] == ("84", "0") and ages["Non renseigné"] == ("26", "0")
    sectors = shown(report, "professionals_by_sector")
    assert sectors["CPAS"][0] == "< 5" and sectors["Police / SAPV"][0] == "masqué"
    assert sectors["Total"][0] == "20"
    assert shown(report, "trainees_by_module") == {"Cadre légal": ("< 5", "0")}


def test_csv_and_pdf_carry_occupancy_but_no_name_and_no_address(report: IndicatorReport) -> None:
    text = indicators_csv(report).decode("utf-8-sig")
    pdf = PdfReader(io.BytesIO(render_indicators(report)))
    pdf_text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    for output in (text, pdf_text):
        assert "7,5 mois sur 12" in output
        assert "Hirondelles" not in output
        for name in NAMES:
            assert name not in output
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert [
        "Hébergement d'urgence",
        "Occupation des logements d'urgence",
        "Appartement A",
        "5,5 mois sur 11,5",
        "7,5 mois sur 12",
        "\u25bc 2,0",
    ] in rows
