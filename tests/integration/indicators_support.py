"""A vault with known content for the indicators, built through the core services.

Current period: the year 2026; previous period: 2025. The clock stands at
15/12/2026. The expected counts, worked out by hand from what is recorded
below, are in the tests (tests/integration/test_indicators.py).

2026 — 14 new cases: 7 in Aywaille (A1–A7), 6 in Esneux (E1–E6), 1 in Sprimont (S1).
2025 — 6 new cases: P1, P2 in Aywaille, P3–P6 in Esneux.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from app import clock
from app.core.cases import close_case
from app.core.consent import ConsentInput, record_consent
from app.core.followups import FollowUpInput, add_followup
from app.core.issued import ReferralOutcome, set_outcome
from app.core.letters import LetterRequest
from app.core.partners import PartnerInput, save_partner
from app.core.pathways.complaints import ComplaintInput, add_complaint
from app.core.pathways.departure import PlanInput, start_plan
from app.core.pathways.protection import (
    BanInput,
    CourtInput,
    PermitInput,
    extend_ban,
    record_ban,
    record_court_measure,
    record_permit_file,
)
from app.core.pathways.vocabulary import DestinationType, PermitArticle, PlanStatus
from app.core.risk import ScreeningInput, record_screening
from app.core.vocabulary import (
    ConsentForm,
    ConsentKind,
    FollowUpKind,
    FollowUpStatus,
    RiskLevel,
    SharePurpose,
)
from app.documents.issue import issue_letter
from tests.integration.case_file_support import AYWAILLE, ESNEUX, SPRIMONT, CaseFile, new_case

NOW = datetime(2026, 12, 15, 10, 0)


@dataclass
class KnownVault:
    cases: dict[str, uuid.UUID] = field(default_factory=dict)
    #: every name typed into the vault about a person: none may reach an output
    names: list[str] = field(default_factory=list)


def _name(key: str) -> tuple[str, str]:
    # distinctive names, one per case (a pseudonym too)
    return f"Prénom{key}Zéphyr", f"Nom{key}Quatremarchés"


def _case(cf: CaseFile, kv: KnownVault, key: str, **changes: object) -> uuid.UUID:
    first, last = _name(key)
    pseudonym = f"Pseudo{key}Colibri"
    kv.names += [first, last, pseudonym]
    ref = new_case(cf, first_name=first, last_name=last, pseudonym=pseudonym, **changes)
    kv.cases[key] = ref.id
    return ref.id


def build_known_vault(cf: CaseFile) -> KnownVault:
    kv = KnownVault()
    female, male = "female", "male"
    # -- 2026: A1–A7 in Aywaille (referred by the police), physical violence for A1–A5
    births = {  # age on opening → band
        "A1": date(2000, 1, 1),  # 26 → 18–29
        "A2": date(2001, 6, 1),  # 24 → 18–29
        "A3": date(1999, 3, 1),  # 26 → 18–29
        "A4": date(1990, 1, 1),  # 36 → 30–44
        "A5": date(1985, 1, 1),  # 41 → 30–44
        "A6": date(1980, 6, 1),  # 45 → 45–59
        "A7": date(1970, 1, 1),  # 56 → 45–59
        "E1": date(2003, 1, 1),  # 23 → 18–29
        "E2": date(2002, 2, 2),  # 24 → 18–29
        "E3": date(1988, 1, 1),  # 38 → 30–44
        "E4": date(1987, 1, 1),  # 39 → 30–44
        "E5": date(1986, 1, 1),  # 40 → 30–44
        "E6": date(1982, 1, 1),  # 44 → 30–44
    }
    opened = {
        "A1": date(2026, 1, 10),
        "A2": date(2026, 1, 10),
        "A3": date(2026, 2, 1),
        "A4": date(2026, 1, 10),
        "A5": date(2026, 3, 1),
        "A6": date(2026, 4, 1),
        "A7": date(2026, 5, 1),
        "E1": date(2026, 1, 15),
        "E2": date(2026, 2, 15),
        "E3": date(2026, 3, 15),
        "E4": date(2026, 4, 15),
        "E5": date(2026, 5, 15),
        "E6": date(2026, 6, 15),
    }
    sources = {"E2": "cpas", "E3": "cpas", "E4": "cpas", "E5": "cpas", "E6": "self"}
    genders = {"A6": male, "E6": male}
    for key in opened:
        commune = AYWAILLE if key.startswith("A") else ESNEUX
        violence = (
            ["psychological", "physical"]
            if key in {"A1", "A2", "A3", "A4", "A5"}
            else ["psychological"]
        )
        _case(
            cf,
            kv,
            key,
            commune_code=commune,
            opened_on=opened[key],
            birth_date=births[key],
            gender=genders.get(key, female),
            referral_source=sources.get(key, "police"),
            violence_codes=violence,
        )
    # S1: Sprimont, no birth date, no gender, no referral source, sexual violence
    _case(
        cf,
        kv,
        "S1",
        commune_code=SPRIMONT,
        opened_on=date(2026, 7, 1),
        violence_codes=["psychological", "sexual"],
    )
    # -- 2025
    prev_opened = {
        "P1": (AYWAILLE, date(2025, 2, 1)),
        "P2": (AYWAILLE, date(2025, 3, 1)),
        "P3": (ESNEUX, date(2025, 4, 1)),
        "P4": (ESNEUX, date(2025, 5, 1)),
        "P5": (ESNEUX, date(2025, 6, 1)),
        "P6": (ESNEUX, date(2025, 7, 1)),
    }
    for key, (commune, day) in prev_opened.items():
        _case(cf, kv, key, commune_code=commune, opened_on=day, birth_date=date(1990, 1, 1))
    c = kv.cases
    with cf.session() as s, s.begin():
        a = cf.actor
        # risk at first screening
        firsts = {
            "A1": RiskLevel.LOW,
            "A2": RiskLevel.LOW,
            "E1": RiskLevel.LOW,
            "E2": RiskLevel.LOW,
            "E3": RiskLevel.LOW,
            "A3": RiskLevel.MEDIUM,
            "A4": RiskLevel.HIGH,
            "A6": RiskLevel.HIGH,
            "A7": RiskLevel.CRITICAL,
        }
        for key, level in firsts.items():
            _screen(s, a, c[key], level, datetime(2026, 6, 1, 9))
        _screen(s, a, c["A1"], RiskLevel.CRITICAL, datetime(2026, 7, 1, 9))  # not a first
        _screen(s, a, c["P3"], RiskLevel.MEDIUM, datetime(2025, 5, 1, 9))
        _screen(s, a, c["P3"], RiskLevel.HIGH, datetime(2026, 2, 1, 9))  # first was 2025
        # follow-ups 2026: 6 interviews of 1 h, 2 calls of 15 min, 1 home visit of 1 h 30
        for key in ("A1", "A2", "A3", "A4", "A5", "A6"):
            _followup(s, a, c[key], datetime(2026, 6, 2, 10), FollowUpKind.INTERVIEW, 60)
        _followup(s, a, c["E1"], datetime(2026, 6, 3, 10), FollowUpKind.PHONE, 15)
        _followup(s, a, c["E2"], datetime(2026, 6, 3, 11), FollowUpKind.PHONE, 15)
        _followup(s, a, c["E3"], datetime(2026, 6, 4, 14), FollowUpKind.HOME_VISIT, 90)
        # neither a missed nor a planned one counts
        _followup(s, a, c["E4"], datetime(2026, 6, 5, 9), FollowUpKind.INTERVIEW, 60, missed=True)
        _followup(s, a, c["E5"], datetime(2026, 12, 20, 9), FollowUpKind.INTERVIEW, 60)
        # follow-ups 2025: 5 interviews of 30 min
        for day in range(1, 6):
            _followup(s, a, c["P1"], datetime(2025, 3, day, 10), FollowUpKind.INTERVIEW, 30)
        # complaints: 5 in 2026, 1 in 2025
        for key in ("A1", "A2", "A3", "A6", "A7"):
            add_complaint(
                s, a, c[key], ComplaintInput(filed_on=date(2026, 6, 10), police_zone="Secova")
            )
        add_complaint(
            s, a, c["P1"], ComplaintInput(filed_on=date(2025, 3, 10), police_zone="Secova")
        )
        # residence bans: 2 ordered, 1 extended in 2026
        ban = record_ban(s, a, c["A6"], BanInput(ordered_on=date(2026, 5, 1)))
        extend_ban(s, a, ban, date(2026, 5, 8), date(2026, 7, 1))
        record_ban(s, a, c["A7"], BanInput(ordered_on=date(2026, 6, 1)))
        record_court_measure(s, a, c["A6"], CourtInput(petition_on=date(2026, 5, 15)))
        record_permit_file(
            s, a, c["E1"], PermitInput(PermitArticle.ART_11_2, submitted_on=date(2026, 5, 1))
        )
        # departures carried out in 2026: one to a shelter, one to the emergency apartment
        for key, where in (
            ("A6", DestinationType.SHELTER),
            ("A7", DestinationType.EMERGENCY_APARTMENT),
        ):
            start_plan(
                s,
                a,
                c[key],
                PlanInput(
                    status=PlanStatus.REALISED,
                    realised_on=date(2026, 7, 1),
                    destination_type=where,
                ),
            )
        start_plan(s, a, c["E1"], PlanInput())  # in preparation: not a departure
        cpas = save_partner(s, a, PartnerInput("CPAS d'Esneux", "cpas"))
        # closed last (the records above are dated before): the closing days count
        # closures: 2026 → A4 <1 month, A1 <1 month, A2 1–3, A3 3–6, A5 >6, P1 >6
        close_case(s, a, c["A4"], "Situation stabilisée", on=date(2026, 1, 20))
        close_case(s, a, c["A1"], "Situation stabilisée", on=date(2026, 1, 25))
        close_case(s, a, c["A2"], "Déménagement", on=date(2026, 3, 15))
        close_case(s, a, c["A3"], "Relais au SAV", on=date(2026, 6, 15))
        close_case(s, a, c["A5"], "Situation stabilisée", on=date(2026, 10, 1))
        close_case(s, a, c["P1"], "Relais au SAV", on=date(2026, 9, 1))
        # 2025 → P2 exactly three months: the 3–6 band
        close_case(s, a, c["P2"], "Situation stabilisée", on=date(2025, 6, 1))
    # orientation letters: 8 to the CPAS in 2026 (4 taken in charge, 4 waiting)
    documents = []
    with cf.session() as s, s.begin():
        for key in ("E1", "E2", "E3", "E4", "E5", "E6", "A6", "A7"):
            record_consent(
                s,
                cf.actor,
                c[key],
                ConsentInput(ConsentKind.RECORD, date(2026, 7, 1), ConsentForm.ORAL),
            )
            record_consent(
                s,
                cf.actor,
                c[key],
                ConsentInput(
                    ConsentKind.SHARE,
                    date(2026, 7, 1),
                    ConsentForm.WRITTEN,
                    recipient_sector="cpas",
                    purpose=SharePurpose.REFERRAL,
                ),
            )
            with clock.frozen(datetime(2026, 8, 3, 11)):
                ref = issue_letter(
                    s,
                    cf.actor,
                    LetterRequest(case_id=c[key], partner_id=cpas, on=date(2026, 8, 3)),
                )
            documents.append(ref.id)
        for doc in documents[:4]:
            set_outcome(s, cf.actor, doc, ReferralOutcome.TAKEN_IN_CHARGE, date(2026, 9, 1))
    return kv


def _screen(s, actor, case_id: uuid.UUID, level: RiskLevel, at: datetime) -> None:
    raised = None if level is RiskLevel.LOW else level
    record_screening(
        s,
        actor,
        case_id,
        ScreeningInput(
            answers={},
            raised_level=raised,
            raise_reason="Jugement professionnel" if raised else "",
            screened_at=at,
        ),
    )


def _followup(
    s,
    actor,
    case_id: uuid.UUID,
    at: datetime,
    kind: FollowUpKind,
    minutes: int,
    *,
    missed: bool = False,
) -> None:
    status = FollowUpStatus.MISSED if missed else None
    add_followup(
        s,
        actor,
        case_id,
        FollowUpInput(at, kind, "Entretien de suivi.", duration_minutes=minutes, status=status),
    )
