"""The breaking-change gate: the code may only break what frontend_contract/CHANGELOG.md explains."""

from __future__ import annotations

import pytest
from graphql import GraphQLSchema, build_schema

from schema.contract import (
    BASELINE_DIR,
    CHANGELOG,
    SCHEMA_NAMES,
    breaking_changes,
    changelog_breaking_changes,
    unlisted_breaking_changes,
)
from schema.public import schema as public_schema
from schema.tenant import schema as tenant_schema

SCHEMAS: dict[str, GraphQLSchema] = {"public": public_schema._schema, "tenant": tenant_schema._schema}

BASELINE = """
type Query { order(id: ID!): Order, orders(first: Int): [Order!]! }
type Order { id: ID!, state: State!, at: String! }
enum State { OPEN DONE }
"""


@pytest.mark.parametrize("name", SCHEMA_NAMES)
def test_every_breaking_change_since_the_baseline_is_in_the_changelog(name: str) -> None:
    baseline = (BASELINE_DIR / f"schema.{name}.graphql").read_text(encoding="utf-8")
    unlisted = unlisted_breaking_changes(name, baseline, SCHEMAS[name], CHANGELOG.read_text(encoding="utf-8"))
    if unlisted:  # pytest.fail, not assert: pytest would cut a long list short
        pytest.fail(
            "Breaking changes to the front ends' contract that frontend_contract/CHANGELOG.md does not explain. "
            "Avoid them (add, deprecate, then remove), or list each under today's date as "
            f"- **{name}** `<change>` — <reason and what the front ends do instead>:\n" + "\n".join(unlisted)
        )


def test_the_gate_finds_removed_fields_enum_values_and_new_required_arguments() -> None:
    changed = build_schema("""
        type Query { order(id: ID!, community: ID!): Order, orders(first: Int): [Order!]! }
        type Order { id: ID!, state: State! }
        enum State { OPEN }
    """)
    assert breaking_changes(BASELINE, changed) == [
        "A required argument Query.order(community:) was added.",
        "Field Order.at was removed.",
        "Enum value State.DONE was removed.",
    ]
    changelog = "## 2026-12-06\n- **tenant** `Field Order.at was removed.` — an order's time is its timeline's.\n"
    assert unlisted_breaking_changes("tenant", BASELINE, changed, changelog) == [
        "A required argument Query.order(community:) was added.",
        "Enum value State.DONE was removed.",
    ]
    # Listed for the other schema only: still unexplained there.
    assert "Field Order.at was removed." in unlisted_breaking_changes("public", BASELINE, changed, changelog)


def test_additions_and_descriptions_are_not_breaking() -> None:
    grown = build_schema('''
        type Query { order(id: ID!, note: String): Order, orders(first: Int): [Order!]!, me: String }
        """An order."""
        type Order { id: ID!, state: State!, at: String!, place: String }
        enum State { OPEN DONE CANCELLED }
    ''')
    assert breaking_changes(BASELINE, grown) == []


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("- **tenant** `Field Order.at was removed.`", "needs a reason"),
        ("- **tenant** `Field Order.at was removed.` — ", "needs a reason"),
        ("- **vendor** `Field Order.at was removed.` — gone", "unknown schema"),
    ],
)
def test_a_listed_change_needs_a_known_schema_and_a_reason(line: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        changelog_breaking_changes(f"## 2026-12-06\n{line}\n")


def test_the_changelog_parses() -> None:
    changelog_breaking_changes(CHANGELOG.read_text(encoding="utf-8"))
