"""巡检: checkpoints and routes, QR sheets, and scans as evidence — forged tokens refused, retries
idempotent, anomalies kept for a supervisor, an abnormal result at equipment → one work order."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.equipment.models import Checkpoint, CheckpointScan, Fault, InspectionRoute
from saas.equipment.services.rounds import CheckpointData, checkpoint_create, inspection_route_create
from saas.equipment.tokens import checkpoint_token
from saas.workorders.models import WorkOrder
from tenants.models import Company
from tests.equipment.conftest import Plant, codes, gid, result
from tests.graphql import QueryLog, error_codes

SCAN = """
mutation Scan($input: CheckpointScanInput!) {
  checkpointScan(input: $input) {
    errors { field message code }
    created
    scan { id result anomalies distanceM scannedByName fault { workOrder { id } } }
  }
}
"""
SHEET = "query($r: ID!) { inspectionRouteQrSheet(route: $r) { position name token svgDataUri } }"
ROTATE = """
mutation($input: CheckpointTokenRotateInput!) {
  checkpointTokenRotate(input: $input) { errors { code } checkpoint { tokenVersion } }
}
"""
ANOMALIES = """
{ checkpointScans(anomalousOnly: true) { totalCount edges { node { anomalies checkpoint { name } route { name } } } } }
"""
CREATE = """
mutation($input: CheckpointCreateInput!) {
  checkpointCreate(input: $input) { errors { field code } checkpoint { id name } }
}
"""
LAT, LNG = Decimal("39.990000"), Decimal("116.470000")
NORTH_100M = Decimal("39.990900")  # ~100 m north


def _route(plant: Plant) -> tuple[Checkpoint, Checkpoint, InspectionRoute]:
    elevator = plant.elevator()
    with tenant_context(plant.company):
        machine = checkpoint_create(data=CheckpointData(plant.x.pk, "3号楼电梯机房", LAT, LNG, 30, elevator.pk))
        pumps = checkpoint_create(data=CheckpointData(plant.x.pk, "水泵房", NORTH_100M, LNG, 30))
        route = inspection_route_create(community_id=plant.x.pk, name="夜间巡检", checkpoint_ids=[machine.pk, pumps.pk])
        return machine, pumps, route


def _scan_input(plant: Plant, route: InspectionRoute, checkpoint: Checkpoint) -> dict[str, Any]:
    with tenant_context(plant.company):
        token = checkpoint_token(Checkpoint.objects.get(pk=checkpoint.pk))
    return {
        "route": gid("InspectionRoute", route.pk),
        "checkpoint": gid("Checkpoint", checkpoint.pk),
        "token": token,
        "clientScanId": f"scan-{checkpoint.pk}-{timezone.now().timestamp()}",
        "deviceTime": timezone.now().isoformat(),
        "latitude": float(checkpoint.latitude),
        "longitude": float(checkpoint.longitude),
    }


def _scan(plant: Plant, user: Any, route: InspectionRoute, checkpoint: Checkpoint, **overrides: Any) -> dict[str, Any]:
    data = _scan_input(plant, route, checkpoint) | overrides
    return result(plant.client(user).execute(SCAN, {"input": data}), "checkpointScan")


def _scans(plant: Plant) -> int:
    with tenant_context(plant.company):
        return CheckpointScan.objects.count()


def test_the_manager_makes_checkpoints_with_typed_errors_and_only_there(plant: Plant) -> None:
    data = {"community": gid("Community", plant.x.pk), "name": "水泵房", "latitude": 39.99, "longitude": 116.47}
    made = result(plant.client(plant.manager).execute(CREATE, {"input": data}), "checkpointCreate")
    assert made["errors"] == [] and made["checkpoint"]["name"] == "水泵房"
    again = result(plant.client(plant.manager).execute(CREATE, {"input": data | {"latitude": 91}}), "checkpointCreate")
    assert sorted(codes(again)) == [("latitude", "POSITION_INVALID"), ("name", "NAME_TAKEN")]
    for who in (plant.desk, plant.ma, plant.manager_y, plant.owner):
        assert error_codes(plant.client(who).execute(CREATE, {"input": data | {"name": "x"}})) == ["FORBIDDEN"]


def test_the_qr_sheet_prints_each_stops_current_code_and_the_code_scans(plant: Plant) -> None:
    machine, _, route = _route(plant)
    sheet = plant.client(plant.manager).data(SHEET, {"r": gid("InspectionRoute", route.pk)})["inspectionRouteQrSheet"]
    assert [(s["position"], s["name"]) for s in sheet] == [(1, "3号楼电梯机房"), (2, "水泵房")]
    assert all(s["svgDataUri"].startswith("data:image/svg+xml") for s in sheet)
    scanned = _scan(plant, plant.ma, route, machine, token=sheet[0]["token"])
    assert scanned["errors"] == [] and scanned["created"] is True and scanned["scan"]["anomalies"] == []
    assert error_codes(plant.client(plant.ma).execute(SHEET, {"r": gid("InspectionRoute", route.pk)})) == ["FORBIDDEN"]


def test_forged_tokens_are_refused_and_keep_nothing(plant: Plant, company_b: Company) -> None:
    machine, pumps, route = _route(plant)
    with tenant_context(plant.company):
        old = checkpoint_token(machine)
        neighbour = checkpoint_token(pumps)
    with tenant_context(company_b):
        foreign = checkpoint_token(machine)  # the same checkpoint id and version, signed for another company
    rotated = result(
        plant.client(plant.manager).execute(ROTATE, {"input": {"id": gid("Checkpoint", machine.pk)}}),
        "checkpointTokenRotate",
    )
    assert rotated["checkpoint"]["tokenVersion"] == 2
    for forged in (old, neighbour, foreign, "", "wuye-cp:1.1.deadbeef"):
        refused = _scan(plant, plant.ma, route, machine, token=forged)
        assert codes(refused) == [("token", "CHECKPOINT_TOKEN_INVALID")], forged
    assert _scans(plant) == 0
    assert _scan(plant, plant.ma, route, machine)["errors"] == []  # the reprinted code works


def test_a_retry_returns_the_same_scan_and_nobody_else_may_reuse_its_id(plant: Plant) -> None:
    machine, _, route = _route(plant)
    first = _scan(plant, plant.ma, route, machine, clientScanId="phone-1-0001")
    retry = _scan(plant, plant.ma, route, machine, clientScanId="phone-1-0001")
    assert retry["created"] is False and retry["scan"]["id"] == first["scan"]["id"]
    assert _scans(plant) == 1
    other = _scan(plant, plant.manager, route, machine, clientScanId="phone-1-0001")
    assert codes(other) == [("clientScanId", "SCAN_ID_TAKEN")]


def test_anomalies_are_kept_for_a_supervisor_not_silently_accepted(plant: Plant) -> None:
    machine, pumps, route = _route(plant)
    skewed = (timezone.now() - timedelta(minutes=10)).isoformat()
    far = _scan(plant, plant.ma, route, machine, latitude=39.9918, deviceTime=skewed)  # ~200 m off
    assert far["errors"] == [] and far["scan"]["anomalies"] == ["OUTSIDE_RADIUS", "CLOCK_SKEW"]
    assert far["scan"]["distanceM"] > 150
    fast = _scan(plant, plant.ma, route, pumps)  # 100 m in a second
    assert fast["scan"]["anomalies"] == ["TOO_FAST"]
    client = plant.client(plant.manager)
    client.data(ANOMALIES)
    with QueryLog() as log:
        listed = client.data(ANOMALIES)["checkpointScans"]
    assert log.count() == 5
    assert listed["totalCount"] == 2
    assert plant.client(plant.manager_y).data(ANOMALIES)["checkpointScans"]["totalCount"] == 0


def test_abnormal_results_at_equipment_open_exactly_one_work_order(plant: Plant) -> None:
    machine, pumps, route = _route(plant)
    first = _scan(plant, plant.ma, route, machine, result="ABNORMAL", note="曳引机异响")
    second = _scan(plant, plant.ma, route, machine, result="ABNORMAL", note="仍有异响")
    orders = {first["scan"]["fault"]["workOrder"]["id"], second["scan"]["fault"]["workOrder"]["id"]}
    assert len(orders) == 1
    no_equipment = _scan(plant, plant.ma, route, pumps, result="ABNORMAL", note="地面积水")
    assert no_equipment["scan"]["fault"] is None
    with tenant_context(plant.company):
        assert WorkOrder.objects.count() == 1
        fault = Fault.objects.get()
        assert (fault.source, fault.reports) == ("inspection", 2)


def test_only_staff_who_do_rounds_there_may_scan(plant: Plant) -> None:
    machine, _, route = _route(plant)
    for who in (plant.desk, plant.finance, plant.owner, plant.manager_y):
        body = plant.client(who).execute(SCAN, {"input": _scan_input(plant, route, machine)})
        assert error_codes(body) == ["FORBIDDEN"]
    assert error_codes(plant.client(None).execute(SCAN, {"input": _scan_input(plant, route, machine)})) == [
        "UNAUTHENTICATED"
    ]
    assert _scans(plant) == 0
