"""巡检: checkpoints, routes, rotating a checkpoint's QR code, and scanning it."""

from __future__ import annotations

from decimal import Decimal

import strawberry

from permissions.roles import Capability
from saas.equipment.models import Checkpoint, Equipment, InspectionRoute
from saas.equipment.services.rounds import (
    CheckpointData,
    ScanData,
    ScanRecorded,
    checkpoint_create,
    checkpoint_scan,
    checkpoint_token_rotate,
    inspection_route_create,
)
from saas.estates.models import Community
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.core.relay import pk_from_global_id
from schema.equipment.errors import InspectionError
from schema.equipment.inputs import (
    CheckpointCreateInput,
    CheckpointScanInput,
    CheckpointTokenRotateInput,
    InspectionRouteCreateInput,
)
from schema.equipment.mutations.common import run, scoped_pk, user
from schema.equipment.types import CheckpointScanType, CheckpointType, InspectionRouteType

MANAGE = [HasCapability(Capability.EQUIPMENT_MANAGE)]


@strawberry.type(description="The checkpoint as made.")
class CheckpointCreatePayload:
    errors: list[InspectionError] = strawberry.field(description="Why it was refused; empty when it was made.")
    checkpoint: CheckpointType | None = strawberry.field(default=None, description="The new checkpoint.")


@strawberry.type(description="The route as made.")
class InspectionRouteCreatePayload:
    errors: list[InspectionError] = strawberry.field(description="Why it was refused; empty when it was made.")
    inspection_route: InspectionRouteType | None = strawberry.field(default=None, description="The new route.")


@strawberry.type(description="The checkpoint with its new QR version.")
class CheckpointTokenRotatePayload:
    errors: list[InspectionError] = strawberry.field(description="Why it was refused; empty when it was done.")
    checkpoint: CheckpointType | None = strawberry.field(default=None, description="The checkpoint.")


@strawberry.type(description="The scan as kept (with its anomalies), or the one a retry already kept.")
class CheckpointScanPayload:
    errors: list[InspectionError] = strawberry.field(description="Why it was refused; empty when it was kept.")
    scan: CheckpointScanType | None = strawberry.field(default=None, description="The scan.")
    created: bool = strawberry.field(default=False, description="False: a retry of a scan already kept.")


def _decimal(value: float) -> Decimal:
    return Decimal(repr(value))


@strawberry.type
class InspectionMutations:
    @strawberry.mutation(permission_classes=MANAGE, description="巡检点 in one of your communities.")
    def checkpoint_create(self, info: Info, input: CheckpointCreateInput) -> CheckpointCreatePayload:
        community_id = scoped_pk(info, input.community, "Community", Community, Capability.EQUIPMENT_MANAGE)
        equipment_id = (
            scoped_pk(info, input.equipment, "Equipment", Equipment, Capability.EQUIPMENT_MANAGE)
            if input.equipment
            else None
        )
        data = CheckpointData(
            community_id=community_id,
            name=input.name,
            latitude=_decimal(input.latitude),
            longitude=_decimal(input.longitude),
            radius_m=input.radius_m,
            equipment_id=equipment_id,
        )
        return run(CheckpointCreatePayload, InspectionError, "checkpoint", lambda: checkpoint_create(data=data))

    @strawberry.mutation(permission_classes=MANAGE, description="巡检路线 through checkpoints of one community.")
    def inspection_route_create(self, info: Info, input: InspectionRouteCreateInput) -> InspectionRouteCreatePayload:
        community_id = scoped_pk(info, input.community, "Community", Community, Capability.EQUIPMENT_MANAGE)
        ids = [pk_from_global_id(c, "Checkpoint") for c in input.checkpoints]
        return run(
            InspectionRouteCreatePayload,
            InspectionError,
            "inspection_route",
            lambda: inspection_route_create(community_id=community_id, name=input.name, checkpoint_ids=ids),
        )

    @strawberry.mutation(
        permission_classes=MANAGE,
        description="换码: the checkpoint's QR code changes at once; scans of the old one answer "
        "CHECKPOINT_TOKEN_INVALID. Print the route's sheet again (inspectionRouteQrSheet).",
    )
    def checkpoint_token_rotate(self, info: Info, input: CheckpointTokenRotateInput) -> CheckpointTokenRotatePayload:
        pk = scoped_pk(info, input.id, "Checkpoint", Checkpoint, Capability.EQUIPMENT_MANAGE)
        return run(
            CheckpointTokenRotatePayload,
            InspectionError,
            "checkpoint",
            lambda: checkpoint_token_rotate(checkpoint_id=pk),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.EQUIPMENT_WORK)],
        description="打卡 at a checkpoint of a route in your communities. The token must be the checkpoint's "
        "current one (CHECKPOINT_TOKEN_INVALID); the same clientScanId returns the scan already kept. Scans "
        "outside the radius, with a skewed clock or faster than walking are kept with their anomalies. An "
        "ABNORMAL result at equipment reports a fault (one work order per open fault).",
    )
    def checkpoint_scan(self, info: Info, input: CheckpointScanInput) -> CheckpointScanPayload:
        route_id = scoped_pk(info, input.route, "InspectionRoute", InspectionRoute, Capability.EQUIPMENT_WORK)
        data = ScanData(
            route_id=route_id,
            checkpoint_id=pk_from_global_id(input.checkpoint, "Checkpoint"),
            token=input.token,
            client_scan_id=input.client_scan_id,
            device_time=input.device_time,
            latitude=_decimal(input.latitude),
            longitude=_decimal(input.longitude),
            result=input.result.value,
            note=input.note,
        )
        scanner = user(info)

        def shape(recorded: ScanRecorded) -> dict[str, object]:
            return {"scan": recorded.scan, "created": recorded.created}

        return run(CheckpointScanPayload, InspectionError, shape, lambda: checkpoint_scan(user=scanner, data=data))
