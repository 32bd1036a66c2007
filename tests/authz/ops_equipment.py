"""The matrix for equipment: the ledger, certificates, maintenance and faults.

The rows of the world (made once, on first use), in X: an elevator with its periodic inspection,
a 15-day rule with a required checklist item started 13 days ago (so the sweep has generated its
order and recorded a day-12 warning), and an open fault with its work order.
"""

from __future__ import annotations

from datetime import timedelta
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
from tests.authz.matrix import Operation, outcomes, staff_list
from tests.authz.world import World, gid


def _rows(w: World) -> dict[str, Any]:
    if "equipment" not in w.extra:
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
                )
            )
            equipment_compliance_sweep(today=today)
            order = MaintenanceOrder.objects.get(rule=rule)
            gap = MaintenanceGap.objects.get(rule=rule)
            fault = fault_report(
                equipment_id=elevator.pk, description="电梯异响", reporter=admin, source=FaultSource.REPORT
            ).fault
            w.extra["equipment"] = {
                "equipment": gid("Equipment", elevator.pk),
                "rule": gid("MaintenanceRule", rule.pk),
                "order": gid("MaintenanceOrder", order.pk),
                "gap": gid("MaintenanceGap", gap.pk),
                "fault": gid("EquipmentFault", fault.pk),
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

OPERATIONS = [*READS, *MUTATIONS]
