"""One use case, one session, one transaction: the door from outside core.

The screens (through :mod:`app.ui.operations`) and the command line never
open a database session themselves. They hand a function of a transaction
to :func:`read` or :func:`write`; that function calls core services, which
check the actor's permissions and write the audit trail. ``read`` rolls back
whatever the function did, ``write`` commits it — or nothing, if it raised.

What crosses back must be plain data (the services' dataclasses), never ORM
objects: the session is closed when the function returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.orm import Session

from app.storage.engine import WRITE_INTENT
from app.storage.vault import Vault

#: the transaction a use case runs in (what the services take as ``session``)
Tx = Session

T = TypeVar("T")


def read(vault: Vault, fn: Callable[[Tx], T]) -> T:
    """Run ``fn`` in a read-only transaction of ``vault`` (rolled back at the end)."""
    with vault.require_db().session() as session:
        return fn(session)


def write(vault: Vault, fn: Callable[[Tx], T]) -> T:
    """Run ``fn`` in one transaction of ``vault``, committed if it returns.

    The transaction takes the write lock when it begins (``BEGIN IMMEDIATE``),
    so two threads writing wait for each other rather than fail."""
    with vault.require_db().session() as session:
        session.connection(execution_options={WRITE_INTENT: True})  # begins the transaction
        result = fn(session)
        session.commit()
        return result
