"""Connections with a page-size cap (default 50, at most 200, settings) and a total count that
costs a narrow ``COUNT(*)``.

strawberry-django counts a top-level list with ``COUNT(1) OVER ()`` on the page query, which makes
PostgreSQL build every joined row of the whole list before taking the page: 218 ms for the first
50 of 50,000 houses, against ~10 ms for a separate count plus the page (``make bench
NAME=scoping``). Nested lists (prefetched per parent) keep its window count.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import strawberry
from django.conf import settings
from django.db.models import QuerySet
from graphql import get_named_type
from strawberry import relay
from strawberry.extensions import FieldExtension
from strawberry_django.optimizer import is_optimized_by_prefetching
from strawberry_django.relay import DjangoListConnection

from schema.core.errors import ApiError, ApiMessage


@strawberry.type(name="CountedConnection", description="A page of results with the total count.")
class CountedConnection(DjangoListConnection[relay.NodeType]):
    @classmethod
    def resolve_connection(  # type: ignore[override]
        cls,
        nodes: Any,
        *,
        info: strawberry.Info,
        before: str | None = None,
        after: str | None = None,
        first: int | None = None,
        last: int | None = None,
        **kwargs: Any,
    ) -> Any:
        limit = settings.GRAPHQL_MAX_PAGE_SIZE
        for name, value in (("first", first), ("last", last)):
            if value is not None and not 0 <= value <= limit:
                raise ApiError(ApiMessage.PAGE_SIZE_INVALID, name=name, limit=limit)
        for cursor in (before, after):
            if cursor is not None and not _cursor_valid(cursor):
                raise ApiError(ApiMessage.CURSOR_INVALID)
        if first is None and last is None:
            first = settings.GRAPHQL_DEFAULT_PAGE_SIZE
        kwargs["max_results"] = limit
        top_level = isinstance(nodes, QuerySet) and not is_optimized_by_prefetching(nodes)
        if not top_level or ((last or 0) > 0 and before is None):
            return super().resolve_connection(
                nodes, info=info, before=before, after=after, first=first, last=last, **kwargs
            )
        # The page alone; ``totalCount``, if asked for, counts the same queryset on its own.
        conn = super(DjangoListConnection, cls).resolve_connection(
            nodes, info=info, before=before, after=after, first=first, last=last, **kwargs
        )
        if inspect.isawaitable(conn):  # an async view: attach the queryset once the page resolves

            async def with_nodes() -> Any:
                resolved = await conn
                resolved.nodes = nodes
                return resolved

            return with_nodes()
        conn.nodes = nodes
        return conn


def _cursor_valid(cursor: str) -> bool:
    """Our cursors are base64 of ``arrayconnection:<offset>`` (strawberry's)."""
    try:
        prefix, offset = relay.from_base64(cursor)
    except ValueError:
        return False
    return prefix == relay.types.PREFIX and offset.isdigit() and len(offset) < 10


class NodeIdCheck(FieldExtension):
    """A node field's ``id``: its database part must be a number and, for a typed field
    (``resident(id:)``), its type that field's type; otherwise bad input, not a crash."""

    def resolve(self, next_: Callable[..., Any], source: Any, info: strawberry.Info, **kwargs: Any) -> Any:
        global_id = kwargs.get("id")
        if isinstance(global_id, relay.GlobalID):
            expected = get_named_type(info._raw_info.return_type).name
            if not (global_id.node_id.isdigit() and len(global_id.node_id) < 19) or expected not in (
                "Node",
                global_id.type_name,
            ):
                raise ApiError(ApiMessage.ID_INVALID, type_name=expected if expected != "Node" else "")
        return next_(source, info, **kwargs)


def pk_from_global_id(global_id: relay.GlobalID, type_name: str) -> int:
    """The database id behind a global ID of ``type_name``; a malformed or foreign ID is bad input."""
    if global_id.type_name != type_name or not global_id.node_id.isdigit():
        raise ApiError(ApiMessage.ID_INVALID, type_name=type_name)
    return int(global_id.node_id)


def pin_node_id_attributes() -> None:
    """Resolve once which attribute is each model type's node id.

    strawberry-django model types carry no ``NodeID`` annotation, so every ``id`` field of every
    row re-scans (``eval``/``compile``) all the type's annotations, finds none and falls back to
    the primary key: measured at ~60% of a 100-row list query. Call after the schema is built.
    """
    pending = list(relay.Node.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if hasattr(cls, "__strawberry_django_definition__") and cls.__dict__.get("_id_attr") is None:
            cls._id_attr = cls.resolve_id_attr()
