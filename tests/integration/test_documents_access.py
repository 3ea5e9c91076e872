"""The documents of a case are read, checked and traced in core, not only hidden in the UI.

A street educator assigned to a case, and a social worker kept out of a
confidential one, are refused the register, the letter facts, the consent
check, a reprint and the trace of a print — through the real services over a
real vault. The print or copy trace is written before the bytes leave, so it
refuses a document that no longer exists instead of passing silently.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.issued import issued_documents, reprint, trace_output
from app.core.letter_fields import read_facts
from app.core.letters import AttestationRequest, check_letter_consent
from app.core.partners import PartnerInput, get_partner, save_partner
from app.core.permissions import Perm, PermissionDenied
from app.core.vocabulary import SharePurpose
from app.documents.issue import issue_attestation
from app.errors import ValidationError
from app.storage.models import AuditEntry, IssuedDocument
from tests.integration.team_support import TODAY, Team, module_team

pytestmark = pytest.mark.clock(TODAY)


@dataclass
class Env:
    team: Team
    shared: uuid.UUID  # the educator and the social worker are assigned to it
    secret: uuid.UUID  # confidential, assigned to another social worker only
    document: uuid.UUID  # an attestation issued on ``shared``
    partner: uuid.UUID


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    with module_team(tmp_path_factory) as team:
        u = team.users
        shared = team.new_case(
            team.coordinator, [u["coordinator"], u["social_worker"], u["street_educator"]]
        )
        secret = team.new_case(team.coordinator, [u["other_worker"]], confidential=True)
        with team.session() as s, s.begin():
            ref = issue_attestation(s, team.coordinator, AttestationRequest(shared.id))
            partner = save_partner(s, team.coordinator, PartnerInput("CPAS d'Aywaille", "cpas"))
        yield Env(team, shared.id, secret.id, ref.id, partner)


Read = Callable[[Session, UserSession, Env, uuid.UUID], object]


def _consent(s: Session, actor: UserSession, env: Env, case_id: uuid.UUID) -> object:
    partner = get_partner(s, env.team.coordinator, env.partner)
    return check_letter_consent(s, actor, case_id, partner, SharePurpose.REFERRAL)


#: every documents read that takes a case
READS: dict[str, Read] = {
    "issued_documents": lambda s, a, e, case_id: issued_documents(s, a, case_id),
    "read_facts": lambda s, a, e, case_id: read_facts(s, a, case_id),
    "check_letter_consent": _consent,
}


@pytest.mark.parametrize("name", list(READS))
def test_a_street_educator_assigned_to_the_case_is_refused_its_documents(
    env: Env, name: str
) -> None:
    educator = env.team.users["street_educator"]
    with env.team.session() as s, pytest.raises(PermissionDenied) as refused:
        READS[name](s, educator, env, env.shared)
    assert refused.value.action == Perm.LETTER_ISSUE.value
    assert "Éducateur·rice de rue" in refused.value.message


@pytest.mark.parametrize("name", list(READS))
def test_a_social_worker_not_assigned_to_a_confidential_case_is_refused_its_documents(
    env: Env, name: str
) -> None:
    worker = env.team.users["social_worker"]
    with env.team.session() as s, pytest.raises(PermissionDenied) as refused:
        READS[name](s, worker, env, env.secret)
    assert "confidentiel" in refused.value.message


@pytest.mark.parametrize("name", list(READS))
def test_an_assigned_social_worker_reads_the_documents_of_the_case(env: Env, name: str) -> None:
    worker = env.team.users["social_worker"]
    with env.team.session() as s:
        READS[name](s, worker, env, env.shared)


def test_the_register_lists_the_issued_document_for_whom_may_issue(env: Env) -> None:
    with env.team.session() as s:
        register = issued_documents(s, env.team.users["social_worker"], env.shared)
        facts = read_facts(s, env.team.users["social_worker"], env.shared)
    assert [d.id for d in register] == [env.document]
    assert facts.detail.id == env.shared


def test_a_street_educator_can_neither_reprint_nor_trace_an_issued_document(env: Env) -> None:
    educator = env.team.users["street_educator"]
    with env.team.session() as s:  # closed without commit: rolled back
        before = s.scalar(select(func.count()).select_from(AuditEntry))
        with pytest.raises(PermissionDenied):
            reprint(s, educator, env.document)
        with pytest.raises(PermissionDenied):
            trace_output(s, educator, env.document, audit.Action.DOCUMENT_PRINTED)
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_the_trace_of_a_print_is_written_for_whom_may_issue(env: Env) -> None:
    worker = env.team.users["social_worker"]
    with env.team.session() as s:
        trace_output(s, worker, env.document, audit.Action.DOCUMENT_SAVED)
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert entry.action == audit.Action.DOCUMENT_SAVED
        assert entry.object_id == str(env.document) and entry.user_id == worker.user_id


def test_the_trace_refuses_a_document_that_no_longer_exists(env: Env) -> None:
    """Before, a missing document was traced as nothing at all and the bytes left anyway."""
    with env.team.session() as s:
        s.delete(s.get(IssuedDocument, env.document))
        s.flush()
        with pytest.raises(ValidationError):
            trace_output(s, env.team.coordinator, env.document, audit.Action.DOCUMENT_PRINTED)
