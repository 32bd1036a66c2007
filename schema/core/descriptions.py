"""Descriptions the schema gets in one place rather than field by field.

``describe_schema`` runs once on each built schema (``schema/public.py``, ``schema/tenant.py``):

- every enum value is described by its Chinese label, so apps show ``水暖`` for ``PLUMBING``
  without a table of their own: a Django ``TextChoices`` label, an ``ErrorCode``'s ``label`` (its
  zh message), or a ``label`` property (``Role``). A value described explicitly keeps its text
  after the label;
- relay's ``last`` argument: strawberry describes it with ``after``'s text ("Returns the items in
  the list that come after the specified cursor"); it returns the last n items.

Model fields get theirs in ``schema.core.fields.model_type`` (the column's ``help_text``, or its
explicit ``verbose_name``). ``description_coverage`` measures what is still undescribed
(``manage.py description_coverage``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    is_specified_scalar_type,
)
from strawberry.schema.schema_converter import GraphQLCoreConverter

# strawberry.relay.fields.ConnectionExtension's text for ``last`` (a copy of ``after``'s).
STRAWBERRY_LAST = "Returns the items in the list that come after the specified cursor."
RELAY_LAST = "Returns the last n items from the list (with `before`: the last n before that cursor)."


def enum_label(member: enum.Enum) -> str | None:
    """The Chinese label an enum member carries, if any."""
    label = getattr(member, "label", None)
    return str(label) if label else None


def _label_enum_values(type_: GraphQLEnumType) -> None:
    definition = type_.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if definition is None:
        return
    python_enum = definition.wrapped_cls
    for value in type_.values.values():
        label = enum_label(python_enum(value.value))
        if label is None or (value.description or "").startswith(label):
            continue
        value.description = f"{label} {value.description}" if value.description else label


def describe_schema(schema: strawberry.Schema) -> None:
    for type_ in schema._schema.type_map.values():
        if isinstance(type_, GraphQLEnumType):
            _label_enum_values(type_)
        elif isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for graphql_field in type_.fields.values():
                last = graphql_field.args.get("last")
                if last is not None and last.description == STRAWBERRY_LAST:
                    last.description = RELAY_LAST


@dataclass
class Coverage:
    """How many of each kind of schema element have a description, and which do not."""

    total: dict[str, int] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)

    def count(self, kind: str, name: str, description: str | None) -> None:
        self.total[kind] = self.total.get(kind, 0) + 1
        missing = self.missing.setdefault(kind, [])
        if not (description or "").strip():
            missing.append(name)

    def percent_missing(self, kind: str) -> float:
        return 100.0 * len(self.missing.get(kind, [])) / self.total[kind] if self.total.get(kind) else 0.0


KINDS = ("types", "fields", "arguments", "enum values")


def _own_types(schema: GraphQLSchema) -> list[GraphQLNamedType]:
    """Every type a front end meets, less GraphQL's introspection types and built-in scalars."""
    return [
        t
        for name, t in sorted(schema.type_map.items())
        if not name.startswith("__") and not is_specified_scalar_type(t)  # type: ignore[arg-type]
    ]


def description_coverage(schema: GraphQLSchema) -> Coverage:
    coverage = Coverage()
    for type_ in _own_types(schema):
        coverage.count("types", type_.name, type_.description)
        if isinstance(type_, GraphQLEnumType):
            for name, value in type_.values.items():
                coverage.count("enum values", f"{type_.name}.{name}", value.description)
        elif isinstance(type_, GraphQLInputObjectType):
            for name, input_field in type_.fields.items():
                coverage.count("fields", f"{type_.name}.{name}", input_field.description)
        elif isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for name, output_field in type_.fields.items():
                coverage.count("fields", f"{type_.name}.{name}", output_field.description)
                for arg_name, arg in output_field.args.items():
                    coverage.count("arguments", f"{type_.name}.{name}({arg_name}:)", arg.description)
    for kind in KINDS:
        coverage.total.setdefault(kind, 0)
        coverage.missing.setdefault(kind, [])
    return coverage
