"""车位租金 in the ordinary billing run: a fee item of kind PARKING bills the leases signed at the
office, one space-month in the calendar month each leased month begins, on the holder's house;
monthly passes (paid up front online) and owned spaces are not billed."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from saas.core.errors import DomainError, DomainErrors
from saas.finance.amounts import add_months, month_start
from saas.finance.models import Bill, BillLine, FeeItem
from saas.finance.services import billing_run_create, fee_item_create, fee_item_update
from saas.parking.models import RightKind, RightState
from saas.parking.periods import months_from
from saas.parking.prices import rent_fen
from saas.parking.services.common import right_write
from saas.parking.services.rights import parking_right_grant
from tests.parking.conftest import Lot, codes, gid, mutate, today


def _item(lot: Lot, cycle: int = 1) -> Any:
    return lot.in_schema(
        lambda: fee_item_create(
            name="车位租金",
            kind="parking",
            unit_price=Decimal("300.00"),
            cycle_months=cycle,
            community_ids=[lot.x.pk],
            effective_from=datetime.date(2025, 1, 1),
        )
    )


def _run(lot: Lot, period: datetime.date) -> list[tuple[str, str, Decimal, int]]:
    def run() -> list[tuple[str, str, Decimal, int]]:
        billing_run_create(period=period, community_ids=[lot.x.pk], created_by=lot.admin, today=period)
        return list(
            BillLine.objects.filter(bill__period=period, fee_item__kind="parking")
            .order_by("bill__house__room_number")
            .values_list("bill__house__room_number", "description", "quantity", "amount_fen")
        )

    return lot.in_schema(run)


def test_leases_are_billed_per_month_they_begin_passes_are_not(lot: Lot) -> None:
    _item(lot)
    start = today()
    lot.in_schema(
        lambda: parking_right_grant(
            space_id=lot.spaces[0].pk, holder_id=lot.neighbour_resident.pk, start=start, months=2, actor=lot.manager
        )
    )
    lot.in_schema(  # 张伟's monthly pass is paid online: not billed again
        lambda: right_write(
            space=lot.spaces[1],
            holder=lot.owner_resident,
            kind=RightKind.MONTHLY,
            state=RightState.ACTIVE,
            period=months_from(start, 12),
        )
    )
    this_month = month_start(start)
    assert _run(lot, this_month) == [("1601", "车位租金", Decimal("1.00"), 30000)]
    assert _run(lot, this_month) == [("1601", "车位租金", Decimal("1.00"), 30000)]  # a re-run adds nothing
    assert _run(lot, add_months(this_month, 1)) == [("1601", "车位租金", Decimal("1.00"), 30000)]
    assert _run(lot, add_months(this_month, 2)) == []
    assert lot.in_schema(lambda: Bill.objects.filter(house__room_number="1502").exists()) is False


def test_a_quarterly_item_bills_the_space_months_of_its_quarter(lot: Lot) -> None:
    _item(lot, cycle=3)
    start = today()
    quarter = datetime.date(start.year, (start.month - 1) // 3 * 3 + 1, 1)
    lot.in_schema(
        lambda: parking_right_grant(
            space_id=lot.spaces[0].pk, holder_id=lot.owner_resident.pk, start=start, months=12, actor=lot.manager
        )
    )
    months_left = 3 - (start.month - quarter.month)
    assert _run(lot, quarter) == [("1502", "车位租金", Decimal(months_left), 30000 * months_left)]


def test_parking_fee_items_are_created_through_the_api(lot: Lot) -> None:
    payload = mutate(
        lot.client(lot.admin),
        "feeItemCreate",
        {
            "name": "地下车位租金",
            "kind": "PARKING",
            "unitPrice": "350.00",
            "cycle": "MONTHLY",
            "communities": [gid("Community", lot.x.pk)],
            "effectiveFrom": "2025-01-01",
        },
        "feeItem { name kind }",
    )
    assert payload["errors"] == [] and payload["feeItem"] == {"name": "地下车位租金", "kind": "PARKING"}


def _create(
    lot: Lot, name: str, communities: list[str], effective_from: str, language: str | None = None, **more: Any
) -> dict[str, Any]:
    return mutate(
        lot.client(lot.admin, language),
        "feeItemCreate",
        {
            "name": name,
            "kind": "PARKING",
            "unitPrice": "150.00",
            "cycle": "MONTHLY",
            "communities": communities,
            "effectiveFrom": effective_from,
            **more,
        },
        "feeItem { id name }",
    )


def test_a_community_has_one_parking_item_in_force_at_a_time(lot: Lot) -> None:
    _item(lot)  # 车位租金 in 京华园 from 2025-01
    x, y = gid("Community", lot.x.pk), gid("Community", lot.y.pk)
    second = _create(lot, "地面车位租金", [y, x], "2026-01-01")
    assert codes(second) == [("communities", "PARKING_ITEM_EXISTS")] and second["feeItem"] is None
    assert second["errors"][0]["message"] == (
        "京华园在该期间已有车位收费项目“车位租金”；每个小区同一时间只能有一个车位租金。"
    )
    english = _create(lot, "地面车位租金", [x], "2024-01-01", "en", effectiveTo="2025-01-01")
    assert english["errors"][0]["message"] == (
        "京华园 already has the parking fee “车位租金” in force in that period; a community has one parking rent "
        "at a time."
    )
    assert lot.in_schema(lambda: FeeItem.objects.filter(kind="parking").count()) == 1
    # another community, or the months before the first item, are free
    assert _create(lot, "清河嘉园车位租金", [y], "2025-01-01")["errors"] == []
    assert _create(lot, "旧车位租金", [x], "2024-01-01", effectiveTo="2024-12-01")["errors"] == []
    # an update cannot bring a second one in either (a new community, a longer period, another kind)
    old = lot.in_schema(lambda: FeeItem.objects.get(name="旧车位租金"))
    for change in ({"effective_to": None}, {"community_ids": [lot.y.pk], "effective_to": datetime.date(2025, 6, 1)}):
        refused = lot.in_schema(lambda change=change: _refusal(old.pk, change))
        assert refused == ["PARKING_ITEM_EXISTS"], change
    fixed = lot.in_schema(
        lambda: fee_item_create(
            name="车位管理费",
            kind="fixed",
            unit_price=Decimal("10.00"),
            cycle_months=1,
            community_ids=[lot.x.pk],
            effective_from=datetime.date(2025, 1, 1),
        )
    )
    assert lot.in_schema(lambda: _refusal(fixed.pk, {"kind": "parking"})) == ["PARKING_ITEM_EXISTS"]
    assert lot.in_schema(lambda: _refusal(old.pk, {"unit_price": Decimal("120.00")})) == []


def _refusal(fee_item_id: int, change: dict[str, Any]) -> list[str]:
    try:
        fee_item_update(fee_item_id=fee_item_id, **change)
    except (DomainError, DomainErrors) as refused:
        errors = refused.errors if isinstance(refused, DomainErrors) else [refused]
        return [str(e.code) for e in errors]
    return []


def test_a_lease_is_billed_once_at_the_online_price_even_with_two_items_from_before_the_rule(lot: Lot) -> None:
    """Items made while a second one was accepted: the run bills each lease once, by the item the
    online rent reads (the first by sort order), not once per item."""

    def legacy() -> None:
        for name, price, order in (("地面车位租金", "150.00", 20), ("地下车位租金", "300.00", 10)):
            item = FeeItem.objects.create(
                name=name,
                kind="parking",
                unit_price=Decimal(price),
                cycle_months=1,
                effective_from=datetime.date(2025, 1, 1),
                sort_order=order,
            )
            item.communities.set([lot.x.pk])

    lot.in_schema(legacy)
    start = today()
    lot.in_schema(
        lambda: parking_right_grant(
            space_id=lot.spaces[0].pk, holder_id=lot.neighbour_resident.pk, start=start, months=1, actor=lot.manager
        )
    )
    online = lot.in_schema(lambda: rent_fen(lot.x.pk, start, 1))
    assert online == 30000
    assert _run(lot, month_start(start)) == [("1601", "地下车位租金", Decimal("1.00"), online)]
