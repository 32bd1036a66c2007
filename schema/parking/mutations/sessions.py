"""临停: the gate's entry and exit events (staff who manage parking, or a gate's account holding
that role, in the area's community)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.parking.models import ParkingArea
from saas.parking.services.sessions import vehicle_entry_record, vehicle_exit_record
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError
from schema.parking.inputs import VehicleEntryRecordInput, VehicleExitRecordInput
from schema.parking.mutations.common import run, user
from schema.parking.types import ParkingSessionType


@strawberry.type(description="The stay the gate event opened or closed.")
class VehicleEntryRecordPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    session: ParkingSessionType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type(description="The closed stay with its fee.")
class VehicleExitRecordPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    session: ParkingSessionType | None = strawberry.field(default=None, description="Null when refused.")


def _area_pk(info: strawberry.Info, input: VehicleEntryRecordInput | VehicleExitRecordInput) -> int:
    area_id = pk_from_global_id(input.area, "ParkingArea")
    authorize(info, Capability.PARKING_MANAGE, ParkingArea, area_id)
    return area_id


@strawberry.type
class ParkingSessionMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="入场 A car entered the area (at: the gate's time, default now). One open stay per plate and "
        "area: SESSION_OPEN otherwise.",
    )
    def vehicle_entry_record(self, info: strawberry.Info, input: VehicleEntryRecordInput) -> VehicleEntryRecordPayload:
        area_id = _area_pk(info, input)
        actor = user(info)
        return run(
            VehicleEntryRecordPayload,
            "session",
            lambda: vehicle_entry_record(area_id=area_id, plate=input.plate, at=input.at, actor=actor),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="出场 The car left: its open stay closes, priced by the tariff in force at entry (full units "
        "only unless the tariff says otherwise). EXIT_BEFORE_ENTRY, NO_OPEN_SESSION refused.",
    )
    def vehicle_exit_record(self, info: strawberry.Info, input: VehicleExitRecordInput) -> VehicleExitRecordPayload:
        area_id = _area_pk(info, input)
        actor = user(info)
        return run(
            VehicleExitRecordPayload,
            "session",
            lambda: vehicle_exit_record(area_id=area_id, plate=input.plate, at=input.at, actor=actor),
        )
