"""Searching the case list: every matching case, ranked, counted, paged.

The FTS5 index (``search_index``, revision 0006) holds one row per person
(column ``name``) and per follow-up (column ``body``). A row's rowid is
``cases.search_key << KEY_SHIFT | n``: the case of a match is read from the
rowid itself, and the rows of a case sit together, newest case highest.

Ranking: cases matched on a name of their people first, then cases matched
in a follow-up; within each, the most recently recorded case first
(``search_key`` numbers cases in the order they were opened). A page walks the
index from the top of one phase down, keeping the cases that pass the filters
and the actor's visibility, until it holds ``limit`` cases; the cursor
``(phase, search_key)`` says where the next page starts, so every matching
case is reached by paging however many rows mention the same words.
:func:`count_search_results` gives the number of matching cases.

Several words: a case matches when each word is somewhere in it — a name of
its people, a follow-up — not necessarily in one row ("Dupont plainte": a
Dupont whose follow-up mentions the complaint). The NAME phase is the cases
a person of which bears every word (one walk of the name column); the TEXT
phase intersects the cases of each word as the index hands them over, newest
first (a leapfrog over one walk per word), then checks the candidates'
filters and visibility a batch at a time, and leaves out those of the NAME
phase. The count stops above :data:`COUNT_CAP`.

A reference typed as ``2024-`` or ``2024-01`` lists the cases whose reference
starts with it, in reference order.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import json
import operator
import re
from collections.abc import Iterator
from enum import IntEnum
from typing import Any

from sqlalchemy import Integer, column, func, select, table
from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.case_list import (
    CaseFilter,
    CasePage,
    _apply_filter,
    _row_query,
    _to_rows,
)
from app.core.permissions import Perm, Scope, require, scope_of, visible_cases
from app.core.search_text import Term, match_query, search_terms, search_words
from app.storage.models import Case, Person

#: FTS rowid = search_key << KEY_SHIFT | row number within the case (revision 0006)
KEY_SHIFT = 20
#: a page of results: more than a laptop screen shows; the next ones come on scroll
#: (a page costs in proportion to the index rows walked to fill it)
SEARCH_PAGE = 50
#: the count of matching cases stops above this (the screen says "plus de 1 000")
COUNT_CAP = 1_000
_REFERENCE = re.compile(r"^\d{4}-\d{0,4}$")
_FTS = table("search_index", column("rowid", Integer), column("search_index"))
#: rows read from the index per round trip while a page is being filled
_BATCH = 256
#: the same when the walk keeps one's own cases only (each row is a case found)
_OWN_BATCH = 64
#: rows read per round trip from each word's walk of the index (several words)
_STREAM_BATCH = 1024
#: cases holding every word checked against the filters at once: a first batch
#: for a page a coordinator fills at once, doubling for a role that sees few cases
_FIRST_CANDIDATES = 64
_MAX_CANDIDATES = 4096
#: the index that answers "does this case pass the filters" without reading the row
#: (revision 0009); named because the unique index on search_key alone looks cheaper
#: to the planner but needs the row for every match
_FILTER_INDEX = "INDEXED BY ix_cases_search_filter"


class SearchPhase(IntEnum):
    """Which part of the ranking a page is in."""

    NAME = 0  # a person of the case bears the words
    TEXT = 1  # the words are in a follow-up (and in no name of the case)


def _matches(text_: str) -> list[Term] | None:
    """The typed words (each with its spellings), or None when ``text_`` is a
    reference prefix."""
    return None if _REFERENCE.match(text_.strip()) else search_terms(text_)


def _case_key(fts: Any) -> Any:
    return fts.c.rowid.op(">>")(KEY_SHIFT)


def _phase_keys(
    session: Session,
    words: list[Term],
    phase: SearchPhase,
    flt: CaseFilter,
    actor: UserSession,
    below: int | None,
    wanted: int,
    own: list[int] | None,
) -> list[int]:
    """Up to ``wanted`` case keys of ``phase``, highest first, below ``below``
    (``own``: the actor's own cases within the filters, see :func:`_own_keys`)."""
    hit = _FTS.alias("hit")
    key = _case_key(hit)
    column_name = "name" if phase is SearchPhase.NAME else "body"
    matching = hit.c.search_index.op("MATCH")(match_query(words, column=column_name))
    if own is not None:
        query = select(key).select_from(hit).where(matching).where(key.in_(_key_list(own)))
    else:
        query = (
            select(key)
            .select_from(hit.join(Case, Case.search_key == key))
            .with_hint(Case, _FILTER_INDEX, "sqlite")
            .where(matching)
            .where(visible_cases(actor))
        )
        query = _apply_filter(query, flt)
    if below is not None:
        query = query.where(hit.c.rowid < below << KEY_SHIFT)
    # The index hands its rows over in rowid order (no sort); rows of one case
    # are adjacent, so keeping the first of each run is enough. In the TEXT
    # phase, the cases a person of which bears the words are left out after
    # (their people read for the batch's cases only): a NOT IN subquery of the
    # name matches would walk the index once more.
    keys: list[int] = []
    last = None
    result = session.connection().execute(query.order_by(hit.c.rowid.desc()))
    try:
        while len(keys) < wanted:
            batch = result.fetchmany(_BATCH if own is None else _OWN_BATCH)
            if not batch:
                break
            fresh = []
            for (case_key,) in batch:
                if case_key != last:
                    last = case_key
                    fresh.append(case_key)
            while fresh and len(keys) < wanted:  # as many as the page still needs
                part, fresh = fresh[: wanted - len(keys)], fresh[wanted - len(keys) :]
                if phase is SearchPhase.TEXT:
                    named = _named_among(session, part, words)
                    part = [k for k in part if k not in named]
                keys += part
    finally:
        result.close()
    return keys


class _KeyStream:
    """The case keys of the index rows matching a query, highest first, read a
    batch at a time as :meth:`seek` asks for them."""

    def __init__(self, result: Any) -> None:
        self._result = result
        # Rows read straight from the driver's cursor: one integer each, and a
        # common word's walk hands over 100 000 of them (half the time of a
        # count went into making result rows).
        self._cursor = result.cursor
        self._keys: list[int] = []
        self._at = 0
        self._batch = 32  # few at first: a walk kept to one's own cases reads far

    def seek(self, target: int) -> int | None:
        """The highest key at or below ``target`` (None: no more)."""
        while True:
            if self._at >= len(self._keys):
                rows = self._cursor.fetchmany(self._batch)
                self._batch = min(self._batch * 2, _STREAM_BATCH)
                if not rows:
                    return None
                self._keys, self._at = [row[0] for row in rows], 0
            if self._keys[-1] > target:  # the whole batch is above: skip it
                self._at = len(self._keys)
                continue
            # keys descend: the first at or below target, by bisection
            self._at = bisect.bisect_left(self._keys, -target, self._at, key=operator.neg)
            return self._keys[self._at]

    def close(self) -> None:
        self._result.close()


def _key_stream(
    session: Session, query: str, below: int | None, among: list[int] | None = None
) -> _KeyStream:
    """A walk of the index rows matching ``query``, from the newest case down,
    below the case ``below`` and, when given, among the keys ``among``."""
    statement = select(_case_key(_FTS)).where(_FTS.c.search_index.op("MATCH")(query))
    if among is not None:
        statement = statement.where(_case_key(_FTS).in_(_key_list(among)))
    if below is not None:
        statement = statement.where(_FTS.c.rowid < below << KEY_SHIFT)
    return _KeyStream(session.connection().execute(statement.order_by(_FTS.c.rowid.desc())))


def _intersection(streams: list[_KeyStream]) -> Iterator[int]:
    """The keys every stream holds, highest first: each stream in turn moves to
    the highest key at or below the others' (a leapfrog join)."""
    target: int | None = streams[0].seek(1 << 62)
    agreed = 0
    while target is not None:
        for stream in streams:
            key = stream.seek(target)
            if key is None:
                return
            if key == target:
                agreed += 1
            else:
                target, agreed = key, 1
            if agreed == len(streams):
                yield target
                target, agreed = target - 1, 0


def _shown(session: Session, keys: list[int], flt: CaseFilter, actor: UserSession) -> list[int]:
    """Those of ``keys`` (highest first) that pass the filters and the actor's
    visibility, read from the covering index, in the same order."""
    query = (
        select(Case.search_key)
        .with_hint(Case, _FILTER_INDEX, "sqlite")
        .where(Case.search_key.in_(_key_list(keys)))
        .where(visible_cases(actor))
    )
    kept = set(session.scalars(_apply_filter(query, flt)))
    return [k for k in keys if k in kept]


def _key_list(keys: list[int]) -> Any:
    """``SELECT value FROM json_each(:keys)``: a batch of case keys as one
    parameter (thousands of bound parameters cost more to build than to run)."""
    each = func.json_each(json.dumps(keys)).table_valued("value")
    return select(each.c.value).scalar_subquery()


def _named_among(session: Session, keys: list[int], words: list[Term]) -> set[int]:
    """Those of ``keys`` with a person whose names hold every word (folded as the
    index folds them), read from the people of those cases only: the cases the
    NAME phase gives, left out of the TEXT phase."""
    rows = session.execute(
        select(Case.search_key, Person.first_name, Person.last_name, Person.pseudonym)
        .join(Person, Person.case_id == Case.id)
        .where(Case.search_key.in_(_key_list(keys)))
    )
    named = set()
    for key, *names in rows:
        held = search_words(" ".join(n or "" for n in names))
        if all(any(t.startswith(form) for t in held for form in term) for term in words):
            named.add(key)
    return named


def _split_keys(
    session: Session,
    words: list[Term],
    phase: SearchPhase | None,
    flt: CaseFilter,
    actor: UserSession,
    below: int | None,
    wanted: int,
    own: list[int] | None,
) -> list[int]:
    """Up to ``wanted`` case keys, highest first, below ``below``, of the cases
    holding every one of several words, each anywhere in the case (a name, a
    follow-up): the sets of cases of each word, intersected as the index hands
    them over; then the candidates' filters and visibility, a batch at a time.
    ``phase``: TEXT leaves out the cases a person of which bears every word (the
    NAME phase lists them); None keeps them (counting). ``own``: see
    :func:`_own_keys` (each walk keeps only those; no candidate left to check)."""
    streams = [_key_stream(session, match_query([w]), below, own) for w in words]
    keys: list[int] = []
    batch = _FIRST_CANDIDATES
    try:
        candidates = _intersection(streams)
        while len(keys) < wanted:
            chunk = list(itertools.islice(candidates, batch))
            if not chunk:
                break
            shown = chunk if own is not None else _shown(session, chunk, flt, actor)
            if phase is SearchPhase.TEXT and shown:
                named = _named_among(session, shown, words)
                shown = [k for k in shown if k not in named]
            keys += shown
            batch = min(batch * 2, _MAX_CANDIDATES)
    finally:
        for stream in streams:
            stream.close()
    return keys[:wanted]


def search_cases(
    session: Session,
    text_: str,
    flt: CaseFilter | None = None,
    *,
    actor: UserSession,
    after: tuple[Any, ...] | None = None,
    limit: int = SEARCH_PAGE,
    hide_names: bool = False,
) -> CasePage:
    """One page of the cases ``actor`` may see whose people, reference or
    follow-ups match ``text_`` (every typed word, as a prefix, letters folded),
    within ``flt``; pass ``page.next_cursor`` as ``after`` for the next page.

    Filters and visibility are part of the query that walks the index, so
    invisible or filtered-out cases never take the place of others and no
    matching case is out of reach. ``flt.sort`` is not used: results are ranked
    (see the module docstring)."""
    require(actor, Perm.CASE_LIST)
    flt = flt or CaseFilter()
    words = _matches(text_)
    if words is None:
        return _reference_page(session, text_.strip(), flt, actor, after, limit, hide_names)
    if not words:
        return CasePage([], None)
    phase, below = (SearchPhase(after[0]), int(after[1])) if after else (SearchPhase.NAME, None)
    own = _own_keys(session, flt, actor)
    if own == []:
        return CasePage([], None)
    found: list[tuple[SearchPhase, int]] = []
    while len(found) <= limit:
        # A person bearing every word: one walk of the name column. Several words
        # in a case's people and follow-ups: the cases of each word intersected.
        split = len(words) > 1 and phase is SearchPhase.TEXT
        walk = _split_keys if split else _phase_keys
        keys = walk(session, words, phase, flt, actor, below, limit + 1 - len(found), own)
        found += [(phase, k) for k in keys]
        if phase is SearchPhase.TEXT:
            break
        phase, below = SearchPhase.TEXT, None
    page, more = found[:limit], len(found) > limit
    query = _row_query(Case.search_key).where(Case.search_key.in_([k for _, k in page]))
    by_key = {row.cursor[0]: row for row in _to_rows(session.execute(query), hide_names)}
    rows = [dataclasses.replace(by_key[k], cursor=(p.value, k)) for p, k in page]
    return CasePage(rows, rows[-1].cursor if more else None)


def count_search_results(
    session: Session,
    text_: str,
    flt: CaseFilter | None = None,
    *,
    actor: UserSession,
    cap: int = COUNT_CAP,
) -> int:
    """How many cases :func:`search_cases` finds for ``text_`` within ``flt``
    (every page together), counted up to ``cap``: the exact number when it is
    ``cap`` or fewer, ``cap + 1`` when more cases match (the screen then says
    "plus de 1 000"). A typed "d" matches nearly every case: counting them all
    read every one of its 840 000 index rows at 100 000 cases, for a number
    nobody reads; the count stops once it passes ``cap``."""
    require(actor, Perm.CASE_LIST)
    flt = flt or CaseFilter()
    words = _matches(text_)
    if words is None:
        counted = select(Case.id).where(*_reference_range(text_.strip()))
        counted = _apply_filter(counted.where(visible_cases(actor, lead=True)), flt)
    elif not words:
        return 0
    elif len(words) > 1:
        own = _own_keys(session, flt, actor)
        return len(_split_keys(session, words, None, flt, actor, None, cap + 1, own))
    elif _sees_assigned_only(actor):
        # One's own cases within the filters, few: their keys are gathered once
        # (index case_workers (user_id, case_id)), and the walk of the index
        # keeps the matches among them, newest first.
        own = _apply_filter(select(Case.search_key).where(visible_cases(actor, lead=True)), flt)
        counted = (
            select(_case_key(_FTS).label("key"))
            .where(_FTS.c.search_index.op("MATCH")(match_query(words)))
            .where(_case_key(_FTS).in_(own))
            .distinct()
        )
    else:
        # Each matching case once (its rows are adjacent in the index), then its
        # filters and visibility read from the covering index.
        matched = (
            select(_case_key(_FTS).label("key"))
            .where(_FTS.c.search_index.op("MATCH")(match_query(words)))
            .distinct()
            .subquery("matched")
        )
        counted = (
            select(matched.c.key)
            .select_from(matched.join(Case, Case.search_key == matched.c.key))
            .with_hint(Case, _FILTER_INDEX, "sqlite")
            .where(visible_cases(actor))
        )
        counted = _apply_filter(counted, flt)
    capped = counted.limit(cap + 1).subquery("capped")
    return int(session.execute(select(func.count()).select_from(capped)).scalar_one())


def _own_keys(session: Session, flt: CaseFilter, actor: UserSession) -> list[int] | None:
    """For a role that sees only its assigned cases: the keys of those within the
    filters, read once through the index case_workers (user_id, case_id) and
    handed to each walk of the index as one parameter, so that a walk keeps
    only those without reading a case (as a subquery, each walk would gather
    them again: +15-20 ms a page for the benchmark's educator and their 5 000
    cases). None for the other roles: their walks check the filters and
    visibility from the covering index."""
    if not _sees_assigned_only(actor):
        return None
    query = select(Case.search_key).where(visible_cases(actor, lead=True))
    return list(session.scalars(_apply_filter(query, flt)))


def _sees_assigned_only(actor: UserSession) -> bool:
    """The actor sees only the cases they are assigned to (a street educator)."""
    return scope_of(actor.role, Perm.CASE_READ) in (Scope.ASSIGNED, Scope.OWN)


def _reference_range(prefix: str) -> tuple[Any, Any]:
    # A range, not LIKE (case-insensitive, so no index range): "~" sorts after digits.
    return Case.reference >= prefix, Case.reference < prefix + "~"


def _reference_page(
    session: Session,
    prefix: str,
    flt: CaseFilter,
    actor: UserSession,
    after: tuple[Any, ...] | None,
    limit: int,
    hide_names: bool,
) -> CasePage:
    query = (
        _apply_filter(_row_query(Case.reference), flt)
        .where(visible_cases(actor))
        .where(*_reference_range(prefix))
    )
    if after is not None:
        query = query.where(Case.reference > after[0])  # references are unique
    rows = _to_rows(session.execute(query.order_by(Case.reference).limit(limit + 1)), hide_names)
    return CasePage(rows[:limit], rows[limit - 1].cursor if len(rows) > limit else None)
