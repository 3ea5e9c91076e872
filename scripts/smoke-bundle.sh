#!/usr/bin/env bash
# Smoke test of the built bundle (run scripts/build.sh first): copies
# dist/balise/ to a temporary folder outside the source tree and runs it
# there (scripts/smoke_bundle.py says what is checked). Arguments are passed
# to scripts/smoke_bundle.py (--gui-runs N, --json FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x dist/balise/balise ]; then
  echo "error: dist/balise/balise not found: run bash scripts/build.sh first" >&2
  exit 1
fi
# The venv's Python only prepares the fixture copies; the bundle runs alone.
exec .venv/bin/python scripts/smoke_bundle.py "$@"
