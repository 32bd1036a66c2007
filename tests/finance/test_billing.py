"""Billing runs: which houses get which lines, exact amounts, cycles, idempotent re-runs, previews."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from saas.core.errors import DomainErrors
from saas.finance.models import Bill, BillingRun, BillLine, BillStatus
from saas.finance.services import (
    billing_run_create,
    billing_run_preview,
    fee_item_create,
    fee_item_update,
    meter_reading_record,
)
from tests.factories import HouseFactory
from tests.finance.conftest import APR, FEB, JAN, MAR, TODAY, Alpha, Estate, run


def _lines(house_id: int, period: date = JAN) -> dict[str, int]:
    return dict(
        BillLine.objects.filter(bill__house_id=house_id, bill__period=period).values_list(
            "fee_item__name", "amount_fen"
        )
    )


def test_a_run_bills_every_house_with_a_line_per_applicable_item(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        billing = run(estate)
        assert (billing.bills_created, billing.lines_created) == (4, 7)
        assert _lines(estate.house.pk) == {"物业费": 33214, "垃圾清运费": 1500}  # 118.62 × 2.80 = 332.136
        assert _lines(estate.small.pk) == {"物业费": 21997, "垃圾清运费": 1500}  # 219.968
        assert _lines(estate.shop.pk) == {"垃圾清运费": 1500}  # 物业费 is for residential houses only
        assert _lines(estate.qinghe_house.pk) == {}  # not in the run's communities
        bill = Bill.objects.get(house=estate.house, period=JAN)
        assert (bill.amount_fen, bill.status, bill.due_date) == (34714, BillStatus.UNPAID, date(2026, 1, 31))
        assert (bill.community_id, bill.building_id) == (estate.jinghua.pk, estate.building1.pk)
        assert billing.amount_fen == 34714 + 23497 + 1500 + 38892 + 1500


def test_a_rerun_creates_nothing_and_a_new_house_gets_its_bill_next_time(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate)
        again = run(estate)
        assert (again.bills_created, again.lines_created, again.amount_fen) == (0, 0, 0)
        late = HouseFactory(unit=estate.house.unit, room_number="0301", building_area=Decimal("100.00"))
        third = run(estate)
        assert (third.bills_created, third.lines_created) == (1, 2)
        assert _lines(late.pk) == {"物业费": 28000, "垃圾清运费": 1500}
        assert Bill.objects.filter(period=JAN).count() == 5


def test_a_late_reading_adds_the_metered_line_to_the_existing_bill(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        meter_reading_record(
            house_id=estate.house.pk,
            meter_type="water",
            period=date(2025, 12, 1),
            reading=Decimal("100.00"),
            recorded_by=estate.cashier,
        )
        run(estate)
        assert "水费" not in _lines(estate.house.pk)  # no January reading yet
        meter_reading_record(
            house_id=estate.house.pk,
            meter_type="water",
            period=JAN,
            reading=Decimal("112.50"),
            recorded_by=estate.cashier,
        )
        again = run(estate)
        assert (again.bills_created, again.lines_created, again.amount_fen) == (0, 1, 6250)  # 12.5 t × 5.00
        bill = Bill.objects.get(house=estate.house, period=JAN)
        assert bill.amount_fen == 34714 + 6250
        line = bill.lines.get(fee_item=estate.water)
        assert (line.quantity, line.unit_price, line.months) == (Decimal("12.50"), Decimal("5.0000"), 1)


def test_a_paid_bill_that_gains_a_line_is_partially_paid_again(alpha: Alpha, estate: Estate) -> None:
    from saas.finance.services import payment_record

    with alpha():
        run(estate)
        payment_record(house_id=estate.house.pk, amount_fen=34714, method="cash", cashier=estate.cashier)
        assert Bill.objects.get(house=estate.house, period=JAN).status == BillStatus.PAID
        meter_reading_record(
            house_id=estate.house.pk,
            meter_type="water",
            period=date(2025, 12, 1),
            reading=Decimal("1"),
            recorded_by=estate.cashier,
        )
        meter_reading_record(
            house_id=estate.house.pk, meter_type="water", period=JAN, reading=Decimal("3"), recorded_by=estate.cashier
        )
        run(estate)
        bill = Bill.objects.get(house=estate.house, period=JAN)
        assert (bill.status, bill.balance_fen) == (BillStatus.PARTIALLY_PAID, 1000)


def test_cycles_are_anchored_at_january(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        fee_item_create(
            name="电梯费",
            kind="fixed",
            unit_price=Decimal("10.00"),
            cycle_months=3,
            community_ids=[estate.jinghua.pk],
            effective_from=date(2025, 1, 1),
        )
        fee_item_create(
            name="车库管理费",
            kind="fixed",
            unit_price=Decimal("5.00"),
            cycle_months=12,
            community_ids=[estate.jinghua.pk],
            effective_from=date(2025, 1, 1),
        )
        for period in (JAN, FEB, MAR, APR):
            billing_run_create(period=period, community_ids=[estate.jinghua.pk], created_by=None, today=APR)
        assert _lines(estate.shop.pk, JAN) == {"垃圾清运费": 1500, "电梯费": 3000, "车库管理费": 6000}
        assert _lines(estate.shop.pk, FEB) == {"垃圾清运费": 1500}
        assert _lines(estate.shop.pk, MAR) == {"垃圾清运费": 1500}
        assert _lines(estate.shop.pk, APR) == {"垃圾清运费": 1500, "电梯费": 3000}
        assert BillLine.objects.get(bill__house=estate.shop, bill__period=JAN, fee_item__name="电梯费").months == 3


def test_effective_dates_buildings_and_kinds_narrow_an_item(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        fee_item_update(fee_item_id=estate.garbage.pk, effective_to=JAN)
        fee_item_create(
            name="二次供水费",
            kind="fixed",
            unit_price=Decimal("8.00"),
            cycle_months=1,
            community_ids=[estate.jinghua.pk],
            building_ids=[estate.building2.pk],
            effective_from=FEB,
        )
        run(estate, JAN)
        run(estate, FEB, today=FEB)
        assert _lines(estate.other.pk, JAN) == {"物业费": 38892, "垃圾清运费": 1500}
        assert _lines(estate.other.pk, FEB) == {"物业费": 38892, "二次供水费": 800}
        assert _lines(estate.house.pk, FEB) == {"物业费": 33214}
        assert _lines(estate.shop.pk, FEB) == {}  # nothing applies: no bill at all
        assert not Bill.objects.filter(house=estate.shop, period=FEB).exists()


@pytest.mark.parametrize(
    ("mode", "unit", "expected"),
    [
        ("half_up", 1, 33214),  # 332.136 元 → 332.14
        ("down", 1, 33213),
        ("up", 1, 33214),
        ("half_up", 10, 33210),  # → 332.1
        ("down", 10, 33210),
        ("up", 10, 33220),
        ("half_up", 100, 33200),  # → 332
        ("down", 100, 33200),
        ("up", 100, 33300),
    ],
)
def test_rounding_rules(alpha: Alpha, estate: Estate, mode: str, unit: int, expected: int) -> None:
    with alpha():
        fee_item_update(fee_item_id=estate.property_fee.pk, rounding_mode=mode, rounding_unit=unit)
        run(estate)
        assert _lines(estate.house.pk)["物业费"] == expected


def test_a_four_decimal_price_is_exact(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        fee_item_create(
            name="电费",
            kind="metered",
            meter_type="electricity",
            unit_price=Decimal("0.4883"),
            cycle_months=1,
            community_ids=[estate.jinghua.pk],
            effective_from=JAN,
        )
        for period, reading in ((date(2025, 12, 1), "1000.00"), (JAN, "1237.50")):
            meter_reading_record(
                house_id=estate.house.pk,
                meter_type="electricity",
                period=period,
                reading=Decimal(reading),
                recorded_by=estate.cashier,
            )
        run(estate)
        assert _lines(estate.house.pk)["电费"] == 11597  # 237.5 kWh × 0.4883 = 115.97125 元


def test_preview_matches_the_run_and_writes_nothing(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        preview = billing_run_preview(period=JAN, community_ids=[estate.jinghua.pk], today=TODAY)
        assert not Bill.objects.exists() and not BillingRun.objects.exists()
        assert (preview.houses, preview.new_bills, preview.new_lines) == (4, 4, 7)
        created = run(estate)
        assert preview.new_amount_fen == created.amount_fen
        by_item = {p.fee_item.name: (p.new_lines, p.new_amount_fen) for p in preview.items}
        assert by_item == {"物业费": (3, 33214 + 21997 + 38892), "垃圾清运费": (4, 6000)}
        after = billing_run_preview(period=JAN, community_ids=[estate.jinghua.pk], today=TODAY)
        assert (after.houses, after.new_bills, after.new_lines, after.new_amount_fen) == (4, 0, 0, 0)
        assert sum(p.amount_fen for p in after.items) == created.amount_fen


def test_bad_runs_are_refused(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        with pytest.raises(DomainErrors) as caught:
            billing_run_create(period=date(2026, 1, 15), community_ids=[], created_by=None, today=TODAY)
        assert {(e.field, e.code.value) for e in caught.value} == {
            ("period", "PERIOD_NOT_MONTH_START"),
            ("communities", "COMMUNITIES_REQUIRED"),
        }
        with pytest.raises(DomainErrors) as caught:
            billing_run_create(period=MAR, community_ids=[999999], created_by=None, today=TODAY)
        assert {e.code.value for e in caught.value} == {"PERIOD_TOO_FAR", "COMMUNITY_NOT_FOUND"}
        assert not BillingRun.objects.exists()


def test_a_bill_issued_after_its_regular_due_date_gets_the_full_term(alpha: Alpha, estate: Estate) -> None:
    with alpha():
        run(estate, JAN, today=date(2026, 3, 10))
        assert Bill.objects.get(house=estate.house, period=JAN).due_date == date(2026, 4, 9)
