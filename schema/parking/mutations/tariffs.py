"""临停收费标准: parking managers set an area's tariff from a day on (a new version)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.parking.models import ParkingArea
from saas.parking.services.tariffs import TariffTerms, parking_tariff_set
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError
from schema.parking.inputs import ParkingTariffSetInput
from schema.parking.mutations.common import run, user
from schema.parking.types import ParkingTariffType


@strawberry.type(description="The new version; the one in force that day now ends there.")
class ParkingTariffSetPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    tariff: ParkingTariffType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type
class ParkingTariffMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="An area's temporary-parking tariff from validFrom (today or later) on. Part units are free "
        "unless chargePartUnits, which needs an overrideReason (kept with the version).",
    )
    def parking_tariff_set(self, info: strawberry.Info, input: ParkingTariffSetInput) -> ParkingTariffSetPayload:
        area_id = pk_from_global_id(input.area, "ParkingArea")
        authorize(info, Capability.PARKING_MANAGE, ParkingArea, area_id)
        terms = TariffTerms(
            valid_from=input.valid_from,
            free_minutes=input.free_minutes,
            unit_minutes=input.unit_minutes,
            unit_price_fen=int(input.unit_price),
            daily_cap_fen=int(input.daily_cap) if input.daily_cap is not None else None,
            charge_part_units=input.charge_part_units,
            override_reason=input.override_reason,
        )
        actor = user(info)
        return run(
            ParkingTariffSetPayload, "tariff", lambda: parking_tariff_set(area_id=area_id, terms=terms, actor=actor)
        )
