"""Fee items (收费项目): what is charged, to which houses, from when, and how it is rounded.

A change applies to the runs after it: lines keep the quantity, price and months they were
billed with, so an old bill still explains itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from django.db import connection, transaction
from django.db.models import Q

from saas.core.errors import DomainError, ErrorCollector
from saas.core.unset import UNSET, Unset, given
from saas.estates.models import Building, Community, HouseKind
from saas.estates.services.common import unique_or
from saas.finance.errors import FeeItemErrorCode
from saas.finance.models import BillLine, FeeItem, FeeKind, MeterType

NAME_LIMIT = 50
PRICE_STEP = Decimal("0.0001")
PARKING_LOCK = "SELECT pg_advisory_xact_lock(hashtext('wuye.parking-fee-item.' || current_schema()))"
PRICE_LIMIT = Decimal(10) ** 8
SORT_LIMIT = 999


def check_price(errors: ErrorCollector, value: Decimal) -> Decimal:
    if not value.is_finite() or value < 0:
        errors.add(FeeItemErrorCode.PRICE_NEGATIVE, field="unitPrice")
        return value
    if value >= PRICE_LIMIT:
        errors.add(FeeItemErrorCode.PRICE_TOO_LARGE, field="unitPrice")
        return value
    try:
        quantized = value.quantize(PRICE_STEP)
    except InvalidOperation:
        quantized = None
    if quantized != value:
        errors.add(FeeItemErrorCode.PRICE_PRECISION, field="unitPrice")
        return value
    return quantized


def _check_fields(
    errors: ErrorCollector,
    *,
    name: str,
    kind: str,
    meter_type: str,
    effective_from: date,
    effective_to: date | None,
    sort_order: int,
) -> None:
    if not name:
        errors.add(FeeItemErrorCode.REQUIRED, field="name")
    elif len(name) > NAME_LIMIT:
        errors.add(FeeItemErrorCode.TOO_LONG, field="name", limit=NAME_LIMIT)
    if kind == FeeKind.METERED and not meter_type:
        errors.add(FeeItemErrorCode.METER_TYPE_REQUIRED, field="meterType")
    if kind != FeeKind.METERED and meter_type:
        errors.add(FeeItemErrorCode.METER_TYPE_NOT_ALLOWED, field="meterType")
    if meter_type and meter_type not in MeterType.values:
        raise ValueError(f"unknown meter type {meter_type!r}")
    if effective_from.day != 1:
        errors.add(FeeItemErrorCode.PERIOD_NOT_MONTH_START, field="effectiveFrom")
    if effective_to is not None:
        if effective_to.day != 1:
            errors.add(FeeItemErrorCode.PERIOD_NOT_MONTH_START, field="effectiveTo")
        elif effective_to < effective_from:
            errors.add(FeeItemErrorCode.EFFECTIVE_RANGE_INVALID, field="effectiveTo")
    if not 0 <= sort_order <= SORT_LIMIT:
        errors.add(FeeItemErrorCode.SORT_ORDER_INVALID, field="sortOrder", limit=SORT_LIMIT)


def _check_scope(
    errors: ErrorCollector, community_ids: Sequence[int], building_ids: Sequence[int], house_kinds: Sequence[str]
) -> None:
    if not community_ids:
        errors.add(FeeItemErrorCode.COMMUNITIES_REQUIRED, field="communities")
    elif Community.objects.filter(pk__in=community_ids).count() != len(set(community_ids)):
        errors.add(FeeItemErrorCode.COMMUNITY_NOT_FOUND, field="communities")
    if building_ids:
        inside = Building.objects.filter(pk__in=building_ids, community_id__in=community_ids).count()
        if inside != len(set(building_ids)):
            errors.add(FeeItemErrorCode.BUILDING_OUTSIDE_COMMUNITIES, field="buildings")
    for kind in house_kinds:
        if kind not in HouseKind.values:
            raise ValueError(f"unknown house kind {kind!r}")


def _check_one_parking_item(
    errors: ErrorCollector,
    *,
    item_id: int | None,
    kind: str,
    community_ids: Sequence[int],
    effective_from: date,
    effective_to: date | None,
) -> None:
    """At most one PARKING item in force per community and month: it is the rent of the community's
    spaces, read alike by online payments (saas.parking.prices) and the billing run. Writers of
    parking items queue on an advisory lock, so two of them cannot both pass the check."""
    if kind != FeeKind.PARKING or not community_ids:
        return
    with connection.cursor() as cursor:
        cursor.execute(PARKING_LOCK)
    overlapping = FeeItem.communities.through.objects.filter(
        Q(feeitem__effective_to__isnull=True) | Q(feeitem__effective_to__gte=effective_from),
        feeitem__kind=FeeKind.PARKING,
        community_id__in=community_ids,
    )
    if item_id is not None:
        overlapping = overlapping.exclude(feeitem_id=item_id)
    if effective_to is not None:
        overlapping = overlapping.filter(feeitem__effective_from__lte=effective_to)
    clash = overlapping.order_by("feeitem__sort_order", "feeitem_id").values_list("feeitem__name", "community__name")
    first = clash.first()
    if first is not None:
        errors.add(FeeItemErrorCode.PARKING_ITEM_EXISTS, field="communities", name=first[0], community=first[1])


@transaction.atomic
def fee_item_create(
    *,
    name: str,
    kind: str,
    unit_price: Decimal,
    cycle_months: int,
    community_ids: Sequence[int],
    effective_from: date,
    effective_to: date | None = None,
    meter_type: str = "",
    rounding_mode: str = "half_up",
    rounding_unit: int = 1,
    building_ids: Sequence[int] = (),
    house_kinds: Sequence[str] = (),
    sort_order: int = 0,
) -> FeeItem:
    name = name.strip()
    errors = ErrorCollector()
    _check_fields(
        errors,
        name=name,
        kind=kind,
        meter_type=meter_type,
        effective_from=effective_from,
        effective_to=effective_to,
        sort_order=sort_order,
    )
    unit_price = check_price(errors, unit_price)
    _check_scope(errors, community_ids, building_ids, house_kinds)
    _check_one_parking_item(
        errors,
        item_id=None,
        kind=kind,
        community_ids=community_ids,
        effective_from=effective_from,
        effective_to=effective_to,
    )
    if name and FeeItem.objects.filter(name=name).exists():
        errors.add(FeeItemErrorCode.NAME_TAKEN, field="name", name=name)
    errors.raise_if_any()
    with unique_or(lambda: DomainError(FeeItemErrorCode.NAME_TAKEN, field="name", name=name)):
        item = FeeItem.objects.create(
            name=name,
            kind=kind,
            meter_type=meter_type,
            unit_price=unit_price,
            cycle_months=cycle_months,
            rounding_mode=rounding_mode,
            rounding_unit=rounding_unit,
            house_kinds=sorted(set(house_kinds)),
            effective_from=effective_from,
            effective_to=effective_to,
            sort_order=sort_order,
        )
    item.communities.set(community_ids)
    item.buildings.set(building_ids)
    return item


@transaction.atomic
def fee_item_update(
    *,
    fee_item_id: int,
    name: str | Unset = UNSET,
    kind: str | Unset = UNSET,
    meter_type: str | Unset = UNSET,
    unit_price: Decimal | Unset = UNSET,
    cycle_months: int | Unset = UNSET,
    rounding_mode: str | Unset = UNSET,
    rounding_unit: int | Unset = UNSET,
    community_ids: Sequence[int] | Unset = UNSET,
    building_ids: Sequence[int] | Unset = UNSET,
    house_kinds: Sequence[str] | Unset = UNSET,
    effective_from: date | Unset = UNSET,
    effective_to: date | Unset | None = UNSET,
    sort_order: int | Unset = UNSET,
) -> FeeItem:
    """Change the given fields; the next runs use them (bills already made keep their lines)."""
    item = FeeItem.objects.select_for_update().filter(pk=fee_item_id).first()
    if item is None:
        raise DomainError(FeeItemErrorCode.NOT_FOUND, field="id")
    new_name = given(name, item.name).strip()
    new_kind, new_meter = given(kind, item.kind), given(meter_type, item.meter_type)
    communities = list(given(community_ids, list(item.communities.values_list("pk", flat=True))))
    buildings = list(given(building_ids, list(item.buildings.values_list("pk", flat=True))))
    kinds = list(given(house_kinds, item.house_kinds))
    errors = ErrorCollector()
    _check_fields(
        errors,
        name=new_name,
        kind=new_kind,
        meter_type=new_meter,
        effective_from=given(effective_from, item.effective_from),
        effective_to=given(effective_to, item.effective_to),
        sort_order=given(sort_order, item.sort_order),
    )
    price = check_price(errors, unit_price) if unit_price is not UNSET else item.unit_price
    _check_scope(errors, communities, buildings, kinds)
    _check_one_parking_item(
        errors,
        item_id=item.pk,
        kind=new_kind,
        community_ids=communities,
        effective_from=given(effective_from, item.effective_from),
        effective_to=given(effective_to, item.effective_to),
    )
    if new_name != item.name and FeeItem.objects.filter(name=new_name).exclude(pk=item.pk).exists():
        errors.add(FeeItemErrorCode.NAME_TAKEN, field="name", name=new_name)
    if (new_kind, new_meter) != (item.kind, item.meter_type) and BillLine.objects.filter(fee_item=item).exists():
        errors.add(FeeItemErrorCode.KIND_LOCKED, field="kind")
    errors.raise_if_any()
    item.name, item.kind, item.meter_type, item.unit_price = new_name, new_kind, new_meter, price
    item.cycle_months = given(cycle_months, item.cycle_months)
    item.rounding_mode = given(rounding_mode, item.rounding_mode)
    item.rounding_unit = given(rounding_unit, item.rounding_unit)
    item.house_kinds = sorted(set(kinds))
    item.effective_from = given(effective_from, item.effective_from)
    item.effective_to = given(effective_to, item.effective_to)
    item.sort_order = given(sort_order, item.sort_order)
    with unique_or(lambda: DomainError(FeeItemErrorCode.NAME_TAKEN, field="name", name=new_name)):
        item.save()
    if community_ids is not UNSET:
        item.communities.set(communities)
    if building_ids is not UNSET:
        item.buildings.set(buildings)
    return item
