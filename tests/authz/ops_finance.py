"""The matrix for fees, bills, payments, waivers and the finance reports.

The finance rows of the world (made once, on first use): 物业费 for community X, this month's bills
of X, a payment on the owner's house by the admin, a meter reading there, and a waiver of the
owner's bill asked for by X's finance staff (so the admin and X's manager may decide it).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.finance.amounts import add_months, month_start
from saas.finance.models import Bill
from saas.finance.services import (
    billing_run_create,
    fee_item_create,
    meter_reading_record,
    payment_record,
    waiver_request,
)
from tests.authz.matrix import HIDDEN, OK, Operation, by_id, outcomes, shared_list, staff_list
from tests.authz.world import World, gid
from tests.factories import staff_member

THIS_MONTH = month_start(timezone.localdate())
COMMUNITY_X_NAME = "望京花园"


def _fin(w: World) -> dict[str, Any]:
    if "finance" not in w.extra:
        with tenant_context(w.company):
            admin = User.objects.get(username="admin")
            item = fee_item_create(
                name="物业费",
                kind="area",
                unit_price=Decimal("2.80"),
                cycle_months=1,
                community_ids=[w.community_x.pk],
                effective_from=THIS_MONTH,
            )
            billing_run_create(period=THIS_MONTH, community_ids=[w.community_x.pk], created_by=admin)
            bill = Bill.objects.get(house=w.house_x, period=THIS_MONTH)
            payment = payment_record(house_id=w.house_x.pk, amount_fen=100, method="cash", cashier=admin)
            reading = meter_reading_record(
                house_id=w.house_x.pk, meter_type="water", period=THIS_MONTH, reading=Decimal("10"), recorded_by=admin
            )
            asker = staff_member("finance-asker", "finance", (w.community_x,))
            waiver = waiver_request(bill_id=bill.pk, amount_fen=100, reason="空置减免", requested_by=asker)
        w.extra["finance"] = {
            "item": gid("FeeItem", item.pk),
            "bill": gid("Bill", bill.pk),
            "payment": gid("Payment", payment.pk),
            "reading": gid("MeterReading", reading.pk),
            "waiver": gid("Waiver", waiver.pk),
        }
    return dict(w.extra["finance"])


def _other_bill(w: World) -> str:
    """A bill of X nobody paid: this month's bill of the vacant house."""
    _fin(w)
    with tenant_context(w.company):
        return gid("Bill", Bill.objects.get(house=w.house_vacant_x, period=THIS_MONTH).pk)


def _ref(key: str) -> Any:
    return lambda w: _fin(w)[key]


def _x(w: World) -> str:
    return gid("Community", w.community_x.pk)


BILL_READERS = {"with_role": "service", "without_role": "technician"}
FEE_SETUP = {"with_role": "finance", "without_role": "service"}
PAYMENTS = {"with_role": "finance", "without_role": "manager"}
REPORTS = {"with_role": "finance", "without_role": "service"}
ADMIN_ONLY = {"with_role": "admin", "without_role": "manager"}
RUN = "mutation($c: ID!, $p: Date!) { billingRunCreate(input: {period: $p, communities: [$c]}) { errors { code } } }"


def _run_variables(w: World) -> dict[str, Any]:
    _fin(w)
    return {"c": _x(w), "p": THIS_MONTH.isoformat()}


def _report_world(w: World) -> dict[str, Any]:
    _fin(w)
    return {}


