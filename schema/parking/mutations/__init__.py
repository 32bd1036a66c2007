"""Mutations of the parking domain, merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.parking.mutations.applications import ParkingApplicationMutations
from schema.parking.mutations.areas import ParkingAreaMutations
from schema.parking.mutations.lottery import ParkingLotteryMutations
from schema.parking.mutations.payments import ParkingPaymentMutations
from schema.parking.mutations.rights import ParkingRightMutations
from schema.parking.mutations.sessions import ParkingSessionMutations
from schema.parking.mutations.tariffs import ParkingTariffMutations
from schema.parking.mutations.vehicles import VehicleMutations

ParkingMutations = merge_types(
    "ParkingMutations",
    (
        ParkingAreaMutations,
        VehicleMutations,
        ParkingRightMutations,
        ParkingApplicationMutations,
        ParkingLotteryMutations,
        ParkingTariffMutations,
        ParkingSessionMutations,
        ParkingPaymentMutations,
    ),
)
