"""The matrix for equipment: the ledger, certificates, maintenance and faults.

The rows of the world (made once, on first use), in X: an elevator with its periodic inspection,
a 15-day rule with a required checklist item started 13 days ago (so the sweep has generated its
order and recorded a day-12 warning), and an open fault with its work order.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.equipment.models import FaultSource, MaintenanceGap, MaintenanceOrder
from saas.equipment.services.certificates import CertificateData, certificate_add
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.equipment.services.faults import fault_report
from saas.equipment.services.ledger import EquipmentData, equipment_create
from saas.equipment.services.maintenance import ChecklistItem, RuleData, maintenance_rule_create
from saas.equipment.services.plans import PlanData, ShiftData, inspection_plan_create
from saas.equipment.services.rounds import (
    CheckpointData,
    ScanData,
    checkpoint_create,
    checkpoint_scan,
    inspection_route_create,
)
from saas.equipment.tokens import checkpoint_token
from tests.authz.matrix import FORBIDDEN, HIDDEN, OK, Operation, outcomes, staff_list
from tests.authz.world import World, gid


def _rows(w: World) -> dict[str, Any]:
    if "equipment" not in w.extra:
        w.staff("technician", w.community_x)  # the plan's roster starts with the technician of X
        with tenant_context(w.company):
            admin = User.objects.get(username="admin")
            today = timezone.localdate()
            elevator = equipment_create(
                data=EquipmentData(
                    community_id=w.community_x.pk,
                    code="DT-1-1",
                    name="1号楼1单元客梯",
                    category="elevator",
                    building_id=w.building_x.pk,
                    registration_number="梯11京A0001",
                )
            )
            certificate_add(
                data=CertificateData(
                    equipment_id=elevator.pk,
                    kind="periodic_inspection",
                    number="JY-2026-0001",
                    issued_on=today - timedelta(days=200),
                    valid_until=today + timedelta(days=165),
                ),
                actor=admin,
            )
            rule = maintenance_rule_create(
                data=RuleData(
                    community_id=w.community_x.pk,
                    name="电梯半月保",
                    kind="max_gap",
                    interval_days=15,
                    equipment_id=elevator.pk,
                    checklist=[ChecklistItem("曳引机"), ChecklistItem("轿厢照明", required=False)],
                    starts_on=today - timedelta(days=13),
                    min_photos=0,  # the matrix posts JSON; photos are tested in tests/equipment
                )
            )
            equipment_compliance_sweep(today=today)
            order = MaintenanceOrder.objects.get(rule=rule)
            gap = MaintenanceGap.objects.get(rule=rule)
            fault = fault_report(
                equipment_id=elevator.pk, description="电梯异响", reporter=admin, source=FaultSource.REPORT
            ).fault
            checkpoint = checkpoint_create(
                data=CheckpointData(
                    w.community_x.pk, "1号楼电梯机房", Decimal("39.990000"), Decimal("116.470000"), 30, elevator.pk
                )
            )
            route = inspection_route_create(
                community_id=w.community_x.pk, name="夜间巡检", checkpoint_ids=[checkpoint.pk]
            )
            scan = checkpoint_scan(
                user=admin,
                data=ScanData(
                    route.pk,
                    checkpoint.pk,
                    checkpoint_token(checkpoint),
                    "world-scan-1",
                    timezone.now(),
                    Decimal("39.990000"),
                    Decimal("116.470000"),
                ),
            ).scan
            started = timezone.localtime() - timedelta(minutes=20)
            plan = inspection_plan_create(
                data=PlanData(
                    w.community_x.pk,
                    route.pk,
                    "机房巡检",
                    [ShiftData("巡检班", started.time().replace(second=0, microsecond=0), 720)],
                    [User.objects.get(username=f"technician-{w.community_x.pk}").pk, admin.pk],
                    starts_on=started.date(),
                ),
                today=started.date(),
            )
            today_round = plan.rounds.get(day=started.date())
            w.extra["equipment"] = {
                "equipment": gid("Equipment", elevator.pk),
                "rule": gid("MaintenanceRule", rule.pk),
                "order": gid("MaintenanceOrder", order.pk),
                "gap": gid("MaintenanceGap", gap.pk),
                "fault": gid("EquipmentFault", fault.pk),
                "checkpoint": gid("Checkpoint", checkpoint.pk),
                "route": gid("InspectionRoute", route.pk),
                "scan": gid("CheckpointScan", scan.pk),
                "token": checkpoint_token(checkpoint),
                "plan": gid("InspectionPlan", plan.pk),
                "round": gid("InspectionRound", today_round.pk),
            }
    rows: dict[str, Any] = w.extra["equipment"]
    return rows


def _marker(key: str) -> Any:
    return lambda w: _rows(w)[key]


def _with_rows(w: World) -> dict[str, Any]:
    _rows(w)
    return {}


VIEWER = {"with_role": "service", "without_role": "finance"}
MANAGER = {"with_role": "manager", "without_role": "service"}


def _list(field: str, marker: str) -> Operation:
    return Operation(
        field,
        f"{{ {field} {{ edges {{ node {{ id }} }} }} }}",
        _with_rows,
        staff_list(),
        marker=_marker(marker),
        **VIEWER,
    )


READS = [
    _list("equipmentLedger", "equipment"),
    _list("maintenanceRules", "rule"),
    _list("maintenanceOrders", "order"),
    _list("maintenanceGaps", "gap"),
    _list("equipmentFaults", "fault"),
]

MUTATIONS = [
    Operation(
        "equipmentCreate",
        "mutation($input: EquipmentCreateInput!) { equipmentCreate(input: $input) { errors { code } "
        "equipment { id } } }",
        lambda w: {
            "input": {
                "community": gid("Community", w.community_x.pk),
                "code": "SB-01",
                "name": "生活水泵",
                "category": "WATER_PUMP",
                "publicArea": "地下水泵房",
            }
        },
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "equipmentStatusSet",
        "mutation($input: EquipmentStatusSetInput!) { equipmentStatusSet(input: $input) { errors { code } "
        "equipment { id status } } }",
        lambda w: {"input": {"id": _rows(w)["equipment"], "status": "SUSPENDED"}},
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "certificateAdd",
        "mutation($input: CertificateAddInput!) { certificateAdd(input: $input) { errors { code } "
        "certificate { id } } }",
        lambda w: {
            "input": {
                "equipment": _rows(w)["equipment"],
                "kind": "LOAD_TEST",
                "number": "ZH-2026-01",
                "issuedOn": str(timezone.localdate()),
                "validUntil": str(timezone.localdate() + timedelta(days=365)),
            }
        },
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "maintenanceRuleCreate",
        "mutation($input: MaintenanceRuleCreateInput!) { maintenanceRuleCreate(input: $input) { errors { code } "
        "maintenanceRule { id } } }",
        lambda w: {
            "input": {
                "community": gid("Community", w.community_x.pk),
                "name": "水泵月保",
                "kind": "EVERY",
                "intervalDays": 30,
                "category": "WATER_PUMP",
            }
        },
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "maintenanceOrderComplete",
        "mutation($input: MaintenanceOrderCompleteInput!) { maintenanceOrderComplete(input: $input) "
        "{ errors { code } maintenanceOrder { id state } } }",
        lambda w: {"input": {"id": _rows(w)["order"], "checkedItems": ["曳引机"]}},
        outcomes(),
        with_role="technician",
        without_role="service",
    ),
    Operation(
        "equipmentFaultReport",
        "mutation($input: EquipmentFaultReportInput!) { equipmentFaultReport(input: $input) { errors { code } "
        "fault { id } created } }",
        lambda w: {"input": {"equipment": _rows(w)["equipment"], "description": "按钮失灵"}},
        outcomes(),
        **VIEWER,
    ),
]


CALENDAR = (
    "query($c: ID!, $s: Date!, $u: Date!) { complianceCalendar(community: $c, since: $s, until: $u) "
    "{ kind equipment } }"
)


def _calendar(w: World) -> dict[str, Any]:
    _rows(w)
    today = timezone.localdate()
    return {
        "c": gid("Community", w.community_x.pk),
        "s": str(today - timedelta(days=30)),
        "u": str(today + timedelta(days=60)),
    }


VIEWS = [
    Operation("complianceCalendar", CALENDAR, _calendar, outcomes(), marker=_marker("equipment"), **VIEWER),
    Operation(
        "myBuildingElevators",
        "{ myBuildingElevators { code status statusLabel } }",
        _with_rows,
        outcomes(owner=OK, other_owner=HIDDEN, with_=FORBIDDEN, admin=FORBIDDEN),
        marker=lambda w: "DT-1-1",
        **VIEWER,
    ),
]
ROUNDS = [
    _list("inspectionRoutes", "route"),
    _list("checkpointScans", "scan"),
    Operation(
        "inspectionRouteQrSheet",
        "query($r: ID!) { inspectionRouteQrSheet(route: $r) { name token } }",
        lambda w: {"r": _rows(w)["route"]},
        outcomes(),
        marker=lambda w: "1号楼电梯机房",
        **MANAGER,
    ),
    Operation(
        "checkpointCreate",
        "mutation($input: CheckpointCreateInput!) { checkpointCreate(input: $input) { errors { code } "
        "checkpoint { id } } }",
        lambda w: {
            "input": {
                "community": gid("Community", w.community_x.pk),
                "name": "水泵房",
                "latitude": 39.99,
                "longitude": 116.47,
            }
        },
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "inspectionRouteCreate",
        "mutation($input: InspectionRouteCreateInput!) { inspectionRouteCreate(input: $input) { errors { code } "
        "inspectionRoute { id } } }",
        lambda w: {
            "input": {
                "community": gid("Community", w.community_x.pk),
                "name": "白班巡检",
                "checkpoints": [_rows(w)["checkpoint"]],
            }
        },
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "checkpointTokenRotate",
        "mutation($input: CheckpointTokenRotateInput!) { checkpointTokenRotate(input: $input) { errors { code } "
        "checkpoint { id tokenVersion } } }",
        lambda w: {"input": {"id": _rows(w)["checkpoint"]}},
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "checkpointScan",
        "mutation($input: CheckpointScanInput!) { checkpointScan(input: $input) { errors { code } "
        "scan { id } created } }",
        lambda w: {
            "input": {
                "route": _rows(w)["route"],
                "checkpoint": _rows(w)["checkpoint"],
                "token": _rows(w)["token"],
                "clientScanId": "matrix-scan",
                "deviceTime": timezone.now().isoformat(),
                "latitude": 39.99,
                "longitude": 116.47,
            }
        },
        outcomes(),
        with_role="technician",
        without_role="service",
    ),
]
PLANS = [
    _list("inspectionPlans", "plan"),
    _list("inspectionRounds", "round"),
    Operation(
        "myInspectionRounds",
        "{ myInspectionRounds { edges { node { id shiftName } } } }",
        _with_rows,
        outcomes(elsewhere=HIDDEN, admin=HIDDEN),  # the round is the technician's turn, not the admin's
        marker=_marker("round"),
        with_role="technician",
        without_role="service",
    ),
    Operation(
        "inspectionPlanCreate",
        "mutation($input: InspectionPlanCreateInput!) { inspectionPlanCreate(input: $input) { errors { code } "
        "inspectionPlan { id } } }",
        lambda w: {
            "input": {
                "community": gid("Community", w.community_x.pk),
                "route": _rows(w)["route"],
                "name": "白班巡检计划",
                "shifts": [{"name": "白班", "startsAt": "09:00:00", "durationMinutes": 60}],
                "roster": [gid("StaffMember", _admin_pk(w))],
            }
        },
        outcomes(),
        **MANAGER,
    ),
    Operation(
        "inspectionPlanActiveSet",
        "mutation($input: InspectionPlanActiveSetInput!) { inspectionPlanActiveSet(input: $input) "
        "{ errors { code } inspectionPlan { id isActive } } }",
        lambda w: {"input": {"id": _rows(w)["plan"], "active": False}},
        outcomes(),
        **MANAGER,
    ),
]


def _admin_pk(w: World) -> int:
    with tenant_context(w.company):
        return User.objects.get(username="admin").pk


OPERATIONS = [*READS, *MUTATIONS, *VIEWS, *ROUNDS, *PLANS]
