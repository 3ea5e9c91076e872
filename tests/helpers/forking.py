"""Forked children that tell the parent when they are ready, then get SIGKILLed.

Fork is fast (the imports are done) and needs no pickling. The parent must
hold no SQLite connection when it forks: connections must not cross a fork.
"""

from __future__ import annotations

import os
import select
import signal
import traceback
from collections.abc import Callable
from dataclasses import dataclass

#: exit status of a child whose work function returned or raised (never expected)
CHILD_FAILED = 3


@dataclass(frozen=True)
class Child:
    pid: int
    ready_fd: int  # one byte per call of ``ready()`` in the child

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Wait for the child's next ``ready()`` signal; False on timeout."""
        readable, _, _ = select.select([self.ready_fd], [], [], timeout)
        return bool(readable) and os.read(self.ready_fd, 1) == b"r"

    def kill(self) -> bool:
        """SIGKILL the child and reap it; True if the kill is what ended it."""
        try:
            os.kill(self.pid, signal.SIGKILL)
            _, status = os.waitpid(self.pid, 0)
        finally:
            os.close(self.ready_fd)
        return os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def fork_child(work: Callable[[Callable[[], None]], object]) -> Child:
    """Run ``work(ready)`` in a forked child that never returns to the caller."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(read_fd)

            def ready() -> None:
                os.write(write_fd, b"r")

            work(ready)
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(CHILD_FAILED)
    os.close(write_fd)
    return Child(pid, read_fd)
