"""Descriptions the schema gets in one place rather than field by field.

``describe_schema`` runs once on each built schema (``schema/public.py``, ``schema/tenant.py``):

- relay's ``last`` argument: strawberry describes it with ``after``'s text ("Returns the items in
  the list that come after the specified cursor"); it returns the last n items.
"""

from __future__ import annotations

import strawberry
from graphql import GraphQLInterfaceType, GraphQLObjectType

# strawberry.relay.fields.ConnectionExtension's text for ``last`` (a copy of ``after``'s).
STRAWBERRY_LAST = "Returns the items in the list that come after the specified cursor."
RELAY_LAST = "Returns the last n items from the list (with `before`: the last n before that cursor)."


def describe_schema(schema: strawberry.Schema) -> None:
    for type_ in schema._schema.type_map.values():
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for field in type_.fields.values():
                last = field.args.get("last")
                if last is not None and last.description == STRAWBERRY_LAST:
                    last.description = RELAY_LAST
