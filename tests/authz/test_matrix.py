"""The authorization matrix: every query and mutation of the tenant schema × seven actors.

Denied calls answer the top-level code, expose no data of the target and change no row of the
company's schema. A new root field without a row here fails ``test_every_operation_is_in_the_matrix``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.db import transaction

from schema.tenant import schema
from tenants.models import Company
from tests.authz import (
    ops_core,
    ops_equipment,
    ops_finance,
    ops_imports,
    ops_messages,
    ops_notices,
    ops_parking,
    ops_payments,
    ops_privacy,
    ops_staff,
    ops_workorders,
)
from tests.authz.matrix import Operation, Outcome
from tests.authz.world import Actor, World, build_world, snapshot
from tests.graphql import error_codes

OPERATIONS = [
    *ops_core.OPERATIONS,
    *ops_staff.OPERATIONS,
    *ops_privacy.OPERATIONS,
    *ops_finance.OPERATIONS,
    *ops_workorders.OPERATIONS,
    *ops_notices.OPERATIONS,
    *ops_equipment.OPERATIONS,
    *ops_payments.OPERATIONS,
    *ops_parking.OPERATIONS,
    *ops_imports.OPERATIONS,
    *ops_messages.OPERATIONS,
]


class _Undo(Exception):
    """Raised to roll back what an allowed call changed, so every actor meets the same world."""


@pytest.fixture
def world(company_a: Company) -> World:
    return build_world(company_a)


def test_every_operation_is_in_the_matrix() -> None:
    graphql = schema._schema
    fields = {f"query.{name}" for name in graphql.query_type.fields}  # type: ignore[union-attr]
    fields |= {f"mutation.{name}" for name in graphql.mutation_type.fields}  # type: ignore[union-attr]
    covered = {f"{'mutation' if op.is_mutation else 'query'}.{op.field}" for op in OPERATIONS}
    assert fields - covered == set(), "operations without authorization rows"
    assert covered - fields == set(), "rows for operations that no longer exist"


def _check(op: Operation, actor: Actor, outcome: Outcome, body: dict[str, Any], world: World) -> None:
    where = f"{op.field} as {actor.value}"
    data = (body.get("data") or {}).get(op.field)
    text = json.dumps(data, ensure_ascii=False)
    marker = op.marker(world) if op.marker else None
    if outcome in (Outcome.FORBIDDEN, Outcome.UNAUTHENTICATED):
        assert error_codes(body) == [outcome.value], f"{where}: {body}"
        assert data is None, where
        return
    assert "errors" not in body, f"{where}: {body['errors']}"
    if outcome is Outcome.HIDDEN:
        assert marker is None or marker not in text, f"{where} shows the target: {text}"
    elif outcome is Outcome.OK:
        if op.is_mutation and isinstance(data, dict) and "errors" in data:
            assert data["errors"] == [], f"{where}: {data['errors']}"
        assert marker is None or marker in text, f"{where} misses the target: {text}"


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.field)
def test_operation_per_actor(op: Operation, world: World) -> None:
    for actor, outcome in op.expect.items():
        client = world.client(actor, with_role=op.with_role, without_role=op.without_role)
        variables = op.variables(world)
        before = snapshot(world.company) if outcome is not Outcome.OK else None
        try:
            with transaction.atomic():
                if op.files:
                    body = client.upload(op.document, variables, op.files(world))
                else:
                    body = client.execute(op.document, variables)
                _check(op, actor, outcome, body, world)
                if before is not None and outcome is not Outcome.PUBLIC:
                    assert snapshot(world.company) == before, f"{op.field} as {actor.value} changed rows"
                raise _Undo
        except _Undo:
            pass
