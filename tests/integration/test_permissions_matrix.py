"""SECURITY.md #15: every protected action, tried by every role against a real
vault, is done when the matrix grants it and refused (PermissionDenied, in
French) when it does not — in core, whatever the screens show."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from app.core import accounts, audit_view, permissions
from app.core.activities import (
    ActivityInput,
    ActivityKind,
    activity_detail,
    create_activity,
    list_activities,
)
from app.core.activity_people import link_participant
from app.core.authors import AuthorInput, add_author, case_authors
from app.core.case_list import CaseFilter, list_cases
from app.core.case_view import CaseDetailsInput, load_case, update_case_details
from app.core.cases import IntakeInput, SafeContact, create_case, pause_case
from app.core.consent import ConsentInput, record_consent
from app.core.erasure_register import ErasureRule
from app.core.followups import FollowUpInput, add_followup
from app.core.funder_objectives import ObjectiveInput, Programme, create_objective
from app.core.housing import RequestInput, UnitInput, add_request, housing_overview, save_unit
from app.core.indicators import Period, compute_indicators
from app.core.letters import AttestationRequest
from app.core.partners import PartnerInput, save_partner, search_partners
from app.core.partners_csv import export_partners_csv
from app.core.pathways.complaints import ComplaintInput, add_complaint
from app.core.people import PersonInput, add_person
from app.core.permissions import MATRIX, Perm, PermissionDenied
from app.core.purge import purge_case
from app.core.risk import ScreeningInput, record_screening
from app.core.settings import VaultSettings, save_settings
from app.core.vocabulary import (
    AuthorRelation,
    ConsentForm,
    ConsentKind,
    FollowUpKind,
    Role,
    YesNoUnknown,
)
from app.documents.issue import issue_attestation
from tests.integration.team_support import AYWAILLE, ROLE_KEYS, TODAY, Team, module_team

pytestmark = pytest.mark.clock(TODAY)


@dataclass
class Cases:
    shared: uuid.UUID  # every role is assigned to it
    secret: uuid.UUID  # confidential, assigned to another social worker only


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Team, Cases]]:
    with module_team(tmp_path_factory) as team:
        u = team.users
        shared = team.new_case(
            team.coordinator, [u["coordinator"], u["social_worker"], u["street_educator"]]
        )
        secret = team.new_case(team.coordinator, [u["other_worker"]], confidential=True)
        yield team, Cases(shared.id, secret.id)


Attempt = Callable[[Session, "permissions.Actor", Cases], object]


def _intake() -> IntakeInput:
    return IntakeInput(
        pseudonym="Colibri",
        commune_code=AYWAILLE,
        violence_codes=["psychological"],
        safe_contact=SafeContact(may_leave_message=YesNoUnknown.NO, may_write=YesNoUnknown.NO),
    )


def _details(actor_id: uuid.UUID) -> CaseDetailsInput:
    return CaseDetailsInput(
        commune_code=AYWAILLE, violence_codes=["physical"], worker_ids=[actor_id]
    )


def _link(s: Session, a: permissions.Actor, c: Cases) -> object:
    activity = create_activity(
        s, a, ActivityInput(ActivityKind.SUPPORT_GROUP, "Groupe de parole", date(2026, 4, 1))
    )
    occurrence = activity_detail(s, a, activity).occurrences[0].id
    return link_participant(s, a, c.shared, occurrence)


#: how each action is attempted through the service that performs it
ATTEMPTS: dict[Perm, Attempt] = {
    Perm.CASE_LIST: lambda s, a, c: list_cases(s, CaseFilter(), actor=a),
    Perm.CASE_CREATE: lambda s, a, c: create_case(s, a, _intake()),
    Perm.CASE_READ: lambda s, a, c: load_case(s, a, c.shared),
    Perm.CASE_UPDATE: lambda s, a, c: update_case_details(s, a, c.shared, _details(a.user_id)),
    Perm.CASE_CLOSE: lambda s, a, c: pause_case(s, a, c.shared, "injoignable"),
    Perm.CASE_CONFIDENTIAL_READ: lambda s, a, c: load_case(s, a, c.secret),
    Perm.PERSON_WRITE: lambda s, a, c: add_person(s, a, c.shared, PersonInput(pseudonym="Petit")),
    Perm.AUTHOR_READ: lambda s, a, c: case_authors(s, a, c.shared),
    Perm.AUTHOR_WRITE: lambda s, a, c: add_author(
        s, a, c.shared, AuthorInput(relation=AuthorRelation.PARTNER)
    ),
    Perm.FOLLOWUP_WRITE: lambda s, a, c: add_followup(
        s,
        a,
        c.shared,
        FollowUpInput(datetime(2026, 4, 1, 10), FollowUpKind.PHONE, "Appel."),
    ),
    Perm.RISK_WRITE: lambda s, a, c: record_screening(s, a, c.shared, ScreeningInput(answers={})),
    Perm.CONSENT_WRITE: lambda s, a, c: record_consent(
        s,
        a,
        c.shared,
        ConsentInput(ConsentKind.RECORD, date(2026, 3, 2), ConsentForm.ORAL),
    ),
    Perm.SETTINGS_WRITE: lambda s, a, c: save_settings(s, a, VaultSettings(auto_lock_minutes=7)),
    Perm.ACCOUNTS_MANAGE: lambda s, a, c: accounts.list_accounts(s, a),
    Perm.AUDIT_READ: lambda s, a, c: audit_view.browse(s, a, audit_view.AuditFilter()),
    Perm.LETTER_ISSUE: lambda s, a, c: issue_attestation(s, a, AttestationRequest(c.shared)),
    Perm.PARTNERS_READ: lambda s, a, c: search_partners(s, a),
    Perm.PARTNERS_WRITE: lambda s, a, c: save_partner(s, a, PartnerInput("CPAS", "cpas")),
    Perm.EXPORT: lambda s, a, c: export_partners_csv(s, a),
    Perm.PURGE: lambda s, a, c: purge_case(s, a, c.shared, ErasureRule.REQUEST),
    Perm.PATHWAY_WRITE: lambda s, a, c: add_complaint(
        s, a, c.shared, ComplaintInput(filed_on=date(2026, 4, 2), police_zone="ZP Secova")
    ),
    Perm.STATISTICS_READ: lambda s, a, c: compute_indicators(s, a, Period.year(2026)),
    Perm.STATISTICS_OBJECTIVES: lambda s, a, c: create_objective(
        s, a, ObjectiveInput(Programme.PSSP, "OS 1.2", "Accompagner les victimes")
    ),
    Perm.HOUSING_READ: lambda s, a, c: housing_overview(s, a, Period.year(2026)),
    Perm.HOUSING_WRITE: lambda s, a, c: add_request(
        s, a, c.shared, RequestInput(asked_on=date(2026, 4, 1))
    ),
    Perm.HOUSING_MANAGE: lambda s, a, c: save_unit(
        s, a, UnitInput("Appartement A", 3, date(2026, 1, 1))
    ),
    Perm.ACTIVITIES_READ: lambda s, a, c: list_activities(s, a),
    Perm.ACTIVITIES_WRITE: lambda s, a, c: create_activity(
        s, a, ActivityInput(ActivityKind.CHILDREN_WORKSHOP, "La cabane", date(2026, 4, 1))
    ),
    Perm.ACTIVITY_CASE_LINK: _link,
}


def test_every_action_of_the_matrix_is_attempted_through_its_real_service() -> None:
    assert set(ATTEMPTS) == set(MATRIX)


CASES = [
    pytest.param(action, role, id=f"{action.value}-{role}")
    for action in MATRIX
    for role in ROLE_KEYS
]


@pytest.mark.parametrize(("action", "role"), CASES)
def test_role_may_do_exactly_what_the_matrix_grants(env, action: Perm, role: str) -> None:
    team, cases = env
    actor = team.users[role]
    attempt = ATTEMPTS[action]
    allowed = Role(role) in MATRIX[action]
    with team.session() as session:
        session.begin()
        try:
            if allowed:
                attempt(session, actor, cases)
            else:
                with pytest.raises(PermissionDenied) as refused:
                    attempt(session, actor, cases)
                assert refused.value.message  # a French sentence for the user
                # a confidential case is refused as a read of that case
                expected = Perm.CASE_READ if action is Perm.CASE_CONFIDENTIAL_READ else action
                assert refused.value.action == expected.value
        finally:
            session.rollback()


@pytest.mark.parametrize("role", ["social_worker", "street_educator"])
def test_account_creation_is_refused_to_other_roles(env, role: str) -> None:
    team, _ = env
    with pytest.raises(PermissionDenied):
        accounts.create_account(
            team.vault,
            team.users[role],
            accounts.AccountInput("x.intrus", "Intrus", Role.COORDINATOR),
        )
    assert not accounts.slot_matches(team.vault, "x.intrus")


def test_refusal_message_is_french_and_names_the_role(env) -> None:
    team, _ = env
    with pytest.raises(PermissionDenied) as refused:
        permissions.require(team.users["street_educator"], Perm.EXPORT)
    assert "Éducateur·rice de rue" in refused.value.message
    assert "exporter" in refused.value.message
