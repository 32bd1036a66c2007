"""车位月租 The monthly rent of a company space comes from the community's fee item of kind
``parking`` (元/车位/月, with its rounding): one price for passes paid online and leases billed by
the ordinary billing run (``saas.finance.services.billing``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import Q

from saas.core.errors import DomainError
from saas.finance.amounts import line_amount_fen, month_start
from saas.finance.models import FeeItem, FeeKind
from saas.parking.errors import ParkingErrorCode


def parking_fee_item(community_id: int, day: date) -> FeeItem:
    """The community's parking fee item in force in ``day``'s month; PRICE_NOT_SET without one.

    Finance refuses a second one (PARKING_ITEM_EXISTS); the billing run picks the same way (sort
    order, then id) for any made before that rule."""
    month = month_start(day)
    item = (
        FeeItem.objects.filter(kind=FeeKind.PARKING, communities=community_id, effective_from__lte=month)
        .filter(Q(effective_to__isnull=True) | Q(effective_to__gte=month))
        .order_by("sort_order", "id")
        .first()
    )
    if item is None:
        raise DomainError(ParkingErrorCode.PRICE_NOT_SET, field="community")
    return item


def rent_fen(community_id: int, start: date, months: int) -> int:
    """``months`` of a company space from ``start``, in fen, rounded by the fee item's rule."""
    item = parking_fee_item(community_id, start)
    return line_amount_fen(  # a parking line's quantity is its space-months (as in the billing run)
        quantity=Decimal(months),
        unit_price=item.unit_price,
        months=1,
        kind=FeeKind.PARKING,
        mode=item.rounding_mode,
        unit=item.rounding_unit,
    )
