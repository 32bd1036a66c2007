"""Each state change the reporting owner did not make reaches them through the outbox too, once
per timeline event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django_tenants.utils import tenant_context

from saas.workorders.models import WorkOrderEvent
from tests.notifications.events import console_sms, outbox_rows
from tests.workorders.conftest import Repairs, gid, mutate

Report = Callable[..., dict[str, Any]]


def test_the_owner_is_texted_at_each_step_but_their_own(repairs: Repairs, owner_report: Report) -> None:
    with tenant_context(repairs.company):
        console_sms()
    order = owner_report()["workOrder"]
    mutate(
        repairs.client(repairs.desk),
        "workOrderAssign",
        {"id": order["id"], "technician": gid("Technician", repairs.ma.pk)},
    )
    assert mutate(repairs.client(repairs.ma), "workOrderAccept", {"id": order["id"]})["errors"] == []
    with tenant_context(repairs.company):
        rows = outbox_rows("repair_updated")
        assert [row.params["state"] for row in sorted(rows, key=lambda r: r.pk)] == ["待接单", "已接单"]
        assert {row.user_id for row in rows} == {repairs.owner.pk}
        assert {row.community_id for row in rows} == {repairs.house.community_id}
        events = set(WorkOrderEvent.objects.values_list("pk", flat=True))
        assert {int(row.dedupe_key.split(".e")[1].split(".")[0]) for row in rows} <= events
        assert all(row.params["number"] == order["number"] for row in rows)
