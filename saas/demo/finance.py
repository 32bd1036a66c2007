"""Fees of the demo company: Beijing fee items, water and electricity readings, six months of
billing runs, most bills paid (cash, bank transfer, POS), arrears of various ages, a few prepaid
balances, a reversal, an approved and a pending waiver.

Readings and the bulk of the payments are written set-based (one statement each), the way an
import would, so ``make demo`` stays quick; the handful of special cases go through the services.
Whether a house pays is decided by a hash of its id, so the same seed gives the same figures.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import connection
from django.utils import timezone

from saas.accounts.models import User
from saas.estates.models import Community, House
from saas.finance.amounts import add_months, month_start
from saas.finance.models import OPEN_STATUSES, Bill
from saas.finance.services import (
    billing_run_create,
    fee_item_create,
    payment_record,
    payment_reverse,
    waiver_approve,
    waiver_request,
)
from saas.residents.models import Occupancy

MONTHS = 6
PROPERTY_FEES = {"京华园": Decimal("2.80"), "清河嘉园": Decimal("1.95"), "运河湾畔": Decimal("2.40")}


def _fee_items(first: date) -> None:
    communities = dict(Community.objects.values_list("name", "id"))
    everywhere = list(communities.values())
    start = add_months(first, -12)
    for order, (name, price) in enumerate(PROPERTY_FEES.items(), start=1):
        fee_item_create(
            name=f"物业费（{name}）",
            kind="area",
            unit_price=price,
            cycle_months=1,
            community_ids=[communities[name]],
            house_kinds=["residential"],
            effective_from=start,
            sort_order=order,
        )
    fee_item_create(
        name="商铺物业费",
        kind="area",
        unit_price=Decimal("6.50"),
        cycle_months=1,
        community_ids=everywhere,
        house_kinds=["shop"],
        effective_from=start,
        sort_order=4,
    )
    fee_item_create(
        name="垃圾清运费",
        kind="fixed",
        unit_price=Decimal("15.00"),
        cycle_months=1,
        community_ids=everywhere,
        effective_from=start,
        sort_order=5,
    )
    fee_item_create(
        name="水费",
        kind="metered",
        meter_type="water",
        unit_price=Decimal("5.00"),
        cycle_months=1,
        community_ids=everywhere,
        effective_from=start,
        sort_order=6,
    )
    fee_item_create(
        name="电费",
        kind="metered",
        meter_type="electricity",
        unit_price=Decimal("0.4883"),
        cycle_months=1,
        community_ids=everywhere,
        house_kinds=["shop"],
        effective_from=start,
        sort_order=7,
    )


# Water: a starting reading the month before the first bill, then 4–15 t a month; shops' electricity
# 300–1,500 kWh a month. One statement per meter type.
READINGS = """
INSERT INTO finance_meterreading (house_id, meter_type, period, reading, previous_reading, consumption,
                                  is_replacement, recorded_by_id, created_at)
SELECT h.id, %(meter)s, p.period,
       %(base)s + SUM(u.used) OVER w,
       CASE WHEN p.n = 0 THEN NULL ELSE %(base)s + SUM(u.used) OVER w - u.used END,
       CASE WHEN p.n = 0 THEN 0 ELSE u.used END,
       false, %(user)s, p.period + interval '25 days'
