"""A tariff row as the fee function's terms."""

from __future__ import annotations

from saas.parking.fees import Terms
from saas.parking.models import ParkingTariff


def tariff_terms(tariff: ParkingTariff) -> Terms:
    return Terms(
        free_minutes=tariff.free_minutes,
        unit_minutes=tariff.unit_minutes,
        unit_price_fen=tariff.unit_price_fen,
        daily_cap_fen=tariff.daily_cap_fen,
        charge_part_units=tariff.charge_part_units,
    )
