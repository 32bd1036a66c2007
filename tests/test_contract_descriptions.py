"""Descriptions front-end teams read in GraphiQL and in the generated TypeScript."""

from __future__ import annotations

import pytest
from graphql import GraphQLInterfaceType, GraphQLObjectType, GraphQLSchema

from schema.core.descriptions import RELAY_LAST
from schema.public import schema as public_schema
from schema.tenant import schema as tenant_schema

SCHEMAS: dict[str, GraphQLSchema] = {"public": public_schema._schema, "tenant": tenant_schema._schema}


@pytest.mark.parametrize("name", SCHEMAS)
def test_relay_last_says_it_returns_the_last_items(name: str) -> None:
    paged = [
        field
        for type_ in SCHEMAS[name].type_map.values()
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType)
        for field in type_.fields.values()
        if {"first", "last", "before", "after"} <= set(field.args)
    ]
    assert paged
    for field in paged:
        assert field.args["last"].description == RELAY_LAST
        assert field.args["last"].description != field.args["after"].description
