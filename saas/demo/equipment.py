"""Equipment in the demo company: the elevators of 京华园 and 清河嘉园 with their registration and
periodic inspections (京华园 3号楼's second elevator DT-3-2 expires in 20 days: the manager has had the
60- and 30-day alerts), a 15-day maintenance rule whose history leaves DT-3-2 at day 12 since its
last maintenance (a warning at 京华园, told to ``jingli``), and a fault of 京华园's domestic water
pump that opened a repair (dispatched automatically to ``shifu``). Everything goes through the
services and the same daily sweep the beat runs, replayed over the last 40 days.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from saas.accounts.models import User
from saas.equipment.models import Equipment, FaultSource, MaintenanceOrder, MaintenanceOrderState
from saas.equipment.services.certificates import CertificateData, certificate_add
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.equipment.services.faults import fault_report
from saas.equipment.services.ledger import EquipmentData, equipment_create
from saas.equipment.services.maintenance import (
    ChecklistItem,
    RuleData,
    maintenance_order_complete,
    maintenance_rule_create,
)
from saas.estates.models import Building, Community

VENDOR = "北京通力电梯维保有限公司"
CHECKLIST = [
    ChecklistItem("曳引机与制动器"),
    ChecklistItem("门锁与安全回路"),
    ChecklistItem("紧急报警装置"),
    ChecklistItem("轿厢照明与通风", required=False),
]
HISTORY_DAYS = 40
LATE_ELEVATOR = "DT-3-2"  # maintained every 14 days: its last one 12 days ago
EXPIRING_DAYS = 20


def _elevators(community: Community, responsible: User) -> list[int]:
    made = []
    for building in Building.objects.filter(community=community, elevators__gt=0).order_by("id")[:3]:
        number = building.name.removesuffix("号楼")
        for car in range(1, building.elevators + 1):
            code = f"DT-{number}-{car}"
            made.append(
                equipment_create(
                    data=EquipmentData(
                        community_id=community.pk,
                        code=code,
                        name=f"{building.name}{car}号客梯",
                        category="elevator",
                        building_id=building.pk,
                        brand="通力 KONE",
                        model_number="MonoSpace 500",
                        serial_number=f"KN{community.pk:02d}{number}{car:02d}2012",
                        installed_on=date(2012, 6, 1),
                        commissioned_on=date(2012, 9, 1),
                        responsible_id=responsible.pk,
                        vendor_name=VENDOR,
                        vendor_phone="01064721234",
                        contract_number=f"WB-2026-{community.pk:02d}{number}{car}",
                        registration_number=f"梯11京{community.pk:02d}{number}{car:03d}(12)",
                    )
                ).pk
            )
    return made


def _inspections(elevator_ids: list[int], codes: dict[int, str], today: date, admin: User) -> None:
    for index, pk in enumerate(elevator_ids):
        days = EXPIRING_DAYS if codes[pk] == LATE_ELEVATOR else 120 + 15 * index
        until = today + timedelta(days=days)
        registration = CertificateData(pk, "registration", f"DJ-{pk:04d}", date(2012, 9, 1), date(2042, 9, 1))
        inspection = CertificateData(pk, "periodic_inspection", f"JY-{pk:04d}", until - timedelta(days=365), until)
        for data in (registration, inspection):
            certificate_add(data=data, actor=admin, today=today)


def _replay(community: Community, codes: dict[int, str], today: date, technician: User) -> None:
    """The last 40 days of maintenance, sweep by sweep: most elevators every 10 days, DT-3-2 every 14."""
    start = today - timedelta(days=HISTORY_DAYS)
    maintenance_rule_create(
        data=RuleData(
            community_id=community.pk,
            name="电梯半月保（特种设备安全监察条例第三十一条）",
            kind="max_gap",
            interval_days=15,
            category="elevator",
            checklist=CHECKLIST,
            starts_on=start,
            lead_days=7,
        )
    )
    required = [c.item for c in CHECKLIST if c.required]
    for offset in range(HISTORY_DAYS + 1):
        day = start + timedelta(days=offset)
        for order in MaintenanceOrder.objects.filter(community=community, state=MaintenanceOrderState.OPEN):
            cadence = 14 if codes[order.equipment_id] == LATE_ELEVATOR else 10
            last = order.due_on - timedelta(days=15)
            if (day - last).days == cadence and day < today:
                maintenance_order_complete(order_id=order.pk, signed_by=technician, checked_items=required, today=day)
        equipment_compliance_sweep(today=day)


def seed_equipment() -> None:
    today = timezone.localdate()
    admin = User.objects.get(username="admin")
    technician = User.objects.get(username="dianti")
    desk = User.objects.get(username="kefu")
    jinghua = Community.objects.get(name="京华园")
    qinghe = Community.objects.get(name="清河嘉园")
    elevators = _elevators(jinghua, technician) + _elevators(qinghe, User.objects.get(username="shifu"))
    codes = dict(Equipment.objects.filter(pk__in=elevators).values_list("pk", "code"))
    _inspections(elevators, codes, today, admin)
    pump = equipment_create(
        data=EquipmentData(
            community_id=jinghua.pk,
            code="SB-1",
            name="生活水泵",
            category="water_pump",
            public_area="地下一层水泵房",
            brand="格兰富 Grundfos",
            responsible_id=technician.pk,
        )
    )
    _replay(jinghua, codes, today, technician)
    fault_report(
        equipment_id=pump.pk, description="生活水泵异响，出水压力不稳", reporter=desk, source=FaultSource.REPORT
    )
