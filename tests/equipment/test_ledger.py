"""设备台账: entering equipment (four actors, typed errors), the ledger scoped per community, and
the status rule for special equipment."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.equipment.models import Equipment, EquipmentStatus
from tests.equipment.conftest import Plant, codes, gid, result
from tests.graphql import QueryLog, error_codes

CREATE = """
mutation Create($input: EquipmentCreateInput!) {
  equipmentCreate(input: $input) {
    errors { field message code }
    equipment { id code name category isSpecial status place registrationNumber responsibleName community { name } }
  }
}
"""
STATUS = """
mutation Status($input: EquipmentStatusSetInput!) {
  equipmentStatusSet(input: $input) { errors { field message code } equipment { id status } }
}
"""
LEDGER = """
query Ledger($c: ID) {
  equipmentLedger(community: $c) {
    totalCount
    edges { node { id code status place responsibleName community { name } certificates { kind daysLeft } } }
  }
}
"""


def _elevator(plant: Plant, **overrides: Any) -> dict[str, Any]:
    data = {
        "community": gid("Community", plant.x.pk),
        "code": "DT-3-1",
        "name": "3号楼1单元客梯",
        "category": "ELEVATOR",
        "building": gid("Building", plant.building.pk),
        "unit": gid("Unit", plant.unit.pk),
        "brand": "通力",
        "registrationNumber": "梯11京A1234",
        "responsible": gid("Technician", plant.ma.pk),
        "vendorName": "北京通力电梯维保有限公司",
        "installedOn": "2015-03-01",
        "commissionedOn": "2015-04-01",
    }
    data.update(overrides)
    return data


def test_the_manager_enters_an_elevator_as_special_equipment_in_service(plant: Plant) -> None:
    payload = result(plant.client(plant.manager).execute(CREATE, {"input": _elevator(plant)}), "equipmentCreate")
    assert payload["errors"] == []
    assert payload["equipment"] | {"id": None} == {
        "id": None,
        "code": "DT-3-1",
        "name": "3号楼1单元客梯",
        "category": "ELEVATOR",
        "isSpecial": True,
        "status": "IN_SERVICE",
        "place": "3号楼1单元",
        "registrationNumber": "梯11京A1234",
        "responsibleName": "马强",
        "community": {"name": "京华园"},
    }


@pytest.mark.parametrize("who", ["anonymous", "owner", "desk", "manager_y"])
def test_only_staff_who_manage_equipment_there_may_enter_it(plant: Plant, who: str) -> None:
    user = {"anonymous": None, "owner": plant.owner, "desk": plant.desk, "manager_y": plant.manager_y}[who]
    body = plant.client(user).execute(CREATE, {"input": _elevator(plant)})
    assert error_codes(body) == ["UNAUTHENTICATED" if who == "anonymous" else "FORBIDDEN"]
    assert body["data"] is None
    with tenant_context(plant.company):
        assert not Equipment.objects.exists()


def test_bad_input_gets_every_typed_error_and_changes_nothing(plant: Plant) -> None:
    bad = _elevator(plant, code="", registrationNumber="", building=None, unit=None, commissionedOn="2014-01-01")
    payload = result(plant.client(plant.manager).execute(CREATE, {"input": bad}), "equipmentCreate")
    assert sorted(codes(payload)) == [
        ("code", "REQUIRED"),
        ("commissionedOn", "DATES_OUT_OF_ORDER"),
        ("publicArea", "PLACE_REQUIRED"),
        ("registrationNumber", "REGISTRATION_REQUIRED"),
    ]
    assert payload["equipment"] is None
    with tenant_context(plant.company):
        assert not Equipment.objects.exists()


def test_a_code_is_unique_in_its_community_only(plant: Plant) -> None:
    client = plant.client(plant.admin, language="en")
    assert result(client.execute(CREATE, {"input": _elevator(plant)}), "equipmentCreate")["errors"] == []
    again = result(client.execute(CREATE, {"input": _elevator(plant)}), "equipmentCreate")
    assert codes(again) == [("code", "CODE_TAKEN")]
    assert again["errors"][0]["message"] == "This community already has equipment DT-3-1."
    in_y = _elevator(plant, community=gid("Community", plant.y.pk), building=None, unit=None, publicArea="1号楼")
    in_y.pop("responsible")
    assert result(client.execute(CREATE, {"input": in_y}), "equipmentCreate")["errors"] == []
    with tenant_context(plant.company), pytest.raises(IntegrityError), transaction.atomic():
        Equipment.objects.create(community=plant.x, code="DT-3-1", name="x", category="fire", public_area="B2")


def test_the_responsible_person_works_in_the_community(plant: Plant) -> None:
    data = _elevator(plant, responsible=gid("StaffMember", plant.manager_y.pk))
    payload = result(plant.client(plant.manager).execute(CREATE, {"input": data}), "equipmentCreate")
    assert codes(payload) == [("responsible", "RESPONSIBLE_NOT_FOUND")]


def test_the_ledger_shows_each_staff_member_their_communities_in_a_pinned_number_of_queries(plant: Plant) -> None:
    for n in range(3):
        plant.elevator(f"DT-3-{n}", responsible_id=plant.ma.pk)
    plant.elevator("DT-Y-1", community=plant.y)
    with tenant_context(plant.company):
        for equipment in Equipment.objects.all():
            plant.certificate(equipment, datetime.date(2026, 1, 1), datetime.date(2027, 1, 1))
    client = plant.client(plant.desk)
    client.data(LEDGER)  # warm the token and role caches
    with QueryLog() as log:
        ledger = client.data(LEDGER)["equipmentLedger"]
    assert ledger["totalCount"] == 3
    assert {e["node"]["community"]["name"] for e in ledger["edges"]} == {"京华园"}
    assert log.count() == 4
    assert plant.client(plant.manager_y).data(LEDGER)["equipmentLedger"]["totalCount"] == 1
    assert error_codes(plant.client(plant.finance).execute(LEDGER)) == ["FORBIDDEN"]
    assert error_codes(plant.client(plant.owner).execute(LEDGER)) == ["FORBIDDEN"]


def test_special_equipment_goes_back_in_service_only_with_a_valid_inspection(plant: Plant) -> None:
    elevator = plant.elevator()
    with tenant_context(plant.company):
        Equipment.objects.filter(pk=elevator.pk).update(status=EquipmentStatus.INSPECTION_OVERDUE)
    client = plant.client(plant.manager)
    back = {"input": {"id": gid("Equipment", elevator.pk), "status": "IN_SERVICE"}}
    refused = result(client.execute(STATUS, back), "equipmentStatusSet")
    assert codes(refused) == [("status", "EQUIPMENT_NOT_COMPLIANT")]
    by_hand = {"input": {"id": gid("Equipment", elevator.pk), "status": "INSPECTION_OVERDUE"}}
    assert codes(result(client.execute(STATUS, by_hand), "equipmentStatusSet")) == [("status", "STATUS_NOT_SETTABLE")]
    today = timezone.localdate()
    plant.certificate(elevator, today - datetime.timedelta(days=1), today + datetime.timedelta(days=364))
    done = result(client.execute(STATUS, back), "equipmentStatusSet")
    assert done["errors"] == []
    assert done["equipment"]["status"] == "IN_SERVICE"
