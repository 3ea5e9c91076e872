"""The seeded catalogues' labels (db/reference/*.csv) reach the translators:
app/storage/reference_labels.py lists them as ``N_("…")`` and must be regenerated
(``scripts/translations.py update``) whenever a CSV changes (issue 14)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.storage import reference_labels
from app.storage.reference import read_csv

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


def test_the_generated_module_is_up_to_date_with_the_csv_files() -> None:
    written = (ROOT / "app" / "storage" / "reference_labels.py").read_text(encoding="utf-8")
    assert written == translations.reference_labels_source(), (
        "db/reference changed: run .venv/bin/python scripts/translations.py update"
    )


def test_every_seeded_label_is_listed_but_no_place_name() -> None:
    listed = {label for labels in reference_labels.LABELS.values() for label in labels}
    for name in (
        "violence_types.csv",
        "referral_sources.csv",
        "risk_factors.csv",
        "partner_sectors.csv",
        "admin_steps.csv",
    ):
        labels = [row["label"] for row in read_csv(name)]
        assert labels and set(labels) <= listed, name
    assert "Violence psychologique" in listed
    communes = {row["name"] for row in read_csv("communes.csv")}
    assert not communes & listed
