"""车位租金 in the ordinary billing run: a fee item of kind PARKING bills the leases signed at the
office, one space-month in the calendar month each leased month begins, on the holder's house;
monthly passes (paid up front online) and owned spaces are not billed."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from saas.finance.amounts import add_months, month_start
from saas.finance.models import Bill, BillLine
from saas.finance.services import billing_run_create, fee_item_create
from saas.parking.models import RightKind, RightState
from saas.parking.periods import months_from
from saas.parking.services.common import right_write
from saas.parking.services.rights import parking_right_grant
from tests.parking.conftest import Lot, gid, mutate, today


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
