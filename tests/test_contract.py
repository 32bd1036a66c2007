"""frontend_contract/ is what the front-end teams build against: it must match the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from graphql import parse, validate

from schema.contract import CONTRACT_DIR, contract_files
from schema.public import schema as public_schema
from schema.tenant import schema as tenant_schema

OPERATIONS = sorted((CONTRACT_DIR / "operations").glob("*/*.graphql"))


@pytest.mark.parametrize("name", sorted(contract_files()))
def test_committed_contract_matches_the_code(name: str) -> None:
    committed = (CONTRACT_DIR / name).read_text(encoding="utf-8")
    assert committed == contract_files()[name], f"frontend_contract/{name} is stale: run `make contract`"


def test_there_are_operations_for_both_schemas() -> None:
    assert {path.parent.name for path in OPERATIONS} == {"public", "tenant"}


@pytest.mark.parametrize("path", OPERATIONS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_front_end_operation_validates(path: Path) -> None:
    schema = public_schema if path.parent.name == "public" else tenant_schema
    errors = validate(schema._schema, parse(path.read_text(encoding="utf-8")))
    assert errors == [], [e.message for e in errors]
