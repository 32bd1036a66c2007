"""The access log: admins list and filter it; nothing edits or deletes it, not even SQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import DatabaseError, transaction
from django.utils import timezone

from permissions.audit import pii_access_record
from permissions.models import PiiAccessLog, PiiAction
from saas.residents.models import Resident
from schema.tenant import schema
from tests.graphql import GraphQLClient, QueryLog, error_codes
from tests.privacy.conftest import Alpha, World
from tests.residents.conftest import gid

LOGS = """
query($actor: ID, $resident: ID, $action: PiiAction, $from: DateTime, $to: DateTime, $first: Int) {
  piiAccessLogs(actor: $actor, resident: $resident, action: $action, from: $from, to: $to, first: $first) {
    totalCount
    edges { node { id action fields reason clientAddress createdAt actor { id name } residentId resident { name } } }
  }
}
"""


def record(world: World, actor: str, resident: Resident, action: PiiAction) -> PiiAccessLog:
    entry = pii_access_record(
        actor=world.users[actor],
        resident_id=resident.pk,
        action=action,
        fields=["phone"],
        reason=f"{actor} 的事由",
        client_address="192.0.2.7",
    )
    return entry


@pytest.fixture
def entries(world: World, alpha: Alpha) -> list[PiiAccessLog]:
    with alpha():
        return [
            record(world, "desk", world.r, PiiAction.REVEAL),
            record(world, "desk_pii", world.s, PiiAction.REVEAL),
            record(world, "desk", world.s, PiiAction.EXPORT),
        ]


def nodes(client: GraphQLClient, **variables: Any) -> list[dict[str, Any]]:
    return [e["node"] for e in client.data(LOGS, variables)["piiAccessLogs"]["edges"]]


def test_admins_see_every_entry_newest_first(entries: list[PiiAccessLog], world: World, staff_a: GraphQLClient) -> None:
    found = nodes(staff_a)
    assert [n["id"] for n in found] == [gid("PiiAccessLogEntry", e.pk) for e in reversed(entries)]
    newest = found[0]
    assert newest["action"] == "EXPORT" and newest["fields"] == ["phone"] and newest["reason"] == "desk 的事由"
    assert newest["clientAddress"] == "192.0.2.7"
    assert newest["actor"] == {
        "id": gid("StaffMember", world.users["desk"].pk),
        "name": world.users["desk"].display_name,
    }
    assert newest["residentId"] == gid("Resident", world.s.pk) and newest["resident"] == {"name": "业主乙"}


def test_filters(entries: list[PiiAccessLog], world: World, staff_a: GraphQLClient) -> None:
    desk = gid("StaffMember", world.users["desk"].pk)
    assert len(nodes(staff_a, actor=desk)) == 2
    assert len(nodes(staff_a, resident=world.r_id())) == 1
    assert len(nodes(staff_a, action="EXPORT")) == 1
    assert len(nodes(staff_a, actor=desk, action="REVEAL", resident=world.r_id())) == 1
    now = timezone.now()
    assert len(nodes(staff_a, **{"from": (now - timedelta(hours=1)).isoformat()})) == 3
    assert nodes(staff_a, **{"from": (now + timedelta(hours=1)).isoformat()}) == []
    assert nodes(staff_a, to=(now - timedelta(hours=1)).isoformat()) == []
    body = staff_a.execute(LOGS, {"actor": world.r_id()})
    assert error_codes(body) == ["BAD_USER_INPUT"], "a Resident ID is not an actor"


def test_an_entry_outlives_its_resident(world: World, alpha: Alpha, staff_a: GraphQLClient) -> None:
    with alpha():
        gone = Resident.objects.create(name="临时", phone="13700001234", phone_last4="1234")
        record(world, "desk", gone, PiiAction.REVEAL)
        gone_id = gone.pk
        gone.delete()
    (entry,) = nodes(staff_a)
    assert entry["resident"] is None and entry["residentId"] == gid("Resident", gone_id)


@pytest.mark.parametrize(
    ("actor", "code"),
    [("anonymous", "UNAUTHENTICATED"), ("owner", "FORBIDDEN"), ("manager", "FORBIDDEN"), ("desk_pii", "FORBIDDEN")],
)
def test_only_admins_read_it(
    entries: list[PiiAccessLog],
    world: World,
    actor: str,
    code: str,
    client_a: GraphQLClient,
    owner_a: GraphQLClient,
) -> None:
    client = {"anonymous": client_a, "owner": owner_a}.get(actor) or world.client(actor)
    body = client.execute(LOGS)
    assert error_codes(body) == [code] and body["data"] is None
    node = client.execute("query($id: ID!) { node(id: $id) { id } }", {"id": gid("PiiAccessLogEntry", entries[0].pk)})
    assert node.get("data") == {"node": None} or error_codes(node) == [code]


def test_no_mutation_writes_changes_or_removes_it() -> None:
    mutations = schema._schema.mutation_type.fields  # type: ignore[union-attr]
    assert not [name for name in mutations if "accesslog" in name.lower() or "audit" in name.lower()]


def test_the_database_refuses_updates_and_deletes(entries: list[PiiAccessLog], alpha: Alpha) -> None:
    with alpha():
        for change in (
            lambda: PiiAccessLog.objects.filter(pk=entries[0].pk).update(reason="改过了"),
            lambda: PiiAccessLog.objects.filter(pk=entries[0].pk).delete(),
        ):
            with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
                change()
        assert PiiAccessLog.objects.get(pk=entries[0].pk).reason == "desk 的事由"


def test_the_list_costs_the_same_for_more_entries(world: World, alpha: Alpha, staff_a: GraphQLClient) -> None:
    with alpha():
        for n in range(20):
            resident = Resident.objects.create(name=f"住户{n}", phone=f"1370000{n:04d}", phone_last4=f"{n:04d}")
            record(world, "desk", resident, PiiAction.REVEAL)

    def statements(first: int) -> int:
        staff_a.data(LOGS, {"first": 1})
        with QueryLog() as log:
            assert len(nodes(staff_a, first=first)) == first
        return log.count()

    # token, entries, their count, the residents (one prefetch, scoped and masked like any resident list)
    assert statements(5) == statements(20) == 4
