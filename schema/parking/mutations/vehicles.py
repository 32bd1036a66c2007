"""Registering a car: an owner their own, staff a resident's of their communities."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability, Role, role_of
from saas.parking.services.vehicles import vehicle_register
from saas.residents.models import Resident
from schema.core.errors import ApiError, ApiMessage
from schema.core.permissions import HasCapability, authorize
from schema.parking.errors import ParkingError
from schema.parking.inputs import VehicleRegisterInput
from schema.parking.mutations.common import optional_pk, own_resident, run, user
from schema.parking.types import VehicleType


@strawberry.type(description="The registered car.")
class VehicleRegisterPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    vehicle: VehicleType | None = strawberry.field(default=None, description="Null when refused.")


def _resident(info: strawberry.Info, given: int | None) -> Resident | None:
    if role_of(user(info)) is Role.OWNER:
        mine = own_resident(info)
        if given is not None and (mine is None or mine.pk != given):
            raise ApiError(ApiMessage.FORBIDDEN)
        return mine
    authorize(info, Capability.PARKING_MANAGE, Resident, given)
    return Resident.objects.filter(pk=given or 0, anonymised_at__isnull=True).first()


@strawberry.type
class VehicleMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE, owners=True)],
        description="登记车辆. The plate is checked (mainland format) and normalised; one registration per plate.",
    )
    def vehicle_register(self, info: strawberry.Info, input: VehicleRegisterInput) -> VehicleRegisterPayload:
        resident = _resident(info, optional_pk(input.resident, "Resident"))
        return run(VehicleRegisterPayload, "vehicle", lambda: vehicle_register(resident=resident, plate=input.plate))
