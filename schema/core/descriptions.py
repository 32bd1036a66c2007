"""Descriptions the schema gets in one place rather than field by field.

``describe_schema`` runs once on each built schema (``schema/public.py``, ``schema/tenant.py``):

- every enum value is described by its Chinese label, so apps show ``水暖`` for ``PLUMBING``
  without a table of their own: a Django ``TextChoices`` label, an ``ErrorCode``'s ``label`` (its
  zh message), or a ``label`` property (``Role``). A value described explicitly keeps its text
  after the label;
- what many elements share and the declarations leave undescribed, filled where it has one cause:
  the root types, each mutation's ``input`` argument, its input type and that input's ``id``,
  each payload type, its ``errors`` and the objects it returns, and the arguments that narrow a
  paginated list (``community: ID``, ``states: [State!]``, ``filter``, ``orderBy``); words
  written on an element always win;
- relay's ``last`` argument: strawberry describes it with ``after``'s text ("Returns the items in
  the list that come after the specified cursor"); it returns the last n items.

Model fields get theirs in ``schema.core.fields.model_type`` (the column's ``help_text``, or its
explicit ``verbose_name``; failing both, a timestamp or a foreign key says what it is).
``description_coverage`` measures what is still undescribed (``manage.py description_coverage``).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any

import strawberry
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    get_named_type,
    get_nullable_type,
    is_list_type,
    is_non_null_type,
    is_specified_scalar_type,
)
from strawberry.schema.schema_converter import GraphQLCoreConverter

from schema.core.fields import model_description

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


def _fill(element: Any, text: str) -> None:
    """Give ``element`` ``text`` unless it is described already (its own words always win)."""
    if not (element.description or "").strip():
        element.description = text


def _words(camel: str) -> list[str]:
    return re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", camel)


def _first_sentence(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text.split(". ")[0].rstrip(".") + "." if text else ""


def _acted_on(schema: GraphQLSchema, mutation: str) -> tuple[str, str] | None:
    """``workOrderAccept`` → (``WorkOrder``, ``accept``): the longest leading words naming a type."""
    words = _words(mutation)
    for cut in range(len(words) - 1, 0, -1):
        type_name = "".join(w[:1].upper() + w[1:] for w in words[:cut])
        if isinstance(schema.type_map.get(type_name), GraphQLObjectType):
            return type_name, " ".join(w.lower() for w in words[cut:])
    return None


def _describe_mutations(schema: GraphQLSchema) -> None:
    """Every mutation's ``input`` argument, its input type and the input's ``id``; every payload
    type, its ``errors`` and the objects it returns."""
    if schema.mutation_type is None:
        return
    payloads: dict[str, list[str]] = {}
    for name, mutation in schema.mutation_type.fields.items():
        what = _first_sentence(mutation.description)
        input_arg = mutation.args.get("input")
        if input_arg is not None:
            input_type = get_named_type(input_arg.type)
            _fill(input_arg, f"What `{name}` is to do; each field is described on `{input_type.name}`.")
            if isinstance(input_type, GraphQLInputObjectType):
                _fill(input_type, f"The input of `{name}`. {what}".strip())
                _describe_input_fields(schema, input_type, _acted_on(schema, name))
                id_field = input_type.fields.get("id")
                if id_field is not None and get_named_type(id_field.type).name == "ID":
                    acted_on = _acted_on(schema, name)
                    _fill(
                        id_field,
                        f"Global ID of the {acted_on[0]} to {acted_on[1]} (its `id`)."
                        if acted_on and " " not in acted_on[1]
                        else f"Global ID of the {acted_on[0]} `{name}` acts on (its `id`)."
                        if acted_on
                        else f"Global ID of the object `{name}` acts on (its `id`).",
                    )
        payload = get_named_type(mutation.type)
        if isinstance(payload, GraphQLObjectType) and payload.name.endswith("Payload"):
            payloads.setdefault(payload.name, []).append(name)
    for payload_name, names in payloads.items():
        payload = schema.type_map[payload_name]
        assert isinstance(payload, GraphQLObjectType)
        by = ", ".join(f"`{n}`" for n in names)
        _fill(payload, f"What {by} returns: the result on success, or `errors` saying why nothing changed.")
        for field_name, payload_field in payload.fields.items():
            if field_name == "errors":
                _fill(payload_field, "Why nothing was changed; empty on success.")
            elif isinstance(get_named_type(payload_field.type), GraphQLObjectType):
                object_name = get_named_type(payload_field.type).name
                _fill(
                    payload_field,
                    f"The {object_name} as it now stands; null when `errors` is not empty."
                    if not is_non_null_type(payload_field.type)
                    else f"The {object_name} as it now stands.",
                )


def _describe_input_fields(
    schema: GraphQLSchema, input_type: GraphQLInputObjectType, acted_on: tuple[str, str] | None
) -> None:
    """An input field named like a column of the model the mutation acts on takes the model's words
    for it (not the output field's, which may speak of masking or reading); an ``ID`` field names
    the object it points at."""
    model = _model_of(schema.type_map.get(acted_on[0])) if acted_on else None
    for field_name, input_field in input_type.fields.items():
        column = "_".join(w.lower() for w in _words(field_name))
        model_words = model_description(model, column) if model is not None and field_name != "id" else None
        if get_named_type(input_field.type).name == "ID" and field_name != "id":
            words = " ".join(w.lower() for w in _words(field_name))
            plural = is_list_type(get_nullable_type(input_field.type))
            _fill(input_field, f"Global IDs of the {words}." if plural else f"Global ID of the {words} (its `id`).")
        elif model_words:
            _fill(input_field, model_words)


def _model_of(type_: GraphQLNamedType | None) -> Any:
    """The Django model behind a strawberry-django type, if any."""
    definition = type_.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF) if type_ is not None else None
    django_definition = getattr(getattr(definition, "origin", None), "__strawberry_django_definition__", None)
    return getattr(django_definition, "model", None)


def _describe_list_filters(schema: GraphQLSchema) -> None:
    """The arguments that narrow a paginated list: ``community: ID``, ``states: [State!]``, …"""
    for type_ in schema.type_map.values():
        if not isinstance(type_, GraphQLObjectType) or type_.name.startswith("__"):
            continue
        for graphql_field in type_.fields.values():
            if not get_named_type(graphql_field.type).name.endswith("Connection"):
                continue
            for arg_name, arg in graphql_field.args.items():
                named, optional = get_named_type(arg.type), not is_non_null_type(arg.type)
                words = " ".join(w.lower() for w in _words(arg_name))
                any_ = "; null: all" if optional else ""
                if arg_name == "filter":
                    _fill(arg, f"Narrow the list; every condition given must hold{any_}.")
                elif arg_name == "orderBy":
                    _fill(arg, "The order of the list, by the first key, then the next.")
                elif named.name == "ID" and is_list_type(get_nullable_type(arg.type)):
                    _fill(arg, f"Only those of these {words} (global IDs){any_}.")
                elif named.name == "ID":
                    _fill(arg, f"Only those of this {words} (its global ID){any_}.")
                elif isinstance(named, GraphQLEnumType) and is_list_type(get_nullable_type(arg.type)):
                    _fill(arg, f"Only those whose {_singular(words)} is one of these{any_}.")
                elif isinstance(named, GraphQLEnumType):
                    _fill(arg, f"Only those with this {words}{any_}.")


def _singular(words: str) -> str:
    if words.endswith("ies"):
        return words[:-3] + "y"
    if words.endswith(("uses", "sses", "xes", "ches", "shes")) and not words.endswith("ouses"):
        return words[:-2]  # statuses, classes, boxes (not houses)
    return words[:-1] if words.endswith("s") else words


def describe_schema(schema: strawberry.Schema, roots: dict[str, str] | None = None) -> None:
    """Fill what the declarations leave undescribed and share one cause; ``roots`` describes
    ``Query``, ``Mutation`` and ``Subscription``."""
    graphql_schema = schema._schema
    for root_name, text in (roots or {}).items():
        _fill(graphql_schema.type_map[root_name], text)
    for type_ in graphql_schema.type_map.values():
        if isinstance(type_, GraphQLEnumType):
            _label_enum_values(type_)
        elif isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for graphql_field in type_.fields.values():
                last = graphql_field.args.get("last")
                if last is not None and last.description == STRAWBERRY_LAST:
                    last.description = RELAY_LAST
    _describe_mutations(graphql_schema)
    _describe_list_filters(graphql_schema)


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
