"""Every door of core that takes a case checks who knocks.

This walks the public functions of ``app.core`` by introspection: each one
that works on the database (a ``session`` parameter) and takes a ``case_id``
is called by a street educator on a confidential case assigned to somebody
else, with plausible values for its other parameters. Every one must refuse
with :class:`PermissionDenied` — before validating anything, so a refused
person learns nothing about the case. A new service that forgets its check,
or whose actor is optional, fails here without anyone writing a test for it.
"""

from __future__ import annotations

import dataclasses
import enum
import importlib
import inspect
import pkgutil
import types
import typing
import uuid
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest

import app.core
from app import clock
from app.core.permissions import PermissionDenied
from tests.integration.team_support import TODAY, Team, module_team

pytestmark = pytest.mark.clock(TODAY)

#: parameters the walk fills in itself
SESSION_NAMES = {"session", "tx", "s"}
#: modules that are the check itself or the trail it writes, not doors to case data
NOT_DOORS = {"app.core.permissions", "app.core.audit"}


class NoSample(Exception):
    """No plausible value can be built for a parameter type."""


def _sample(tp: Any, depth: int = 0) -> Any:
    """A plausible value of type ``tp`` (None where the type allows it)."""
    if depth > 4:
        raise NoSample(tp)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp is type(None):
        return None
    if origin in (typing.Union, types.UnionType):
        if type(None) in args:
            return None
        return _sample(args[0], depth + 1)
    if origin is typing.Literal:
        return args[0]
    if origin in (list, set, frozenset, tuple, dict) or tp in (list, set, tuple, dict):
        return (origin or tp)()
    if origin is not None and getattr(origin, "__module__", "") == "collections.abc":
        return ()
    simple: dict[Any, Callable[[], Any]] = {
        str: lambda: "x",
        int: lambda: 1,
        float: lambda: 1.0,
        bool: lambda: False,
        bytes: lambda: b"x",
        date: clock.today,
        datetime: clock.now,
        uuid.UUID: uuid.uuid4,
    }
    if tp in simple:
        return simple[tp]()
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return next(iter(tp))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        hints = typing.get_type_hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if not f.init:
                continue
            no_default = f.default is dataclasses.MISSING
            if no_default and f.default_factory is dataclasses.MISSING:
                kwargs[f.name] = _sample(hints[f.name], depth + 1)
        return tp(**kwargs)
    raise NoSample(tp)


def _doors() -> Iterator[tuple[str, Callable[..., Any]]]:
    """Public functions of app.core that take a session and a case_id."""
    for info in pkgutil.walk_packages(app.core.__path__, "app.core."):
        if info.name in NOT_DOORS:
            continue
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if fn.__module__ != module.__name__:
                continue  # imported from elsewhere: checked where it is defined
            params = inspect.signature(fn).parameters
            if "case_id" in params and SESSION_NAMES & set(params):
                yield f"{module.__name__}.{name}", fn


DOORS = sorted(_doors())


def test_the_walk_finds_the_case_services() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in DOORS}
    assert {"load_case", "case_people", "case_timeline", "add_followup"} <= names
    assert len(DOORS) > 30


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with module_team(tmp_path_factory) as made:
        yield made


@pytest.fixture(scope="module")
def secret_case(team: Team) -> uuid.UUID:
    """Confidential, assigned to another social worker only."""
    return team.new_case(team.coordinator, [team.users["other_worker"]], confidential=True).id


def _arguments(fn: Callable[..., Any], session: Any, actor: Any, case_id: uuid.UUID) -> dict:
    hints = typing.get_type_hints(fn)
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name in SESSION_NAMES:
            kwargs[name] = session
        elif name == "actor":
            kwargs[name] = actor
        elif name == "case_id":
            kwargs[name] = case_id
        elif param.default is inspect.Parameter.empty:
            kwargs[name] = _sample(hints[name])
    return kwargs


@pytest.mark.parametrize(("name", "fn"), DOORS, ids=[name for name, _ in DOORS])
def test_an_educator_is_refused_a_confidential_case_of_someone_else(
    team: Team, secret_case: uuid.UUID, name: str, fn: Callable[..., Any]
) -> None:
    educator = team.users["street_educator"]
    params = inspect.signature(fn).parameters
    assert "actor" in params, f"{name} takes a case but no actor"
    assert params["actor"].default is inspect.Parameter.empty, f"{name}: the actor is optional"
    with team.session() as session:
        session.begin()
        try:
            kwargs = _arguments(fn, session, educator, secret_case)
            with pytest.raises(PermissionDenied):
                fn(**kwargs)
        finally:
            session.rollback()
