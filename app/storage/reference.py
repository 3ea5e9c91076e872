"""Loads the reference catalogues of ``db/reference`` into a vault."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy.orm import Session

from app.paths import reference_dir
from app.storage.models import (
    AdminStepType,
    Base,
    Commune,
    PartnerSector,
    ReferralSource,
    RiskFactor,
    ViolenceType,
)


def read_csv(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    """Rows of one catalogue file as dictionaries."""
    path = (folder or reference_dir()) / name
    with path.open(encoding="utf-8", newline="") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


def _add_missing(session: Session, rows: list[Base]) -> None:
    # Never overwrite a row the vault already has: the coordinator may have edited it.
    for row in rows:
        key = row.__mapper__.primary_key_from_instance(row)
        if session.get(type(row), tuple(key)) is None:
            session.add(row)


def load_reference_data(session: Session, folder: Path | None = None) -> None:
    """Insert every catalogue row that the vault does not have yet."""
    _add_missing(
        session,
        [
            Commune(
                nis_code=r["nis_code"],
                name=r["name"],
                postcode=r["postcode"],
                province=r["province"],
            )
            for r in read_csv("communes.csv", folder)
        ],
    )
    _add_missing(
        session,
        [
            ViolenceType(code=r["code"], label=r["label"], active=True)
            for r in read_csv("violence_types.csv", folder)
        ],
    )
    _add_missing(
        session,
        [
            ReferralSource(code=r["code"], label=r["label"], active=True)
            for r in read_csv("referral_sources.csv", folder)
        ],
    )
    _add_missing(
        session,
        [
            PartnerSector(
                code=r["code"], label=r["label"], description=r.get("description", ""), active=True
            )
            for r in read_csv("partner_sectors.csv", folder)
        ],
    )
    _add_missing(
        session,
        [
            RiskFactor(
                code=r["code"],
                label=r["label"],
                weight=int(r["weight"]),
                critical=r["critical"] == "1",
                position=i,
                active=True,
            )
            for i, r in enumerate(read_csv("risk_factors.csv", folder))
        ],
    )
    _add_missing(
        session,
        [
            AdminStepType(
                code=r["code"],
                label=r["label"],
                standard_sets=r.get("standard_sets", ""),
                position=i,
                active=True,
            )
            for i, r in enumerate(read_csv("admin_steps.csv", folder))
        ],
    )
