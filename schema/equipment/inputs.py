"""Inputs of the equipment mutations."""

from __future__ import annotations

from datetime import date, datetime, time

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from schema.equipment.types import (  # registered as GraphQL enums there
    CertificateKind,
    EquipmentCategory,
    EquipmentStatus,
    RuleKind,
    ScanResult,
)


@strawberry.input(description="设备入账 A new piece of equipment: in a building (and unit) or a public area.")
class EquipmentCreateInput:
    community: relay.GlobalID
    code: str = strawberry.field(description="Unique in the community, up to 32 characters.")
    name: str = strawberry.field(description="e.g. 3号楼1单元客梯.")
    category: EquipmentCategory
    is_special: bool | None = strawberry.field(
        default=None, description="特种设备; by default elevators, escalators and boilers are."
    )
    building: relay.GlobalID | None = None
    unit: relay.GlobalID | None = strawberry.field(default=None, description="A unit of the building.")
    public_area: str = strawberry.field(default="", description="e.g. 水泵房; needed without a building.")
    brand: str = ""
    model_number: str = ""
    serial_number: str = ""
    installed_on: date | None = None
    commissioned_on: date | None = None
    responsible: relay.GlobalID | None = strawberry.field(
        default=None, description="A staff member's ID (StaffMember)."
    )
    vendor_name: str = strawberry.field(default="", description="维保单位: gets the orders when nobody is on duty.")
    vendor_phone: str = ""
    contract_number: str = ""
    contract_ends_on: date | None = None
    registration_number: str = strawberry.field(
        default="", description="使用登记证编号; required for special equipment."
    )


@strawberry.input(description="停用、恢复使用、故障停运、报废.")
class EquipmentStatusSetInput:
    id: relay.GlobalID
    status: EquipmentStatus = strawberry.field(
        description="Not INSPECTION_OVERDUE (the system's); IN_SERVICE for special equipment needs a valid inspection."
    )


@strawberry.input(description="登记证书 A certificate of a piece of equipment.")
class CertificateAddInput:
    equipment: relay.GlobalID
    kind: CertificateKind = strawberry.field(description="What the certificate is (证书类型).")
    number: str = strawberry.field(description="The certificate's number, up to 64 characters.")
    issued_on: date = strawberry.field(description="Not in the future.")
    valid_until: date = strawberry.field(description="After issuedOn.")


@strawberry.input(description="One checklist item.")
class ChecklistEntryInput:
    item: str = strawberry.field(description="What to check, up to 100 characters, distinct.")
    required: bool = strawberry.field(default=True, description="Whether it must be done to complete; default true.")


@strawberry.input(description="维保规则 For one piece of equipment, or every piece of a category in a community.")
class MaintenanceRuleCreateInput:
    community: relay.GlobalID
    name: str
    kind: RuleKind
    interval_days: int = strawberry.field(description="1–366; at most 15 for elevators and escalators.")
    warning_days: int | None = strawberry.field(default=None, description="Default: three days before the limit.")
    equipment: relay.GlobalID | None = None
    category: EquipmentCategory | None = None
    checklist: list[ChecklistEntryInput] = strawberry.field(default_factory=list)
    starts_on: date | None = strawberry.field(default=None, description="Default: today.")
    lead_days: int = strawberry.field(default=3, description="Generate orders this many days before they are due.")
    min_photos: int = strawberry.field(default=1, description="Photos a completion must carry, 0–9; default 1.")


@strawberry.input(description="完成维保, signed by you (or the vendor technician you name).")
class MaintenanceOrderCompleteInput:
    id: relay.GlobalID
    checked_items: list[str] = strawberry.field(description="The checklist items done; every required one.")
    signer_name: str = strawberry.field(default="", description="Default: your name.")
    note: str = ""
    photos: list[Upload] = strawberry.field(
        default_factory=list,
        description="At least the rule's minPhotos, up to 9 JPEG, PNG, WebP or HEIC/HEIF images of at most 5 MB "
        "each (GraphQL multipart request).",
    )


@strawberry.input(description="报告设备故障: opens one work order per open fault.")
class EquipmentFaultReportInput:
    equipment: relay.GlobalID
    description: str = strawberry.field(description="What is wrong, up to 400 characters.")


@strawberry.input(description="巡检点: a place with a radius, optionally at a piece of equipment.")
class CheckpointCreateInput:
    community: relay.GlobalID
    name: str = strawberry.field(description="Unique in the community, e.g. 3号楼电梯机房.")
    latitude: float = strawberry.field(description="WGS-84, -90…90.")
    longitude: float = strawberry.field(description="WGS-84, -180…180.")
    radius_m: int = strawberry.field(default=30, description="1–1000 m.")
    equipment: relay.GlobalID | None = strawberry.field(
        default=None, description="An abnormal scan here reports a fault of this equipment."
    )


@strawberry.input(description="巡检路线: checkpoints of one community, in walking order.")
class InspectionRouteCreateInput:
    community: relay.GlobalID
    name: str
    checkpoints: list[relay.GlobalID] = strawberry.field(description="1–50 distinct Checkpoint IDs.")


@strawberry.input(description="换码: the checkpoint's QR code changes; print its sheet again.")
class CheckpointTokenRotateInput:
    id: relay.GlobalID


@strawberry.input(description="打卡: a scan at a checkpoint of a route.")
class CheckpointScanInput:
    route: relay.GlobalID
    checkpoint: relay.GlobalID
    token: str = strawberry.field(description="What the checkpoint's QR code holds.")
    client_scan_id: str = strawberry.field(description="The app's id for this scan (≤ 64): a retry sends it again.")
    device_time: datetime = strawberry.field(description="The device's clock when it scanned.")
    latitude: float = strawberry.field(description="The device's position, WGS-84.")
    longitude: float = strawberry.field(description="The device's position, WGS-84.")
    result: ScanResult = strawberry.field(
        default=ScanResult.NORMAL, description="What the inspector found; default NORMAL."
    )
    note: str = strawberry.field(default="", description="What was wrong, for an ABNORMAL result.")


@strawberry.input(description="班次 A daily shift of a plan.")
class PlanShiftInput:
    name: str = strawberry.field(description="e.g. 早班, 夜班; distinct in the plan, up to 20 characters.")
    starts_at: time = strawberry.field(description="Start time, Beijing (Asia/Shanghai), e.g. 22:00:00.")
    duration_minutes: int = strawberry.field(
        description="10–720; a night shift may run past midnight. Shifts of a plan may not overlap."
    )


@strawberry.input(description="巡检计划: a route walked in shifts, every day, by a roster taking turns.")
class InspectionPlanCreateInput:
    community: relay.GlobalID
    route: relay.GlobalID = strawberry.field(description="An InspectionRoute of the community.")
    name: str = strawberry.field(description="Unique in the community, up to 100 characters.")
    shifts: list[PlanShiftInput] = strawberry.field(description="1–6 shifts a day.")
    roster: list[relay.GlobalID] = strawberry.field(
        description="1–20 technicians or managers of the community (StaffMember or Technician IDs), in turn order."
    )
    starts_on: date | None = strawberry.field(default=None, description="Today or within a year; default today.")


@strawberry.input(description="Pause or resume a plan.")
class InspectionPlanActiveSetInput:
    id: relay.GlobalID
    active: bool = strawberry.field(description="False: rounds not started and not scanned are withdrawn.")
