"""Equipment in the demo company: the elevators of 京华园 and 清河嘉园 with their registration and
periodic inspections (京华园 3号楼's second elevator DT-3-2 expires in 20 days: the manager has had the
60- and 30-day alerts), a 15-day maintenance rule whose history leaves DT-3-2 at day 12 since its
last maintenance (a warning at 京华园, told to ``jingli``), and 京华园's night round (the machine
rooms, then the pump room, with QR codes) whose abnormal scan at the domestic water pump opened a
repair (dispatched automatically to ``shifu``), walked by a plan twice a day (早班 09:00 for ``dianti``,
夜班 21:00 for ``shifu``: today's and tomorrow's rounds exist). Everything goes through the
services and the same daily sweep the beat runs, replayed over the last 40 days.
"""

from __future__ import annotations

import io
from datetime import date, time, timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw

from saas.accounts.models import User
from saas.equipment.models import Equipment, MaintenanceOrder, MaintenanceOrderState, ScanResult
from saas.equipment.services.certificates import CertificateData, certificate_add
from saas.equipment.services.compliance import equipment_compliance_sweep
from saas.equipment.services.ledger import EquipmentData, equipment_create
from saas.equipment.services.maintenance import (
    ChecklistItem,
    RuleData,
    maintenance_order_complete,
    maintenance_rule_create,
)
from saas.equipment.services.plans import PlanData, ShiftData, inspection_plan_create
from saas.equipment.services.rounds import (
    CheckpointData,
    ScanData,
    checkpoint_create,
    checkpoint_scan,
    inspection_route_create,
)
from saas.equipment.tokens import checkpoint_token
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
                maintenance_order_complete(
                    order_id=order.pk,
                    signed_by=technician,
                    checked_items=required,
                    photos=[_site_photo(codes[order.equipment_id], day)],
                    today=day,
                )
        equipment_compliance_sweep(today=day)


def _site_photo(code: str, day: date) -> ContentFile[bytes]:
    """A small JPEG standing in for the technician's photo of the machine room (labelled, dated)."""
    image = Image.new("RGB", (320, 240), (72, 84, 96))
    ImageDraw.Draw(image).text((12, 12), f"{code} {day:%Y-%m-%d}", fill=(240, 240, 240))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return ContentFile(buffer.getvalue(), name=f"{code}-{day:%Y%m%d}.jpg")


def seed_equipment() -> None:
    today = timezone.localdate()
    admin = User.objects.get(username="admin")
    technician = User.objects.get(username="dianti")
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
    route = _round(jinghua, elevators, pump, technician)
    _plan(jinghua, route, [technician, User.objects.get(username="shifu")], today)


def _plan(community: Community, route: int, roster: list[User], today: date) -> None:
    """京华园's plan: the night round's route walked twice a day, ``dianti`` and ``shifu`` in turn."""
    inspection_plan_create(
        data=PlanData(
            community_id=community.pk,
            route_id=route,
            name="京华园设备巡检计划",
            shifts=[ShiftData("早班", time(9), 90), ShiftData("夜班", time(21), 120)],
            roster_ids=[u.pk for u in roster],
            starts_on=today,
        ),
        today=today,
    )


# 京华园's night round: the machine rooms of its elevators, then the pump room (WGS-84 near 望京西路).
ORIGIN = (Decimal("39.996200"), Decimal("116.470300"))


def _round(community: Community, elevators: list[int], pump: Equipment, technician: User) -> int:
    """The route with its QR codes, and tonight's abnormal scan at the pump room that opened a repair."""
    stops = []
    rooms = Equipment.objects.filter(pk__in=elevators, community=community).order_by("code")
    for index, elevator in enumerate(rooms):
        lat = ORIGIN[0] + Decimal("0.000450") * index
        data = CheckpointData(community.pk, f"{elevator.code} 机房", lat, ORIGIN[1], 30, elevator.pk)
        stops.append(checkpoint_create(data=data))
    pump_room = checkpoint_create(
        data=CheckpointData(community.pk, "地下一层水泵房", ORIGIN[0], ORIGIN[1] + Decimal("0.000600"), 30, pump.pk)
    )
    route = inspection_route_create(
        community_id=community.pk, name="京华园夜间设备巡检", checkpoint_ids=[*(c.pk for c in stops), pump_room.pk]
    )
    checkpoint_scan(
        user=technician,
        data=ScanData(
            route_id=route.pk,
            checkpoint_id=pump_room.pk,
            token=checkpoint_token(pump_room),
            client_scan_id="demo-night-round-pump",
            device_time=timezone.now(),
            latitude=pump_room.latitude,
            longitude=pump_room.longitude,
            result=ScanResult.ABNORMAL,
            note="生活水泵异响，出水压力不稳",
        ),
    )
    return route.pk
