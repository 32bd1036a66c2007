"""``__in`` with a long list of values: one array parameter (``= ANY(%s)``) instead of one
parameter per value.

Statements are bound on the server (saas.settings), where PostgreSQL takes at most 65,535
parameters per statement; Django neither splits ``__in`` lists nor the ``IN`` of a delete's
cascade on PostgreSQL. An import of 80,000 houses could then not be reconciled or rolled back.
Past ``LONG_IN_LIST`` values the list goes as one array: no limit, and one statement text (one
prepared plan) for any length. Shorter lists keep ``IN (…)``, as Django writes them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Field, ForeignObject
from django.db.models.fields.related_lookups import RelatedIn
from django.db.models.lookups import In

LONG_IN_LIST = 1000


class _ArrayWhenLong:
    def process_rhs(self, compiler: Any, connection: Any) -> tuple[str, list[Any]]:
        sql, params = super().process_rhs(compiler, connection)  # type: ignore[misc]
        if (
            connection.vendor == "postgresql"
            and len(params) > LONG_IN_LIST
            and self.rhs_is_direct_value()  # type: ignore[attr-defined]
            and sql == "(" + ", ".join(["%s"] * len(params)) + ")"  # plain values, no expressions
        ):
            return "%s", [list(params)]
        return sql, params

    def get_rhs_op(self, connection: Any, rhs: str) -> str:
        if rhs == "%s":  # only the array above: Django's lists and subqueries are parenthesised
            return "= ANY(%s)"
        return super().get_rhs_op(connection, rhs)  # type: ignore[misc,no-any-return]


class LongIn(_ArrayWhenLong, In):
    pass


class LongRelatedIn(_ArrayWhenLong, RelatedIn):
    pass


def register() -> None:
    """Every field's ``__in`` (a foreign key's included), once at start-up (tenants.apps)."""
    Field.register_lookup(LongIn)
    ForeignObject.register_lookup(LongRelatedIn)
