"""Hot querysets composed once, run many times with other ids.

Composing a queryset through the ORM (a scoping rule's subqueries, six tables of select_related)
costs milliseconds of CPU per call; running the same SQL again, with its plan prepared on the
connection (server-side binding), costs a tenth of that. For a queryset whose SQL depends only on
a few ids (an account, a row, a handful of rows), ``Prepared`` composes it twice with two sets of
stand-in ids, keeps the SQL when only those parameters moved, and from then on runs it with the
real ids. Rows become model instances exactly as Django's ``ModelIterable`` builds them
(select_related included), or stay tuples for ``values_list``.

An id out of a bigint's range is left to the per-call composition. A statement is kept per key,
company and day: a constant a composition read from a company's rows,
or today's date, stays right; a time (``now()``) moves between the two compositions, and such a
queryset is then composed per call, as it would be without this.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import QuerySet
from django.db.models.query import get_related_populators  # type: ignore[attr-defined]  # not in the stubs
from django.db.models.sql.compiler import SQLCompiler
from django.utils import timezone

# Two stand-ins per id slot: ids no row has, far from any constant a query carries.
_STAND_IN_BASES = (-7_345_000, -8_345_000)


@dataclass(frozen=True)
class _Slot:
    name: str


@dataclass(frozen=True)
class Statement:
    sql: str
    params: tuple[Any, ...]  # constants, and a _Slot where an id goes
    compiler: SQLCompiler  # of the first composition: how its rows become instances

    def values(self, ids: Mapping[str, int]) -> list[Any]:
        return [ids[p.name] if isinstance(p, _Slot) else p for p in self.params]


def stand_ins(names: Sequence[str], which: int) -> dict[str, int]:
    """Stand-in ids for ``names`` (``which``: the first or second composition)."""
    return {name: _STAND_IN_BASES[which] - n for n, name in enumerate(names)}


def slotted(
    first: tuple[str, Sequence[Any]], second: tuple[str, Sequence[Any]], names: Sequence[str]
) -> tuple[Any, ...] | None:
    """The parameters of two compositions as constants and slots; None when the SQL differs or a
    parameter moved that is no stand-in (a time, say)."""
    (sql, params), (other_sql, other_params) = first, second
    if sql != other_sql or len(params) != len(other_params):
        return None
    slots = {(stand_ins(names, 0)[name], stand_ins(names, 1)[name]): _Slot(name) for name in names}
    kept: list[Any] = []
    for pair in zip(params, other_params, strict=True):
        if pair in slots:
            kept.append(slots[pair])
        elif pair[0] == pair[1] and type(pair[0]) is type(pair[1]):
            kept.append(pair[0])
        else:
            return None
    return tuple(kept)


_KEPT = 2_000  # statements per queryset (companies × roles × shapes) before they are all let go
_EMPTY = object()  # the queryset is empty whatever the ids (a role that sees none of these rows)
_INT8 = range(-(2**63), 2**63)


class Prepared:
    """One hot queryset: ``compose(key, ids)`` builds it from the key (what is the same for many
    calls: a model, a role) and a mapping of id names to ids. A composition that cannot be made from
    ids alone raises AttributeError (a stand-in account asked for more than its id); the caller
    then composes it per call (``rows`` and ``instances`` answer None), as it does for an id out of
    a bigint's range (the ORM answers those without asking the database)."""

    def __init__(self, compose: Callable[[Any, Mapping[str, int]], QuerySet[Any]]) -> None:
        self.compose = compose
        self._statements: dict[tuple[Any, ...], Statement | object | None] = {}
        self._day = timezone.localdate()

    def statement(self, key: Hashable, names: Sequence[str]) -> Statement | object | None:
        today = timezone.localdate()
        if today != self._day or len(self._statements) >= _KEPT:  # a new dict: other threads may be reading
            self._statements, self._day = {}, today
        # The day is in the key too: one composed just before midnight and stored just after must
        # not answer for the new day (a rule may read today's date).
        full_key = (str(connection.schema_name), today, key, tuple(names))  # type: ignore[attr-defined]
        if full_key in self._statements:
            return self._statements[full_key]
        statement: Statement | object | None
        try:
            compilers = [
                self.compose(key, stand_ins(names, which)).query.get_compiler(connection.alias) for which in (0, 1)
            ]
            first, second = (compiler.as_sql() for compiler in compilers)
        except AttributeError:
            statement = None
        except EmptyResultSet:  # e.g. ``visible_to`` gives this role none of these rows
            statement = _EMPTY
        else:
            params = slotted(first, second, names)
            statement = None if params is None else Statement(first[0], params, compilers[0])
        self._statements[full_key] = statement
        return statement

    def _usable(self, key: Hashable, ids: Mapping[str, int]) -> Statement | object | None:
        if not all(value in _INT8 for value in ids.values()):
            return None
        return self.statement(key, tuple(ids))

    def rows(self, key: Hashable, ids: Mapping[str, int]) -> list[tuple[Any, ...]] | None:
        """The rows of a ``values_list`` queryset, converted as the ORM converts them."""
        statement = self._usable(key, ids)
        if statement is None or statement is _EMPTY:
            return None if statement is None else []
        assert isinstance(statement, Statement)
        return [tuple(row) for row in statement.compiler.results_iter([self._fetch(statement, ids)])]

    def instances(self, key: Hashable, ids: Mapping[str, int]) -> list[Any] | None:
        """Model instances, with the related objects of select_related and the annotations."""
        statement = self._usable(key, ids)
        if statement is None or statement is _EMPTY:
            return None if statement is None else []
        assert isinstance(statement, Statement)
        compiler = statement.compiler
        klass_info, select = compiler.klass_info, compiler.select
        assert klass_info is not None
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        init_list = [column[0].target.attname for column in select[start:end]]
        populators = get_related_populators(klass_info, select, connection.alias)
        made = []
        for row in compiler.results_iter([self._fetch(statement, ids)]):
            instance = klass_info["model"].from_db(connection.alias, init_list, row[start:end])
            for populator in populators:
                populator.populate(row, instance)
            for name, position in compiler.annotation_col_map.items():
                setattr(instance, name, row[position])
            made.append(instance)
        return made

    @staticmethod
    def _fetch(statement: Statement, ids: Mapping[str, int]) -> list[Any]:
        with connection.cursor() as cursor:
            cursor.execute(statement.sql, statement.values(ids))
            return cursor.fetchall()
