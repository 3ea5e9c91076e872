#!/usr/bin/env bash
# Run the whole test suite with the system clock moved 400 days ahead
# (libfaketime), to prove that no test depends on the day it runs.
# Arguments are passed to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
# Only the wall clock moves: Qt's timers and the worker thread keep a normal
# monotonic clock.
export FAKETIME_DONT_FAKE_MONOTONIC=1
# ... and time.sleep through select() (see scripts/faketime/sitecustomize.py).
export PYTHONPATH="$PWD/scripts/faketime${PYTHONPATH:+:$PYTHONPATH}"
exec faketime -f "+400d" .venv/bin/python -m pytest "$@"
