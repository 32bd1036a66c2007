"""Descriptions front-end teams read in GraphiQL and in the generated TypeScript."""

from __future__ import annotations

import re

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
)

from saas.estates.models import Building
from saas.workorders.models import Category
from schema.core.descriptions import KINDS, RELAY_LAST, description_coverage
from schema.public import schema as public_schema
from schema.tenant import schema as tenant_schema
from tests.graphql import GraphQLClient

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


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_type_field_argument_and_enum_value_is_described(name: str) -> None:
    coverage = description_coverage(SCHEMAS[name])
    missing = {kind: coverage.missing[kind] for kind in KINDS if coverage.missing[kind]}
    assert missing == {}, (
        "undescribed (write description= on the strawberry declaration, Annotated[..., strawberry.argument("
        "description=...)] for an argument, or a verbose_name/help_text on the model column; "
        "`python manage.py description_coverage --list` names them all): " + repr(missing)
    )


# Brand names a Chinese app shows as they are.
LATIN_LABELS = {"PaymentGateway.STRIPE": "Stripe"}
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_enum_value_carries_its_chinese_label(name: str) -> None:
    coverage = description_coverage(SCHEMAS[name])
    assert coverage.total["enum values"] > 100
    assert coverage.missing["enum values"] == [], (
        "enum values without a description: give the Python enum a Chinese label where it is defined "
        "(TextChoices label, ErrorCode label or zh message)"
    )
    not_chinese = [
        f"{type_.name}.{value_name}"
        for type_ in SCHEMAS[name].type_map.values()
        if isinstance(type_, GraphQLEnumType) and not type_.name.startswith("__")
        for value_name, value in type_.values.items()
        if not HAN.search(value.description or "")
        and LATIN_LABELS.get(f"{type_.name}.{value_name}") != value.description
    ]
    assert not_chinese == [], "enum values whose label is not Chinese: " + ", ".join(not_chinese)


def test_a_front_end_reads_the_labels_by_introspection(public_client: GraphQLClient) -> None:
    body = public_client.execute('{ __type(name: "TenantStatus") { enumValues { name description } } }')
    values = {v["name"]: v["description"] for v in body["data"]["__type"]["enumValues"]}
    assert values == {"TRIAL": "试用", "PAID": "付费"}


def test_the_label_comes_from_the_enum_where_it_is_defined() -> None:
    plumbing = SCHEMAS["tenant"].type_map["WorkOrderCategory"]
    assert isinstance(plumbing, GraphQLEnumType)
    assert plumbing.values["PLUMBING"].description == Category.PLUMBING.label
    weak = SCHEMAS["public"].type_map["SignUpErrorCode"]
    assert isinstance(weak, GraphQLEnumType)
    assert weak.values["PASSWORD_WEAK"].description == "密码强度不足"  # its message is only "{reason}"


def test_model_fields_take_the_models_words() -> None:
    building = SCHEMAS["tenant"].type_map["Building"]
    assert isinstance(building, GraphQLObjectType)
    assert building.fields["floorsAbove"].description == Building._meta.get_field("floors_above").verbose_name
    order = SCHEMAS["tenant"].type_map["WorkOrder"]
    assert isinstance(order, GraphQLObjectType)
    assert order.fields["contactName"].description == "联系人"
    assert order.fields["closedAt"].description == "结束时间 — 评价、关闭或取消的时间"  # verbose_name — help_text
    # A description written on the field wins over the model's.
    assert order.fields["location"].description == "The public-area place, or a room of the house; may be empty."


def test_coverage_counts_what_has_no_description() -> None:
    schema = build_schema('''
        """Described."""
        type Query { a(x: Int, """y""" y: Int): E, """b""" b: String }
        enum E { """one""" ONE TWO }
    ''')
    coverage = description_coverage(schema)
    assert coverage.total == {"types": 2, "fields": 2, "arguments": 2, "enum values": 2}
    assert coverage.missing == {
        "types": ["E"],
        "fields": ["Query.a"],
        "arguments": ["Query.a(x:)"],
        "enum values": ["E.TWO"],
    }
    assert coverage.percent_missing("enum values") == 50.0


def test_what_many_elements_share_is_described_once() -> None:
    tenant = SCHEMAS["tenant"]
    mutation = tenant.type_map["Mutation"]
    assert isinstance(mutation, GraphQLObjectType)
    assert mutation.description and tenant.type_map["Query"].description
    accept = tenant.type_map["WorkOrderAcceptInput"]
    assert accept.description is not None and accept.description.startswith("The input of `workOrderAccept`.")
    assert accept.fields["id"].description == "Global ID of the WorkOrder to accept (its `id`)."  # type: ignore[attr-defined]
    assert mutation.fields["houseCreate"].args["input"].description == (
        "What `houseCreate` is to do; each field is described on `HouseCreateInput`."
    )
    payload = tenant.type_map["HouseCreatePayload"]
    assert isinstance(payload, GraphQLObjectType)
    assert payload.fields["errors"].description == "Why nothing was changed; empty on success."
    assert payload.fields["house"].description == "The House as it now stands; null when `errors` is not empty."
    orders = tenant.type_map["Query"].fields["workOrders"]  # type: ignore[attr-defined]
    assert orders.args["community"].description == "Only those of this community (its global ID); null: all."
    assert orders.args["states"].description == "Only those whose state is one of these; null: all."
    bill = tenant.type_map["Bill"]
    assert isinstance(bill, GraphQLObjectType)
    assert bill.fields["community"].description == "The community (小区) it belongs to."
    # An input field takes the model's words for its column, not the output field's (which speak of masking).
    update = tenant.type_map["ResidentUpdateInput"]
    assert isinstance(update, GraphQLInputObjectType)
    assert update.fields["phone"].description == "手机号"
    assert update.fields["id"].description == "Global ID of the Resident to update (its `id`)."
    submit = tenant.type_map["WorkOrderSubmitInput"]
    assert isinstance(submit, GraphQLInputObjectType)
    assert submit.fields["house"].description == "Global ID of the house (its `id`)."
