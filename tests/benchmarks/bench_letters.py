"""Orientation letter generation: prepare (consent check, case reading) + render to PDF.

Usage: .venv/bin/python tests/benchmarks/bench_letters.py [--runs 50] [--cases 2000]

Creates a vault (weak test KDF: unlocking is not what is measured) filled by
the demo generator, then times, on a case with a victim, children, an author
and consents, after one warm-up (fonts registered, modules imported):
- ``preview_letter``: read the case, check the consent register, fill the
  template, lay out and render the PDF with the embedded font (nothing written);
- ``issue_letter`` + commit: the same and the register line with its PDF bytes;
- the attestation and the discreet departure plan (render only).
Prints Markdown.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.core.letters import AttestationRequest, LetterRequest  # noqa: E402
from app.core.setup import create_service_vault  # noqa: E402
from app.core.vocabulary import SharePurpose  # noqa: E402
from app.demo.populate import populate_demo  # noqa: E402
from app.documents.issue import (  # noqa: E402
    issue_letter,
    preview_attestation,
    preview_letter,
)
from app.storage.models import User  # noqa: E402
from tests.conftest import COORDINATOR, PASSPHRASE, SERVICE, TEST_KDF  # noqa: E402
from tests.integration.case_file_support import case_file_of  # noqa: E402
from tests.integration.letters_support import make_letter_case, page_count  # noqa: E402

FIELDS = ("identity", "birth_date", "safe_phone", "situation", "violence", "children")


def timed(fn, runs: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def row(name: str, values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"| {name} | {statistics.median(values):.1f} | {p95:.1f} | {max(values):.1f} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--cases", type=int, default=2000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        created = create_service_vault(
            Path(tmp) / "coffre", SERVICE, COORDINATOR, PASSPHRASE, kdf=TEST_KDF
        )
        try:
            cf = case_file_of(created)
            with cf.session() as s, s.begin():
                workers = list(s.scalars(select(User)))
                populate_demo(s, cases=args.cases, seed=5, workers=workers)
            lc = make_letter_case(cf)
            request = LetterRequest(
                lc.case_id, lc.cpas, lc.cpas_contact, SharePurpose.REFERRAL, FIELDS
            )

            def preview() -> bytes:
                with cf.session() as s:
                    return preview_letter(s, cf.actor, request)

            def issue() -> None:
                with cf.session() as s, s.begin():
                    issue_letter(s, cf.actor, request)

            def attestation() -> bytes:
                with cf.session() as s:
                    return preview_attestation(s, cf.actor, AttestationRequest(lc.case_id))

            pdf = preview()
            lines = [
                f"{args.cases} demo cases + the benchmark case; {args.runs} runs after a "
                f"warm-up; letter of {page_count(pdf)} page(s), {len(pdf) // 1024} KiB.",
                "",
                "| operation | median ms | p95 ms | max ms |",
                "|---|---|---|---|",
                row("orientation letter, preview (prepare + render)", timed(preview, args.runs)),
                row("orientation letter, issue + commit", timed(issue, args.runs)),
                row("attestation, preview", timed(attestation, args.runs)),
            ]
        finally:
            created.vault.close()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