FROM estates_house h
CROSS JOIN LATERAL (
    SELECT n, (%(first)s::date + make_interval(months => n))::date AS period FROM generate_series(0, %(months)s) n
) p
CROSS JOIN LATERAL (
    SELECT CASE WHEN p.n = 0 THEN 0 ELSE %(low)s + mod(h.id * 37 + p.n * 101, %(spread)s) END::numeric(12, 2) AS used
) u
WHERE h.kind = ANY(%(kinds)s)
WINDOW w AS (PARTITION BY h.id ORDER BY p.n)
"""


def _readings(first: date, reader: User) -> None:
    before = add_months(first, -1)
    with connection.cursor() as cursor:
        for meter, kinds, base, low, spread in (
            ("water", ["residential", "shop"], 1000, 4, 12),
            ("electricity", ["shop"], 20000, 300, 1200),
        ):
            cursor.execute(
                READINGS,
                {
                    "meter": meter,
                    "kinds": kinds,
                    "base": base,
                    "low": low,
                    "spread": spread,
                    "user": reader.pk,
                    "first": before,
                    "months": MONTHS,
                },
            )


def _arrears_months(house_id: int) -> int:
    """How many of the latest months a house has not paid: most pay everything."""
    bucket = (house_id * 7919) % 100
    for limit, months in ((84, 0), (90, 1), (94, 2), (97, 4), (100, MONTHS)):
        if bucket < limit:
            return months
    return 0


# Every chosen bill paid in full by one payment, between its period's start and its due date but
# never after the moment of seeding (this month's bills were paid in the days already gone):
# payments, their allocations (one per line), the lines' and bills' caches, the receipt counter.
PAY_IN_FULL = """
WITH chosen AS (
    SELECT b.id AS bill_id, b.house_id, b.community_id, b.amount_fen,
           LEAST(b.period + mod(b.house_id, GREATEST(1, LEAST(25, %(today)s - b.period))) * interval '1 day'
                          + interval '9 hours' + mod(b.house_id * 13, 480) * interval '1 minute',
                 %(now)s - mod(b.house_id, 60) * interval '1 minute') AS paid_at,
           (ARRAY['bank_transfer', 'bank_transfer', 'cash', 'pos'])[1 + mod(b.house_id, 4)] AS method
    FROM finance_bill b WHERE b.id = ANY(%(bills)s) AND b.amount_fen > 0
),
numbered AS (
    SELECT c.*, (SELECT last_no FROM finance_receiptcounter WHERE id = 1)
                + row_number() OVER (ORDER BY c.paid_at, c.bill_id) AS receipt_no
    FROM chosen c
),
payments AS (
    INSERT INTO finance_payment (house_id, community_id, amount_fen, method, received_at, cashier_id, payer_name,
                                 reference, receipt_no, reason, created_at)
    SELECT house_id, community_id, amount_fen, method, paid_at, %(cashier)s, '',
           CASE WHEN method = 'bank_transfer' THEN 'YH' || lpad(receipt_no::text, 10, '0') ELSE '' END,
           receipt_no, '', paid_at
    FROM numbered
    RETURNING id, receipt_no
),
allocated AS (
    INSERT INTO finance_allocation (bill_id, bill_line_id, amount_fen, payment_id, created_at)
    SELECT n.bill_id, l.id, l.amount_fen, p.id, n.paid_at
    FROM numbered n JOIN payments p ON p.receipt_no = n.receipt_no
    JOIN finance_billline l ON l.bill_id = n.bill_id AND l.amount_fen > 0
    RETURNING id
),
lines AS (
    UPDATE finance_billline l SET paid_fen = l.amount_fen FROM numbered n WHERE l.bill_id = n.bill_id RETURNING l.id
),
bills AS (
    UPDATE finance_bill b SET paid_fen = b.amount_fen, status = 'paid' FROM numbered n WHERE b.id = n.bill_id
    RETURNING b.id
)
UPDATE finance_receiptcounter SET last_no = last_no + (SELECT COUNT(*) FROM payments) WHERE id = 1
"""


def _noon(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


def seed_finance() -> None:
    """Call after estates, staff and residents exist, in the demo schema."""
    now = timezone.now()
    today = timezone.localdate(now)
    last = month_start(today)
    first = add_months(last, -(MONTHS - 1))
    cashier = User.objects.get(username="caiwu")
    manager = User.objects.get(username="jingli")
    _fee_items(first)
    _readings(first, cashier)
    communities = list(Community.objects.values_list("pk", flat=True))
    home = _demo_owner_house()
    special = _special_houses(home)  # paid through the services below
    for n in range(MONTHS):
        period = add_months(first, n)
        billing_run_create(
            period=period, community_ids=communities, created_by=cashier, today=min(period + timedelta(1), today)
        )
        paid = [
            bill_id
            for bill_id, house_id in Bill.objects.filter(period=period).values_list("pk", "house_id")
            if house_id not in special.values()
            and n < MONTHS - _arrears_months(house_id)
            and (period < last or house_id % 2 == 0)  # this month's bills: half paid so far
            and (period < last or house_id != home)  # 张伟 still has this month's bill to pay online
        ]
        with connection.cursor() as cursor:
            cursor.execute(PAY_IN_FULL, {"bills": paid, "cashier": cashier.pk, "today": today, "now": now})
    _special_cases(special, cashier, manager, today)


def _demo_owner_house() -> int:
    from saas.demo.residents import DEMO_OWNER_PHONE

    occupancy = Occupancy.objects.active().get(resident__user__username=DEMO_OWNER_PHONE)
    return occupancy.house_id


def _special_houses(home: int) -> dict[str, int]:
    """The houses of the special cases, by case. The waivers are at 京华园, where the manager
    ``jingli`` decides them (he sees no other community)."""
    by_community: dict[str, list[int]] = {}
    residential = House.objects.filter(kind="residential").exclude(pk=home).order_by("pk")
    for pk, name in residential.values_list("pk", "community__name"):
        by_community.setdefault(name, []).append(pk)
    jinghua, qinghe, yunhe = (by_community[name] for name in PROPERTY_FEES)
    return {
        "prepaying": qinghe[40],
        "partial": yunhe[60],
        "reversed": jinghua[80],
        "waived": jinghua[160],
        "pending": jinghua[240],
    }


def _special_cases(houses: dict[str, int], cashier: User, manager: User, today: date) -> None:
    """A prepayment, a part payment, a reversal, an approved and a pending waiver."""
    yesterday = _noon(today - timedelta(days=1))
    prepaying, partial, reversed_ = houses["prepaying"], houses["partial"], houses["reversed"]
    waived, pending = houses["waived"], houses["pending"]
    payment_record(
        house_id=prepaying,
        amount_fen=300000,
        method="bank_transfer",
        cashier=cashier,
        payer_name="李秀英",
        reference="YH20260001",
        at=yesterday,
    )
    payment_record(house_id=partial, amount_fen=20000, method="cash", cashier=cashier, payer_name="王芳", at=yesterday)
    wrong = payment_record(house_id=reversed_, amount_fen=88800, method="pos", cashier=cashier, at=yesterday)
    payment_reverse(payment_id=wrong.pk, reason="POS 刷卡金额输错，已按正确金额重新收款", cashier=cashier, at=yesterday)
    payment_record(house_id=reversed_, amount_fen=8880, method="pos", cashier=cashier, at=yesterday)
    for house_id, approve in ((waived, True), (pending, False)):
        bill = Bill.objects.filter(house_id=house_id, status__in=OPEN_STATUSES).order_by("period").first()
        if bill is None:
            continue
        waiver = waiver_request(
            bill_id=bill.pk,
            amount_fen=min(bill.balance_fen, 5000),
            requested_by=cashier,
            reason="业主长期出国、房屋空置，申请减免垃圾清运费"
            if approve
            else "装修期间电梯损坏停运一个月，申请减免部分物业费",
        )
        if approve:
            waiver_approve(waiver_id=waiver.pk, decided_by=manager, note="情况属实，同意")
