"""Loaded only by scripts/test-future.sh (through PYTHONPATH), in the test
process and every Python process it starts.

libfaketime 0.9.10 moves the wall clock; the monotonic clock has to stay real
(FAKETIME_DONT_FAKE_MONOTONIC=1), because timed lock waits (``sem_clockwait``,
which libfaketime does not intercept) would otherwise wait 400 days. With the
monotonic clock left real, libfaketime's ``clock_nanosleep`` wrapper rejects
the absolute monotonic deadline Python's ``time.sleep`` passes (EINVAL), so
here ``time.sleep`` waits with ``select`` instead, which takes a relative
timeout. Nothing of Balise is changed.
"""

import os
import select
import time

if os.environ.get("FAKETIME_DONT_FAKE_MONOTONIC") == "1" and "faketime" in os.environ.get(
    "LD_PRELOAD", ""
):

    def _sleep(seconds: float) -> None:
        if seconds > 0:
            select.select([], [], [], seconds)

    time.sleep = _sleep
