"""GraphQL types of online payments. Money is ``Yuan``; merchant credentials appear only as
"configured" and the last four characters of each field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay
from strawberry.relay import to_base64

from billing.gateways.base import Channel
from billing.gateways.sandbox import LABEL, LABEL_EN
from billing.models import (
    EventKind,
    EventOutcome,
    OrderPurpose,
    OrderState,
    PaymentOrder,
    Provider,
    ReconciliationReport,
)
from billing.services.credentials import GatewaySetting
from permissions.scoping import visible_to
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.core.scalars import Yuan

strawberry.enum(Provider, name="PaymentGateway", description="ALIPAY, STRIPE or SANDBOX (no real money).")
strawberry.enum(
    Channel,
    name="PaymentChannel",
    description="QR_CODE (scan to pay), PAGE (desktop redirect), APP (Alipay app order string), CARD (Stripe).",
)
strawberry.enum(OrderState, name="PaymentOrderState", description="Where an online payment order stands.")
strawberry.enum(OrderPurpose, name="PaymentOrderPurpose", description="What an online payment order pays for.")
strawberry.enum(EventKind, name="PaymentEventKind", description="What happened to a payment order.")
strawberry.enum(EventOutcome, name="PaymentEventOutcome", description="Whether a payment event worked.")


def sandbox_label(provider: str, language_en: bool = False) -> str:
    return (LABEL_EN if language_en else LABEL) if provider == Provider.SANDBOX else ""


@strawberry.type(name="PaymentCheckout", description="What the front end needs to take the payment.")
class CheckoutType:
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道) taking the money.")
    channel: Channel = strawberry.field(description="How the payer pays: which of the fields below is set.")
    qr_code_url: str | None = strawberry.field(description="QR_CODE: encode this in a QR code (or open it).")
    redirect_url: str | None = strawberry.field(description="PAGE: send the browser here.")
    order_string: str | None = strawberry.field(description="APP: hand this to the Alipay app SDK.")
    client_secret: str | None = strawberry.field(description="CARD: give this to Stripe's payment sheet.")
    is_real_money: bool = strawberry.field(description="False for the sandbox: no real money moves.")
    label: str = strawberry.field(description="模拟支付 · 非真实资金 for the sandbox; show it. Empty otherwise.")

    @classmethod
    def of(cls, order: PaymentOrder) -> CheckoutType:
        data = order.checkout or {}
        return cls(
            gateway=Provider(order.provider),
            channel=Channel(order.channel),
            qr_code_url=data.get("qr_code_url"),
            redirect_url=data.get("redirect_url"),
            order_string=data.get("order_string"),
            client_secret=data.get("client_secret"),
            is_real_money=order.provider != Provider.SANDBOX,
            label=sandbox_label(order.provider),
        )


@strawberry.type(name="PaymentEvent", description="Something that happened to an order, oldest first.")
class PaymentEventType:
    kind: EventKind = strawberry.field(description="What happened to the order.")
    outcome: EventOutcome = strawberry.field(description="Whether it worked.")
    state: str = strawberry.field(description="What the provider said: paid, closed, pending (empty for a checkout).")
    amount: Yuan | None = strawberry.field(description="The money it concerned, in yuan; null: none.")
    detail: str = strawberry.field(description="What the provider or our side said, for support; may be empty.")
    created_at: datetime = strawberry.field(description="When it happened (+08:00).")


@model_type(PaymentOrder, name="PaymentOrder", description="支付订单 An online payment of bills and what became of it.")
class PaymentOrderType(relay.Node):
    out_trade_no: str = model_field(description="商户订单号, as the provider shows it.")
    gateway: Provider = model_field(field_name="provider")
    channel: Channel
    state: OrderState
    purpose: OrderPurpose = model_field(description="Bills, a parking purchase (space, pass, stay) or a plan.")
    amount: Yuan = model_field(
        field_name="amount_fen",
        description="What is paid: the bills' exact balance, or the parking price, when ordered.",
    )
    currency: str = model_field()
    subject: str = model_field()
    created_at: datetime = model_field()
    expires_at: datetime = model_field(description="After this the order can no longer be paid.")
    paid_at: datetime | None = model_field(description="When the provider confirmed the payment; null: not paid.")
    closed_at: datetime | None = model_field(description="When the order was closed unpaid; null: not closed.")
    to_prepaid: Yuan = model_field(
        field_name="to_prepaid_fen", description="What the bills no longer needed, kept as prepaid credit."
    )
    refund_due: bool = model_field(description="Money came for bills already settled: refund it (or keep the credit).")
    paid_late: bool = model_field(description="Paid after the order had been closed.")
    refunded: Yuan = model_field(field_name="refunded_fen")
    provider_trade_no: str = model_field(description="The provider's trade number (支付宝交易号, PaymentIntent id).")

    @strawberry_django.field(only=["provider"], description="False for the sandbox: no real money moves.")
    def is_real_money(self, root: PaymentOrder) -> bool:
        return root.provider != Provider.SANDBOX

    @strawberry_django.field(only=["provider"], description="模拟支付 · 非真实资金 for the sandbox.")
    def label(self, root: PaymentOrder) -> str:
        return sandbox_label(root.provider)

    @strawberry_django.field(only=["house_id"], description="The house (a House ID).")
    def house_id(self, root: PaymentOrder) -> relay.GlobalID | None:
        return relay.GlobalID("House", str(root.house_id)) if root.house_id else None

    @strawberry_django.field(only=["bill_ids"], description="The bills paid, in allocation order (Bill IDs).")
    def bill_ids(self, root: PaymentOrder) -> list[relay.GlobalID]:
        return [relay.GlobalID("Bill", str(pk)) for pk in root.bill_ids]

    @strawberry_django.field(only=["payment_id"], description="The ledger payment it booked (a Payment ID).")
    def payment_id(self, root: PaymentOrder) -> relay.GlobalID | None:
        return relay.GlobalID("Payment", str(root.payment_id)) if root.payment_id else None

    @strawberry_django.field(
        only=["payer_id", "checkout", "provider", "channel", "state"],
        description="The checkout again, for the person who started it while it can still be paid.",
    )
    def checkout(self, root: PaymentOrder, info: Info) -> CheckoutType | None:
        if root.payer_id != info.context.viewer.pk or root.state != OrderState.PENDING:
            return None
        return CheckoutType.of(root)

    @strawberry_django.field(prefetch_related=["events"], description="Its history, oldest first.")
    def events(self, root: PaymentOrder) -> list[PaymentEventType]:
        return [
            PaymentEventType(
                kind=EventKind(e.kind),
                outcome=EventOutcome(e.outcome),
                state=e.state,
                amount=Yuan(e.amount_fen) if e.amount_fen is not None else None,
                detail=e.detail,
                created_at=e.created_at,
            )
            for e in sorted(root.events.all(), key=lambda e: (e.created_at, e.pk))
        ]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[PaymentOrder], info: Info, **kwargs: Any) -> QuerySet[PaymentOrder]:
        return visible_to(info.context.viewer, queryset)


@strawberry.type(name="CredentialHint", description="A stored credential field: its last four characters only.")
class CredentialHintType:
    name: str = strawberry.field(description="The credential field's name, e.g. app_id or private_key.")
    last4: str = strawberry.field(description="Its last four characters, so you can tell which one is stored.")


@strawberry.type(name="PaymentGatewaySetting", description="One gateway of the merchant: configured or not.")
class PaymentGatewaySettingType:
    gateway: Provider = strawberry.field(description="The payment provider (支付渠道).")
    configured: bool = strawberry.field(description="True when its credentials are stored.")
    enabled: bool = strawberry.field(description="True when payers may use it.")
    fields: list[CredentialHintType] = strawberry.field(description="Never the values: the last four characters.")
    updated_at: datetime | None = strawberry.field(description="When it was last configured; null: never.")
    tested_at: datetime | None = strawberry.field(description="When paymentGatewayTest last ran; null: never.")
    test_ok: bool | None = strawberry.field(description="Result of the last paymentGatewayTest; null: not tested.")
    test_message: str = strawberry.field(description="What the last test said; empty: not tested.")
    notify_url: str = strawberry.field(description="Give this URL to the provider (Alipay notify URL, Stripe webhook).")
    is_real_money: bool = strawberry.field(description="False for the sandbox: no real money moves.")

    @classmethod
    def of(cls, setting: GatewaySetting, notify_url: str) -> PaymentGatewaySettingType:
        return cls(
            gateway=Provider(setting.provider),
            configured=setting.configured,
            enabled=setting.enabled,
            fields=[CredentialHintType(name=k, last4=v) for k, v in sorted(setting.hints.items())],
            updated_at=setting.updated_at,
            tested_at=setting.tested_at,
            test_ok=setting.test_ok,
            test_message=setting.test_message,
            notify_url=notify_url,
            is_real_money=setting.provider != Provider.SANDBOX,
        )


@strawberry.type(name="ReconciliationLine", description="One order whose three views disagree.")
class ReconciliationLineType:
    out_trade_no: str = strawberry.field(description="商户订单号, our order number.")
    gateway: str = strawberry.field(description="The provider's code, e.g. alipay or sandbox.")
    amount: Yuan = strawberry.field(description="The order's amount, in yuan.")
    state: str = strawberry.field(description="Our order's state: pending, paid, closed or refunded.")
    ledger_amount: Yuan | None = strawberry.field(description="What the ledger booked for it; null: nothing.")
    gateway_state: str = strawberry.field(description="paid, pending, closed, unknown or unreachable.")
    gateway_amount: Yuan | None = strawberry.field(description="What the gateway says was paid; null: unknown.")
    problem: str = strawberry.field(description="Comma-separated: ledger, gateway_state, gateway_amount, refund_due.")


@strawberry.type(name="ReconciliationReport", description="对账单 One day: our orders, the ledger, the gateways.")
class ReconciliationReportType:
    day: date = strawberry.field(description="The day reconciled (Asia/Shanghai).")
    generated_at: datetime = strawberry.field(description="When the report was computed (+08:00).")
    orders: int = strawberry.field(description="Online orders created that day.")
    paid_orders: int = strawberry.field(description="Of those, the ones paid.")
    paid: Yuan = strawberry.field(description="What our paid orders add up to, in yuan.")
    parking_paid: Yuan = strawberry.field(
        description="Of paid, what parking orders add up to (spaces, passes, stays: not in the bills' ledger)."
    )
    ledger: Yuan = strawberry.field(description="Online money booked in the ledger that day.")
    reversed: Yuan = strawberry.field(description="Online money reversed (refunded) that day.")
    gateway_paid: Yuan = strawberry.field(description="What the gateways say was paid for these orders.")
    refund_due: int = strawberry.field(
        description="Orders whose money bought nothing (bills already settled, a space taken): refund them."
    )
    discrepancies: list[ReconciliationLineType] = strawberry.field(
        description="Orders whose views disagree; empty: all agree."
    )

    @classmethod
    def of(cls, report: ReconciliationReport) -> ReconciliationReportType:
        s = report.summary
        return cls(
            day=report.day,
            generated_at=report.generated_at,
            orders=int(s.get("orders", 0)),
            paid_orders=int(s.get("paid_orders", 0)),
            paid=Yuan(int(s.get("paid_fen", 0))),
            parking_paid=Yuan(int(s.get("parking_paid_fen", 0))),
            ledger=Yuan(int(s.get("ledger_fen", 0))),
            reversed=Yuan(int(s.get("reversed_fen", 0))),
            gateway_paid=Yuan(int(s.get("gateway_paid_fen", 0))),
            refund_due=int(s.get("refund_due", 0)),
            discrepancies=[
                ReconciliationLineType(
                    out_trade_no=d["out_trade_no"],
                    gateway=d["provider"],
                    amount=Yuan(d["amount_fen"]),
                    state=d["state"],
                    ledger_amount=Yuan(d["ledger_fen"]) if d["ledger_fen"] is not None else None,
                    gateway_state=d["gateway_state"],
                    gateway_amount=Yuan(d["gateway_amount_fen"]) if d["gateway_amount_fen"] is not None else None,
                    problem=d["problem"],
                )
                for d in report.discrepancies
            ],
        )


def order_gid(order: PaymentOrder) -> str:
    return to_base64("PaymentOrder", order.pk)