READS = [
    Operation("bill", "query($id: ID!) { bill(id: $id) { id } }", lambda w: {"id": _fin(w)["bill"]}, by_id(),
              marker=_ref("bill"), **BILL_READERS),
    Operation("feeItems", "{ feeItems { edges { node { id } } } }", _report_world, staff_list(),
              marker=_ref("item"), **BILL_READERS),
    Operation("meterReadings", "{ meterReadings { edges { node { id } } } }", _report_world, shared_list(),
              marker=_ref("reading"), with_role="technician", without_role="service"),
    Operation("bills", "{ bills { edges { node { id } } } }", _report_world, shared_list(),
              marker=_ref("bill"), **BILL_READERS),
    Operation("payments", "{ payments { edges { node { id } } } }", _report_world, shared_list(),
              marker=_ref("payment"), **BILL_READERS),
    Operation("waivers", "{ waivers { edges { node { id } } } }", _report_world, staff_list(),
              marker=_ref("waiver"), **BILL_READERS),
    Operation("houseFinance", "query($h: ID!) { houseFinance(house: $h) { prepaidBalance openBills } }",
              lambda w: {**_report_world(w), "h": gid("House", w.house_x.pk)},
              outcomes(owner=OK, other_owner=HIDDEN, elsewhere=HIDDEN),
              marker=lambda w: "prepaidBalance", **BILL_READERS),
    Operation("financePolicy", "{ financePolicy { lateFeeEnabled } }", lambda w: {}, outcomes(), **ADMIN_ONLY),
    Operation("billingRunPreview",
              "query($c: ID!, $p: Date!) { billingRunPreview(input: {period: $p, communities: [$c]}) "
              "{ preview { houses } errors { code } } }",
              _run_variables, outcomes(), **FEE_SETUP),
    Operation("collectionReport", "{ collectionReport { rows { community { name } } } }", _report_world,
              staff_list(), marker=lambda w: COMMUNITY_X_NAME, **REPORTS),
    Operation("arrearsAgingReport", "{ arrearsAgingReport { rows { community { name } } } }", _report_world,
              staff_list(), marker=lambda w: COMMUNITY_X_NAME, **REPORTS),
    Operation("incomeReport",
              "query($d: Date!) { incomeReport(dateFrom: $d, dateTo: $d) { byFeeItem { label } } }",
              lambda w: {**_report_world(w), "d": timezone.localdate().isoformat()},
              staff_list(), marker=lambda w: "物业费", **REPORTS),
    Operation("dailyCashReport", "{ dailyCashReport { rows { method } } }", _report_world,
              staff_list(), marker=lambda w: "CASH", **REPORTS),
]  # fmt: skip

WRITES = [
    Operation("feeItemCreate",
              'mutation($c: ID!, $p: Date!) { feeItemCreate(input: {name: "垃圾清运费", kind: FIXED, '
              'unitPrice: "15.00", communities: [$c], effectiveFrom: $p}) { errors { code } } }',
              _run_variables, outcomes(), **FEE_SETUP),
    Operation("feeItemUpdate",
              'mutation($id: ID!) { feeItemUpdate(input: {id: $id, unitPrice: "3.00"}) { errors { code } } }',
              lambda w: {"id": _fin(w)["item"]}, outcomes(), **FEE_SETUP),
    Operation("meterReadingRecord",
              "mutation($h: ID!, $p: Date!) { meterReadingRecord(input: {house: $h, meterType: WATER, period: $p, "
              'reading: "20.00"}) { errors { code } } }',
              lambda w: {**_report_world(w), "h": gid("House", w.house_x.pk),
                         "p": add_months(THIS_MONTH, 1).isoformat()},
              outcomes(), with_role="technician", without_role="service"),
    Operation("billingRunCreate", RUN, _run_variables, outcomes(), **FEE_SETUP),
    Operation("billCancel",
              'mutation($id: ID!) { billCancel(input: {id: $id, reason: "出错"}) { errors { code } } }',
              lambda w: {"id": _other_bill(w)}, outcomes(), **FEE_SETUP),
    Operation("financePolicyUpdate",
              "mutation { financePolicyUpdate(input: {lateFeeEnabled: true}) { errors { code } } }",
              lambda w: {}, outcomes(), **ADMIN_ONLY),
    Operation("paymentRecord",
              'mutation($h: ID!) { paymentRecord(input: {house: $h, amount: "10.00", method: CASH}) '
              "{ errors { code } } }",
              lambda w: {**_report_world(w), "h": gid("House", w.house_x.pk)}, outcomes(), **PAYMENTS),
    Operation("paymentReverse",
              'mutation($id: ID!) { paymentReverse(input: {id: $id, reason: "错收"}) { errors { code } } }',
              lambda w: {"id": _fin(w)["payment"]}, outcomes(), **PAYMENTS),
    Operation("waiverRequest",
              'mutation($b: ID!) { waiverRequest(input: {bill: $b, amount: "1.00", reason: "维修期间"}) '
              "{ errors { code } } }",
              lambda w: {"b": _fin(w)["bill"]}, outcomes(), with_role="finance", without_role="service"),
    Operation("waiverApprove",
              "mutation($id: ID!) { waiverApprove(input: {id: $id}) { errors { code } } }",
              lambda w: {"id": _fin(w)["waiver"]}, outcomes(), with_role="manager", without_role="finance"),
    Operation("waiverReject",
              'mutation($id: ID!) { waiverReject(input: {id: $id, note: "材料不全"}) { errors { code } } }',
              lambda w: {"id": _fin(w)["waiver"]}, outcomes(), with_role="manager", without_role="finance"),
]  # fmt: skip

OPERATIONS = [*READS, *WRITES]
