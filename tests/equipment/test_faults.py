"""故障 → 工单: exactly one work order per open fault, dispatched like any repair; closing the work
order closes the fault, and the next fault gets a new order."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django_tenants.utils import tenant_context

from saas.equipment.models import Fault, FaultState
from saas.workorders.models import CommunityDispatch, DispatchMode, WorkOrder
from saas.workorders.services.transitions import (
    work_order_accept,
    work_order_arrive,
    work_order_close,
    work_order_complete,
)
from tests.equipment.conftest import Plant, codes, gid, result
from tests.graphql import error_codes

REPORT = """
mutation Report($input: EquipmentFaultReportInput!) {
  equipmentFaultReport(input: $input) {
    errors { field message code }
    created
    fault { id state reports source workOrder { id number state category priority place assigneeName } }
  }
}
"""


def _report(plant: Plant, user: object, equipment_id: int, text: str = "电梯异响") -> dict[str, object]:
    data = {"equipment": gid("Equipment", equipment_id), "description": text}
    return result(plant.client(user).execute(REPORT, {"input": data}), "equipmentFaultReport")  # type: ignore[arg-type]


def test_reporting_twice_gives_one_fault_and_one_auto_dispatched_urgent_work_order(plant: Plant) -> None:
    elevator = plant.elevator()
    with tenant_context(plant.company):
        CommunityDispatch.objects.create(community=plant.x, mode=DispatchMode.AUTO)
    first = _report(plant, plant.desk, elevator.pk)
    assert first["errors"] == [] and first["created"] is True
    order = first["fault"]["workOrder"]  # type: ignore[index]
    assert order["category"] == "ELEVATOR" and order["priority"] == "URGENT"
    assert order["state"] == "ASSIGNED" and order["assigneeName"] == "马强"  # on duty, elevator skills
    assert order["place"] == "3号楼 DT-3-1 DT-3-1 客梯"
    second = _report(plant, plant.ma, elevator.pk, "还在响")
    assert second["created"] is False
    assert second["fault"]["id"] == first["fault"]["id"] and second["fault"]["reports"] == 2  # type: ignore[index]
    with tenant_context(plant.company):
        assert WorkOrder.objects.count() == 1
        with pytest.raises(IntegrityError), transaction.atomic():
            Fault.objects.create(
                equipment=elevator,
                work_order=WorkOrder.objects.get(),
                source="report",
                description="dup",
                reported_by=plant.admin,
            )


def test_closing_the_work_order_closes_the_fault_and_the_next_fault_gets_a_new_order(plant: Plant) -> None:
    elevator = plant.elevator()
    with tenant_context(plant.company):
        CommunityDispatch.objects.create(community=plant.x, mode=DispatchMode.AUTO)
    first = _report(plant, plant.desk, elevator.pk)
    with tenant_context(plant.company):
        fault = Fault.objects.get()
        order_id = fault.work_order_id
        work_order_accept(order_id=order_id, technician=plant.ma)
        work_order_arrive(order_id=order_id, technician=plant.ma)
        work_order_complete(order_id=order_id, technician=plant.ma)
        assert Fault.objects.get().state == FaultState.OPEN  # completed, not yet closed
        work_order_close(order_id=order_id, actor=plant.manager)
        fault.refresh_from_db()
    assert fault.state == FaultState.CLOSED and fault.closed_at is not None
    again = _report(plant, plant.desk, elevator.pk, "又坏了")
    assert again["created"] is True
    assert again["fault"]["workOrder"]["id"] != first["fault"]["workOrder"]["id"]  # type: ignore[index]


def test_only_staff_who_see_the_equipment_may_report_and_bad_input_changes_nothing(plant: Plant) -> None:
    elevator = plant.elevator()
    data = {"input": {"equipment": gid("Equipment", elevator.pk), "description": "异响"}}
    assert error_codes(plant.client(None).execute(REPORT, data)) == ["UNAUTHENTICATED"]
    for who in (plant.owner, plant.finance, plant.manager_y):
        assert error_codes(plant.client(who).execute(REPORT, data)) == ["FORBIDDEN"]
    empty = _report(plant, plant.desk, elevator.pk, "  ")
    assert codes(empty) == [("description", "REQUIRED")]  # type: ignore[arg-type]
    with tenant_context(plant.company):
        assert not Fault.objects.exists() and not WorkOrder.objects.exists()
