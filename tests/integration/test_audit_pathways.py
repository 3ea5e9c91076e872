"""Pathway changes, catalogue edits and directory exports reach the audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.core import audit
from app.core.cases import IntakeInput, create_case
from app.core.partners_csv import export_partners_csv
from app.core.pathways.complaints import ComplaintInput, add_complaint
from app.core.pathways.steps import update_step_type
from app.errors import ValidationError
from app.storage.models import AuditEntry
from tests.integration.case_file_support import case_file_of


def entries(cf, action: str) -> list[AuditEntry]:
    with cf.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_pathway_catalogue_and_export_are_traced(make_vault) -> None:
    cf = case_file_of(make_vault())
    with cf.session() as s, s.begin():
        ref = create_case(
            s,
            cf.actor,
            IntakeInput(pseudonym="Colibri", commune_code="62009", violence_codes=["physical"]),
        )
        add_complaint(
            s,
            cf.actor,
            ref.id,
            ComplaintInput(filed_on=date(2026, 11, 2), police_zone="Ourthe-Amblève"),
        )
        update_step_type(s, cf.actor, "address_change", "Changement d'adresse (commune)")
        export_partners_csv(s, cf.actor)
    changed = [e for e in entries(cf, audit.Action.CASE_CHANGED) if e.case_id == ref.id]
    assert any(e.object_type == "complaints" for e in changed)
    settings = entries(cf, audit.Action.SETTINGS_CHANGED)
    assert [(e.object_id, e.detail) for e in settings] == [("address_change", "renamed")]
    assert [e.object_type for e in entries(cf, audit.Action.EXPORT)] == ["partners"]
    with cf.session() as s:
        assert audit.verify(s, audit.current_head(s)).ok


def test_a_refused_change_leaves_no_entry(make_vault) -> None:
    cf = case_file_of(make_vault())
    with cf.session() as s, s.begin():
        ref = create_case(
            s,
            cf.actor,
            IntakeInput(pseudonym="Mésange", commune_code="62009", violence_codes=["physical"]),
        )
    before = len(entries(cf, audit.Action.CASE_CHANGED))
    with pytest.raises(ValidationError), cf.session() as s, s.begin():
        # filed in the future: refused, and the transaction with its entry rolled back
        add_complaint(
            s, cf.actor, ref.id, ComplaintInput(filed_on=date(2099, 1, 1), police_zone="Zone")
        )
    assert len(entries(cf, audit.Action.CASE_CHANGED)) == before
