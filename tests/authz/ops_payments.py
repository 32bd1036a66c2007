"""The matrix for online payments: gateway settings and the subscription link (admin), billsPay
(owners, their own bills), order lookups (staff with BILL_VIEW in scope, owners their own),
refunds (finance in scope, admin), the reconciliation report (admin)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django_tenants.utils import tenant_context

from billing.gateways.base import out_trade_no_new
from billing.models import OrderPurpose, OrderState, PaymentOrder
from billing.services.credentials import credentials_configure, merchant_ids
from saas.accounts.models import User
from saas.finance.models import Bill
from saas.finance.services import billing_run_create, fee_item_create, payment_record
from tests.authz.matrix import FORBIDDEN, HIDDEN, OK, Operation, outcomes, shared_list
from tests.authz.world import World, gid

ADMIN_ONLY = {"with_role": "admin", "without_role": "manager"}
JAN, FEB = date(2026, 1, 1), date(2026, 2, 1)


def _payments(w: World) -> dict[str, str]:
    """Bills of the owner's house for two months, the sandbox configured, and January paid online
    through it (made once per world)."""
    if "payments" not in w.extra:
        with tenant_context(w.company):
            admin = User.objects.get(username="admin")
            fee_item_create(
                name="物业费",
                kind="fixed",
                unit_price=Decimal("100.00"),
                cycle_months=1,
                community_ids=[w.community_x.pk],
                effective_from=JAN,
            )
            for period in (JAN, FEB):
                billing_run_create(period=period, community_ids=[w.community_x.pk], created_by=admin, today=FEB)
            credentials_configure(provider="sandbox", values=None)
            jan = Bill.objects.get(house=w.house_x, period=JAN)
            feb = Bill.objects.get(house=w.house_x, period=FEB)
            app_id, seller_id = merchant_ids("sandbox")
            payment = payment_record(
                house_id=w.house_x.pk, amount_fen=jan.balance_fen, method="sandbox", cashier=None, bill_ids=[jan.pk]
            )
            order = PaymentOrder.objects.create(
                out_trade_no=out_trade_no_new("WY"),
                provider="sandbox",
                channel="qr_code",
                purpose=OrderPurpose.BILLS,
                state=OrderState.PAID,
                amount_fen=payment.amount_fen,
                subject="物业费 0101 2026-01",
                house_id=w.house_x.pk,
                community_id=w.community_x.pk,
                bill_ids=[jan.pk],
                payer=w.owner,
                merchant_app_id=app_id,
                merchant_seller_id=seller_id,
                expires_at=payment.received_at,
                payment_id=payment.pk,
                paid_at=payment.received_at,
            )
        w.extra["payments"] = {
            "order": gid("PaymentOrder", order.pk),
            "number": order.out_trade_no,
            "feb": gid("Bill", feb.pk),
        }
    return w.extra["payments"]  # type: ignore[no-any-return]


def _number(w: World) -> str:
    return _payments(w)["number"]


OPERATIONS = [
    Operation(
        "paymentGatewaySettings",
        "{ paymentGatewaySettings { gateway configured } }",
        lambda w: {},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "paymentGatewayConfigure",
        "mutation { paymentGatewayConfigure(input: {gateway: SANDBOX}) { errors { code } } }",
        lambda w: {},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "paymentGatewayTest",
        "mutation { paymentGatewayTest(input: {gateway: SANDBOX}) { ok errors { code } } }",
        lambda w: (_payments(w), {})[1],
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "subscriptionCheckoutLink",
        'mutation { subscriptionCheckoutLink(input: {plan: "professional", months: 1}) { errors { code } } }',
        lambda w: {},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "billsPay",
        "mutation($b: ID!) { billsPay(input: {bills: [$b], gateway: SANDBOX, channel: QR_CODE}) "
        "{ errors { code } order { outTradeNo } } }",
        lambda w: {"b": _payments(w)["feb"]},
        outcomes(owner=OK, other_owner=HIDDEN, with_=FORBIDDEN, admin=FORBIDDEN),
        with_role="finance",
        without_role="manager",
    ),
    Operation(
        "paymentOrders",
        "{ paymentOrders { edges { node { outTradeNo } } } }",
        lambda w: (_payments(w), {})[1],
        shared_list(),
        with_role="finance",
        without_role="technician",
        marker=_number,
    ),
    Operation(
        "paymentOrder",
        "query($n: String!) { paymentOrder(outTradeNo: $n) { outTradeNo events { kind } } }",
        lambda w: {"n": _number(w)},
        outcomes(owner=OK, other_owner=HIDDEN, elsewhere=HIDDEN),
        with_role="finance",
        without_role="technician",
        marker=_number,
    ),
    Operation(
        "paymentRefund",
        'mutation($id: ID!) { paymentRefund(input: {order: $id, reason: "业主重复缴费"}) { errors { code } } }',
        lambda w: {"id": _payments(w)["order"]},
        outcomes(),
        with_role="finance",
        without_role="manager",
    ),
    Operation(
        "paymentReconciliationReport",
        '{ paymentReconciliationReport(date: "2026-01-05") { orders } }',
        lambda w: {},
        outcomes(),
        with_role="admin",
        without_role="finance",
    ),
]
