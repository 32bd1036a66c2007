"""GraphQL types of the equipment ledger, certificates, maintenance and faults. Each type scopes
itself (``get_queryset`` → ``visible_to``): staff holding EQUIPMENT_VIEW in their communities."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
import strawberry_django
from django.db.models import Count, QuerySet
from django.utils import timezone
from django.utils.translation import get_language
from strawberry import auto, relay

from permissions.scoping import visible_to
from saas.equipment.calendar import PUBLIC_LABELS_EN, CalendarEntry, EntryKind, PublicStatus, public_status
from saas.equipment.models import (
    Anomaly,
    AssignedTo,
    Certificate,
    CertificateKind,
    Checkpoint,
    CheckpointScan,
    Equipment,
    EquipmentCategory,
    EquipmentStatus,
    Fault,
    FaultSource,
    FaultState,
    GapLevel,
    InspectionRoute,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceOrderState,
    MaintenancePhoto,
    MaintenanceRule,
    RuleKind,
    ScanResult,
)
from saas.equipment.views import maintenance_photo_jpeg_url, maintenance_photo_url
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.estates.types import BuildingType, CommunityType, UnitType
from schema.workorders.types import WorkOrderType

if TYPE_CHECKING:
    from schema.equipment.plan_types import InspectionRoundType

strawberry.enum(EquipmentCategory, name="EquipmentCategory", description="设备类别")
strawberry.enum(EquipmentStatus, name="EquipmentStatus", description="设备状态")
strawberry.enum(CertificateKind, name="CertificateKind", description="证书类型")
strawberry.enum(RuleKind, name="MaintenanceRuleKind", description="EVERY N days, or MAX_GAP: at most N days apart.")
strawberry.enum(MaintenanceOrderState, name="MaintenanceOrderState", description="维保单状态")
strawberry.enum(AssignedTo, name="MaintenanceAssignedTo", description="Who the order went to.")
strawberry.enum(
    GapLevel, name="MaintenanceGapLevel", description="WARNING at the warning day, VIOLATION past the limit."
)
strawberry.enum(FaultState, name="FaultState", description="故障状态")
strawberry.enum(FaultSource, name="FaultSource", description="故障来源")


def _user(info: Info) -> Any:
    return info.context.viewer


@model_type(Certificate, name="EquipmentCertificate", description="设备证书 A certificate of one piece of equipment.")
class CertificateType(relay.Node):
    kind: CertificateKind
    number: auto
    issued_on: auto
    valid_until: auto

    @strawberry_django.field(
        only=["valid_until"], description="Days from today (Beijing) to validUntil; negative: expired."
    )
    def days_left(self, root: Certificate) -> int:
        return (root.valid_until - timezone.localdate()).days

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Certificate], info: Info, **kwargs: Any) -> QuerySet[Certificate]:
        return visible_to(_user(info), queryset)


@model_type(Equipment, name="Equipment", description="设备 One piece of equipment in the ledger.")
class EquipmentType(relay.Node):
    code: str = model_field(description="Unique in the community, e.g. DT-3-1.")
    name: auto
    category: EquipmentCategory
    is_special: bool = model_field(description="特种设备: needs a registration number and a valid periodic inspection.")
    status: EquipmentStatus
    public_area: auto
    brand: auto
    model_number: auto
    serial_number: auto
    installed_on: auto
    commissioned_on: auto
    vendor_name: auto
    vendor_phone: auto
    contract_number: auto
    contract_ends_on: auto
    registration_number: auto
    status_changed_at: auto
    community: CommunityType = model_field(select_related=["community"])
    building: BuildingType | None = model_field()
    unit: UnitType | None = model_field()
    certificates: list[CertificateType] = model_field(description="Newest first per kind.")

    @strawberry_django.field(
        only=["responsible__display_name"], select_related=["responsible"], description="The responsible staff member."
    )
    def responsible_name(self, root: Equipment) -> str | None:
        return root.responsible.display_name if root.responsible is not None else None

    @strawberry_django.field(
        annotate={"failure_count": Count("faults")}, description="故障次数 Faults reported (open or closed)."
    )
    def failure_count(self, root: Equipment) -> int:
        return int(root.failure_count)  # type: ignore[attr-defined]

    @strawberry_django.field(
        only=["building_id", "unit_id", "public_area", "building__name", "unit__name"],
        select_related=["building", "unit"],
        description="Where, for people: 3号楼1单元, or 水泵房.",
    )
    def place(self, root: Equipment) -> str:
        return root.place

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Equipment], info: Info, **kwargs: Any) -> QuerySet[Equipment]:
        return visible_to(_user(info), queryset)


@strawberry.type(name="ChecklistEntry", description="检查项 One item of a maintenance checklist.")
class ChecklistEntryType:
    item: str = strawberry.field(description="What to check.")
    required: bool = strawberry.field(description="Completion is refused (CHECKLIST_INCOMPLETE) without it.")


@model_type(MaintenanceRule, name="MaintenanceRule", description="维保规则 How often equipment is maintained.")
class MaintenanceRuleType(relay.Node):
    name: auto
    kind: RuleKind
    interval_days: int = model_field(description="EVERY: the period; MAX_GAP: the most days between completions.")
    warning_days: int = model_field(description="Days since the last completion that raise a warning.")
    lead_days: int = model_field(description="Orders are generated this many days before they are due.")
    min_photos: int = model_field(description="Photos a completion must carry (PHOTOS_REQUIRED).")
    starts_on: auto
    is_active: auto
    category: EquipmentCategory | None = model_field(description="For a whole category; null for one piece.")
    equipment: EquipmentType | None = model_field(description="For one piece; null for a category.")
    community: CommunityType = model_field()

    @strawberry_django.field(only=["checklist"], description="In order.")
    def checklist(self, root: MaintenanceRule) -> list[ChecklistEntryType]:
        return [ChecklistEntryType(item=e["item"], required=bool(e.get("required"))) for e in root.checklist]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[MaintenanceRule], info: Info, **kwargs: Any) -> QuerySet[MaintenanceRule]:
        return visible_to(_user(info), queryset)


@model_type(
    MaintenancePhoto, name="MaintenancePhoto", description="维保照片 A photo taken when a maintenance was done."
)
class MaintenancePhotoType:
    content_type: str = model_field(description="image/jpeg, image/png, image/webp, image/heic or image/heif.")
    size: int = model_field(description="Bytes.")
    created_at: auto

    @strawberry_django.field(only=["id"], description="Where to GET it (same host, same credentials).")
    def url(self, root: MaintenancePhoto) -> str:
        return maintenance_photo_url(root.pk)

    @strawberry_django.field(
        only=["id"],
        description="A JPEG every browser shows: the copy stored beside a HEIC/HEIF photo, the photo itself "
        "for other types (same host, same credentials).",
    )
    def jpeg_url(self, root: MaintenancePhoto) -> str:
        return maintenance_photo_jpeg_url(root.pk)


@model_type(
    MaintenanceOrder, name="MaintenanceOrder", description="维保单 One due maintenance of one piece of equipment."
)
class MaintenanceOrderType(relay.Node):
    due_on: auto
    state: MaintenanceOrderState
    assigned_to: AssignedTo
    vendor_name: auto
    created_at: auto
    completed_on: auto
    completed_at: auto = model_field(description="When its completion was recorded (+08:00); null: not yet.")
    checked_items: list[str] = model_field(description="The checklist items done.")
    signer_name: str = model_field(description="Who signed the completion.")
    note: auto
    equipment: EquipmentType = model_field()
    rule: MaintenanceRuleType = model_field()
    photos: list[MaintenancePhotoType] = model_field(description="Photos taken when it was done.")

    @strawberry_django.field(
        only=["signed_by__display_name"],
        select_related=["signed_by"],
        description="The account that recorded the completion (signerName may name a vendor's technician).",
    )
    def signed_by_name(self, root: MaintenanceOrder) -> str | None:
        return root.signed_by.display_name if root.signed_by is not None else None

    @strawberry_django.field(
        only=["assignee__display_name"], select_related=["assignee"], description="The staff member it went to."
    )
    def assignee_name(self, root: MaintenanceOrder) -> str | None:
        return root.assignee.display_name if root.assignee is not None else None

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[MaintenanceOrder], info: Info, **kwargs: Any
    ) -> QuerySet[MaintenanceOrder]:
        return visible_to(_user(info), queryset)


@model_type(
    MaintenanceGap, name="MaintenanceGap", description="维保间隔超限 A gap that reached a warning or violation."
)
class MaintenanceGapType(relay.Node):
    level: GapLevel
    since_on: date = model_field(description="The last completion (or the rule's start) the gap counts from.")
    gap_days: int = model_field(description="Days since then when it was recorded.")
    recorded_on: auto
    equipment: EquipmentType = model_field()
    rule: MaintenanceRuleType = model_field()

    @classmethod
    def get_queryset(cls, queryset: QuerySet[MaintenanceGap], info: Info, **kwargs: Any) -> QuerySet[MaintenanceGap]:
        return visible_to(_user(info), queryset)


@model_type(Fault, name="EquipmentFault", description="设备故障 A fault and the one work order that repairs it.")
class FaultType(relay.Node):
    state: FaultState
    source: FaultSource
    description: auto
    reports: int = model_field(description="How many times it was reported while open.")
    created_at: auto
    closed_at: auto = model_field(description="When it was closed (+08:00); null: still open.")
    equipment: EquipmentType = model_field()
    work_order: WorkOrderType = model_field(description="The repair; closing it closes the fault.")

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Fault], info: Info, **kwargs: Any) -> QuerySet[Fault]:
        return visible_to(_user(info), queryset)


strawberry.enum(EntryKind, name="ComplianceEntryKind", description="What a calendar entry is about.")
strawberry.enum(PublicStatus, name="ElevatorPublicStatus", description="What residents are told about an elevator.")


@strawberry.type(name="ComplianceEntry", description="合规日历 One item of a community's compliance calendar.")
class ComplianceEntryType:
    day: date = strawberry.field(description="Due day (DUE, MISSED), completion day (DONE) or last valid day.")
    kind: EntryKind = strawberry.field(description="What the entry is about.")
    equipment: relay.GlobalID = strawberry.field(description="The Equipment ID.")
    equipment_code: str = strawberry.field(description="设备编号.")
    equipment_name: str = strawberry.field(description="名称.")
    maintenance_order: relay.GlobalID | None = strawberry.field(description="The MaintenanceOrder ID, if about one.")
    certificate_kind: CertificateKind | None = strawberry.field(description="For CERTIFICATE_EXPIRES.")
    certificate_number: str | None = strawberry.field(description="For CERTIFICATE_EXPIRES.")

    @classmethod
    def of(cls, entry: CalendarEntry) -> ComplianceEntryType:
        order = entry.maintenance_order_id
        return cls(
            day=entry.day,
            kind=entry.kind,
            equipment=relay.GlobalID("Equipment", str(entry.equipment_id)),
            equipment_code=entry.equipment_code,
            equipment_name=entry.equipment_name,
            maintenance_order=relay.GlobalID("MaintenanceOrder", str(order)) if order is not None else None,
            certificate_kind=CertificateKind(entry.certificate_kind) if entry.certificate_kind else None,
            certificate_number=entry.certificate_number,
        )


@strawberry.type(name="PublicElevator", description="An elevator of your building, as residents see it.")
class PublicElevatorType:
    code: str = strawberry.field(description="设备编号, as on the car's plate.")
    name: str = strawberry.field(description="e.g. 3号楼1号客梯.")
    place: str = strawberry.field(description="Building and unit.")
    status: PublicStatus = strawberry.field(description="What residents are told about it.")
    status_label: str = strawberry.field(description="The status in your language, e.g. 电梯维保中（今日维保）.")

    @classmethod
    def of(cls, equipment: Equipment) -> PublicElevatorType:
        status = public_status(equipment)
        zh, en = str(status.label), PUBLIC_LABELS_EN[status]
        english = (get_language() or "").startswith("en")
        return cls(
            code=equipment.code,
            name=equipment.name,
            place=equipment.place,
            status=status,
            status_label=en if english else zh,
        )


strawberry.enum(ScanResult, name="ScanResult", description="巡检结果")
strawberry.enum(Anomaly, name="ScanAnomaly", description="What a supervisor should look at.")


@model_type(Checkpoint, name="Checkpoint", description="巡检点 A place on inspection routes, optionally at equipment.")
class CheckpointType(relay.Node):
    name: auto
    latitude: float = model_field(description="WGS-84.")
    longitude: float = model_field(description="WGS-84.")
    radius_m: int = model_field(description="Scans farther than this are flagged OUTSIDE_RADIUS.")
    token_version: int = model_field(description="Bumped by checkpointTokenRotate; older QR codes are refused.")
    equipment: EquipmentType | None = model_field()

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Checkpoint], info: Info, **kwargs: Any) -> QuerySet[Checkpoint]:
        return visible_to(_user(info), queryset)


@model_type(InspectionRoute, name="InspectionRoute", description="巡检路线 Checkpoints in order.")
class InspectionRouteType(relay.Node):
    name: auto
    community: CommunityType = model_field()

    @strawberry_django.field(prefetch_related=["stops__checkpoint"], description="In walking order.")
    def checkpoints(self, root: InspectionRoute) -> list[CheckpointType]:
        return [stop.checkpoint for stop in root.stops.all()]  # type: ignore[misc]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[InspectionRoute], info: Info, **kwargs: Any) -> QuerySet[InspectionRoute]:
        return visible_to(_user(info), queryset)


@model_type(CheckpointScan, name="CheckpointScan", description="巡检记录 One scan, kept as evidence.")
class CheckpointScanType(relay.Node):
    client_scan_id: auto
    device_time: auto
    server_time: auto
    latitude: float = model_field(description="Where the device was.")
    longitude: float = model_field(description="Where the device was.")
    distance_m: int = model_field(description="From the checkpoint, metres.")
    result: ScanResult
    note: auto
    anomalies: list[Anomaly] = model_field(description="Empty when nothing looked wrong.")
    checkpoint: CheckpointType = model_field()
    route: InspectionRouteType = model_field()
    fault: FaultType | None = model_field(description="The fault an abnormal result reported.")
    round: Annotated[InspectionRoundType, strawberry.lazy("schema.equipment.plan_types")] | None = model_field(
        description="The plan's round it counted for (the route's round open when it arrived); null: ad hoc."
    )

    @strawberry_django.field(
        only=["scanned_by__display_name"], select_related=["scanned_by"], description="Who scanned."
    )
    def scanned_by_name(self, root: CheckpointScan) -> str:
        return root.scanned_by.display_name

    @classmethod
    def get_queryset(cls, queryset: QuerySet[CheckpointScan], info: Info, **kwargs: Any) -> QuerySet[CheckpointScan]:
        return visible_to(_user(info), queryset)


@strawberry.type(name="CheckpointQr", description="One checkpoint of a printable QR sheet.")
class CheckpointQrType:
    position: int = strawberry.field(description="Its place on the route, from 1.")
    name: str = strawberry.field(description="The checkpoint's name, printed under the code.")
    token: str = strawberry.field(description="What the code holds; send it with checkpointScan.")
    svg_data_uri: str = strawberry.field(description="The QR code as an SVG data URI (segno), ready for <img src>.")
