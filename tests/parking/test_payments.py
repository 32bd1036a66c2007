"""线上缴费: an offered space paid through the payment layer (the real Alipay and Stripe SDKs against
their emulators), active exactly once however often the notification comes; an unpaid offer lapses
and frees its space; money for a lapsed offer revives it if the space is still free, else is
flagged for a refund; monthly passes renew from max(end, today); a stay is paid once."""

from __future__ import annotations

import datetime
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.db.backends.postgresql.psycopg_any import DateRange
from django.utils import timezone

from billing.models import OrderPurpose, OrderState, PaymentOrder
from billing.services.reconciliation import reconciliation_report_build
from saas.finance.services import fee_item_create
from saas.parking.models import (
    ParkingApplication,
    ParkingPayment,
    ParkingRight,
    ParkingSession,
    PaymentOutcome,
    RightKind,
    RightState,
)
from saas.parking.periods import add_months, months_from
from saas.parking.services.applications import (
    ApplicationRequest,
    parking_application_offer,
    parking_application_submit,
    parking_offers_expire,
)
from saas.parking.services.common import right_write
from saas.parking.services.sessions import vehicle_entry_record, vehicle_exit_record
from saas.parking.services.tariffs import TariffTerms
from tests.billing.conftest import configure_alipay, configure_stripe, deliver, deliver_alipay
from tests.billing.emulators.alipay import AlipayEmulator
from tests.billing.emulators.stripe import StripeEmulator
from tests.graphql import error_codes
from tests.parking.conftest import Lot, codes, gid, mutate, tariff_in_force, today

ORDER = "order { outTradeNo amount state subject } checkout { qrCodeUrl clientSecret }"


@pytest.fixture
def rent(lot: Lot) -> None:
    """车位月租 300.00 元/车位/月 in X."""
    lot.in_schema(
        lambda: fee_item_create(
            name="车位租金",
            kind="parking",
            unit_price=Decimal("300.00"),
            cycle_months=1,
            community_ids=[lot.x.pk],
            effective_from=datetime.date(2025, 1, 1),
        )
    )


def _offered(lot: Lot, months: int = 6, space: int = 0, resident: Any = None, car: Any = None) -> ParkingApplication:
    def run() -> ParkingApplication:
        application = parking_application_submit(
            applicant=resident or lot.owner_resident,
            request=ApplicationRequest(lot.x.pk, (car or lot.car).pk, months, today()),
        )
        return parking_application_offer(
            application_id=application.pk, space_id=lot.spaces[space].pk, actor=lot.manager
        )

    return lot.in_schema(run)


def _pay_offer(
    lot: Lot, application: ParkingApplication, gateway: str = "ALIPAY", channel: str = "QR_CODE", user: Any = None
) -> dict[str, Any]:
    data = {"id": gid("ParkingApplication", application.pk), "gateway": gateway, "channel": channel}
    return mutate(lot.client(user or lot.owner), "parkingOfferPay", data, ORDER)


def _state(lot: Lot, application: ParkingApplication) -> tuple[str, str, list[str]]:
    def read() -> tuple[str, str, list[str]]:
        application.refresh_from_db()
        right = ParkingRight.objects.get(pk=application.right_id)
        outcomes = list(ParkingPayment.objects.filter(application=application).values_list("outcome", flat=True))
        return application.state, right.state, outcomes

    return lot.in_schema(read)


def _overlaps(lot: Lot) -> int:
    """Pairs of holding rights on one space whose periods overlap: must always be none."""

    def count() -> int:
        return sum(
            ParkingRight.objects.filter(
                space_id=right.space_id, state__in=["reserved", "active"], period__overlap=right.period
            )
            .exclude(pk=right.pk)
            .count()
            for right in ParkingRight.objects.filter(state__in=["reserved", "active"])
        )

    return lot.in_schema(count)


def test_an_offer_paid_with_alipay_is_active_once_however_often_alipay_says_so(
    lot: Lot, rent: None, alipay: AlipayEmulator
) -> None:
    configure_alipay(lot.company, alipay)
    application = _offered(lot, months=6)
    first = _pay_offer(lot, application)
    assert first["errors"] == [] and first["order"]["amount"] == "1800.00"
    assert first["order"]["state"] == "PENDING" and first["checkout"]["qrCodeUrl"]
    assert "B1-001" in first["order"]["subject"]
    assert _state(lot, application) == ("awaiting_payment", "reserved", ["pending"])
    again = _pay_offer(lot, application)  # a flaky phone asks again: the same order and QR code
    assert again["order"]["outTradeNo"] == first["order"]["outTradeNo"]
    assert alipay.calls.count("alipay.trade.precreate") == 1
    number = first["order"]["outTradeNo"]
    notice = alipay.pay(number)
    for _ in range(3):
        assert deliver_alipay(lot.company, notice).content == b"success"
    assert deliver_alipay(lot.company, alipay.notification(number)).content == b"success"  # a new notify_id
    assert _state(lot, application) == ("active", "active", ["activated"])
    order = lot.in_schema(lambda: PaymentOrder.objects.get(out_trade_no=number))
    assert order.purpose == OrderPurpose.PARKING and order.state == OrderState.PAID and not order.refund_due
    right = lot.in_schema(lambda: ParkingRight.objects.get(pk=application.right_id))
    assert right.kind == RightKind.MONTHLY and right.period == months_from(today(), 6)
    view = lot.client(lot.owner).data("{ parkingApplications { edges { node { state space { number } } } } }")
    assert view["parkingApplications"]["edges"] == [{"node": {"state": "ACTIVE", "space": {"number": "B1-001"}}}]
    assert _overlaps(lot) == 0
    report = lot.in_schema(lambda: reconciliation_report_build(day=timezone.localdate()))
    assert report.summary["parking_paid_fen"] == report.summary["paid_fen"] == 180000
    assert report.discrepancies == []  # the gateway agrees; parking money is not looked for in the ledger


def test_an_offer_paid_by_card_through_stripe_replayed_events(lot: Lot, rent: None, stripe_api: StripeEmulator) -> None:
    configure_stripe(lot.company, stripe_api)
    application = _offered(lot, months=2)
    paid = _pay_offer(lot, application, "STRIPE", "CARD")
    assert paid["errors"] == [] and paid["checkout"]["clientSecret"].startswith("pi_")
    intent = stripe_api.succeed(paid["order"]["outTradeNo"])
    body, headers = stripe_api.event(intent, event_id="evt_parking_1")
    for _ in range(3):
        assert deliver(lot.company, "stripe", body, headers).status_code == 200
    other, other_headers = stripe_api.event(intent, event_id="evt_parking_2")  # another event, same payment
    assert deliver(lot.company, "stripe", other, other_headers).status_code == 200
    assert _state(lot, application) == ("active", "active", ["activated"])


def test_two_orders_for_one_offer_both_paid_activate_it_once(
    lot: Lot, rent: None, alipay: AlipayEmulator, stripe_api: StripeEmulator
) -> None:
    configure_alipay(lot.company, alipay)
    configure_stripe(lot.company, stripe_api)
    application = _offered(lot, months=1)
    first = _pay_offer(lot, application)["order"]["outTradeNo"]
    assert codes(_pay_offer(lot, application, "STRIPE", "CARD")) == [("id", "ORDER_PENDING")]
    lot.in_schema(  # the QR code's window passed unpaid: another way to pay may start
        lambda: PaymentOrder.objects.filter(out_trade_no=first).update(expires_at=timezone.now())
    )
    second = _pay_offer(lot, application, "STRIPE", "CARD")["order"]["outTradeNo"]
    body, headers = stripe_api.event(stripe_api.succeed(second))
    assert deliver(lot.company, "stripe", body, headers).status_code == 200
    assert deliver_alipay(lot.company, alipay.pay(first)).content == b"success"  # the first was paid after all
    assert _state(lot, application) == ("active", "active", ["activated", "refund_due"])  # newest first
    flagged = lot.in_schema(lambda: PaymentOrder.objects.get(out_trade_no=first))
    assert flagged.state == OrderState.PAID and flagged.refund_due
    assert lot.in_schema(lambda: ParkingRight.objects.filter(state="active").count()) == 1


def test_an_unpaid_offer_lapses_and_frees_the_space_late_money_is_flagged(
    lot: Lot, rent: None, alipay: AlipayEmulator
) -> None:
    configure_alipay(lot.company, alipay)
    application = _offered(lot, months=1)
    number = _pay_offer(lot, application)["order"]["outTradeNo"]
    later = timezone.now() + timedelta(hours=49)
    assert lot.in_schema(lambda: parking_offers_expire(now=later)) == 1
    assert _state(lot, application) == ("expired", "cancelled", ["pending"])
    # The space is free again: the tenant's application gets it…
    lot.in_schema(lambda: ParkingApplication.objects.filter(pk=application.pk).update(offer_expires_at=later))
    other = _offered(lot, months=1, resident=lot.tenant_resident, car=lot.tenant_car)
    assert _state(lot, other)[1] == "reserved"
    # …so the owner's money, arriving late, cannot buy it: kept and flagged, nothing double booked.
    assert deliver_alipay(lot.company, alipay.pay(number)).content == b"success"
    assert _state(lot, application) == ("expired", "cancelled", ["refund_due"])
    order = lot.in_schema(lambda: PaymentOrder.objects.get(out_trade_no=number))
    assert order.state == OrderState.PAID and order.refund_due
    assert _overlaps(lot) == 0
    report = lot.in_schema(lambda: reconciliation_report_build(day=timezone.localdate()))
    assert report.summary["parking_paid_fen"] == 30000 and report.summary["refund_due"] == 1
    assert [(d["out_trade_no"], d["problem"]) for d in report.discrepancies] == [(number, "refund_due")]


def test_late_money_revives_a_lapsed_offer_whose_space_is_still_free(
    lot: Lot, rent: None, alipay: AlipayEmulator
) -> None:
    configure_alipay(lot.company, alipay)
    application = _offered(lot, months=3)
    number = _pay_offer(lot, application)["order"]["outTradeNo"]
    lot.in_schema(lambda: parking_offers_expire(now=timezone.now() + timedelta(hours=49)))
    assert deliver_alipay(lot.company, alipay.pay(number)).content == b"success"
    state, _, outcomes = _state(lot, application)
    assert (state, outcomes) == ("active", ["activated"])
    active = lot.in_schema(lambda: list(ParkingRight.objects.filter(state="active").values_list("period", flat=True)))
    assert active == [months_from(today(), 3)]


def test_paying_an_offer_refused_cases_change_nothing(lot: Lot, alipay: AlipayEmulator, settings: Any) -> None:
    application = _offered(lot, months=1)
    assert codes(_pay_offer(lot, application)) == [("gateway", "GATEWAY_NOT_CONFIGURED")]
    configure_alipay(lot.company, alipay)
    assert codes(_pay_offer(lot, application)) == [("community", "PRICE_NOT_SET")]
    assert codes(_pay_offer(lot, application, "ALIPAY", "CARD")) == [("channel", "CHANNEL_NOT_SUPPORTED")]
    neighbour = _pay_offer(lot, application, user=lot.neighbour)  # someone else's application
    assert codes(neighbour) == [("id", "APPLICATION_NOT_FOUND")]
    lot.in_schema(
        lambda: ParkingApplication.objects.filter(pk=application.pk).update(
            offer_expires_at=timezone.now() - timedelta(minutes=1)
        )
    )
    fee_item = {"name": "车位租金", "kind": "parking", "unit_price": Decimal("300"), "cycle_months": 1}
    since = datetime.date(2025, 1, 1)
    lot.in_schema(lambda: fee_item_create(**fee_item, community_ids=[lot.x.pk], effective_from=since))
    assert codes(_pay_offer(lot, application)) == [("id", "OFFER_EXPIRED")]
    assert _pay_offer(lot, application)["errors"][0]["message"] == "该车位分配已过期。"
    english = lot.client(lot.owner, language="en")
    data = {"id": gid("ParkingApplication", application.pk), "gateway": "ALIPAY", "channel": "QR_CODE"}
    assert mutate(english, "parkingOfferPay", data, ORDER)["errors"][0]["message"] == "The offer has expired."
    assert lot.in_schema(lambda: PaymentOrder.objects.count()) == 0
    assert _state(lot, application) == ("offered", "reserved", [])


@pytest.mark.parametrize("who", ["anonymous", "manager", "finance"])
def test_only_owner_accounts_pay(lot: Lot, rent: None, who: str) -> None:
    application = _offered(lot)
    user = {"anonymous": None, "manager": lot.manager, "finance": lot.finance}[who]
    body = lot.client(user).execute(
        "mutation($id: ID!) { parkingOfferPay(input: {id: $id, gateway: SANDBOX, channel: PAGE}) { errors { code } } }",
        {"id": gid("ParkingApplication", application.pk)},
    )
    assert error_codes(body) == (["UNAUTHENTICATED"] if user is None else ["FORBIDDEN"])
    assert lot.in_schema(lambda: PaymentOrder.objects.count()) == 0


def _pass(lot: Lot, start: datetime.date, months: int, holder: Any = None, space: int = 0) -> ParkingRight:
    return lot.in_schema(
        lambda: right_write(
            space=lot.spaces[space],
            holder=holder or lot.owner_resident,
            kind=RightKind.MONTHLY,
            state=RightState.ACTIVE,
            period=months_from(start, months),
            vehicle=lot.car,
        )
    )


def _renew(lot: Lot, right: ParkingRight, months: int, user: Any = None) -> dict[str, Any]:
    data = {"right": gid("ParkingRight", right.pk), "months": months, "gateway": "ALIPAY", "channel": "QR_CODE"}
    return mutate(lot.client(user or lot.owner), "parkingPassRenew", data, ORDER)


def test_a_pass_renews_from_its_end_when_paid(lot: Lot, rent: None, alipay: AlipayEmulator) -> None:
    configure_alipay(lot.company, alipay)
    current = _pass(lot, today() - timedelta(days=20), 1)  # ends in about ten days
    renewal = _renew(lot, current, 3)
    assert renewal["errors"] == [] and renewal["order"]["amount"] == "900.00"
    end = current.period.upper
    notice = alipay.pay(renewal["order"]["outTradeNo"])
    for _ in range(3):
        assert deliver_alipay(lot.company, notice).content == b"success"
    periods = lot.in_schema(
        lambda: list(ParkingRight.objects.filter(state="active").order_by("period").values_list("period", flat=True))
    )
    assert periods == [current.period, DateRange(end, add_months(end, 3), "[)")]
    assert lot.in_schema(lambda: ParkingPayment.objects.get().outcome) == PaymentOutcome.ACTIVATED
    # Renewing the old right again continues after the new end, not over it.
    again = _renew(lot, current, 1)
    assert again["errors"] == [] and again["order"]["amount"] == "300.00"
    payment = lot.in_schema(lambda: ParkingPayment.objects.filter(outcome="pending").get())
    assert payment.period.lower == add_months(end, 3)


def test_a_lapsed_pass_renews_from_today(lot: Lot, rent: None, alipay: AlipayEmulator) -> None:
    configure_alipay(lot.company, alipay)
    old = _pass(lot, today() - timedelta(days=70), 1)
    renewal = _renew(lot, old, 1)
    assert renewal["errors"] == []
    assert deliver_alipay(lot.company, alipay.pay(renewal["order"]["outTradeNo"])).content == b"success"
    latest = lot.in_schema(lambda: ParkingRight.objects.order_by("-pk").first())
    assert latest.period == months_from(today(), 1) and latest.state == RightState.ACTIVE


def test_renewal_refusals_change_nothing(lot: Lot, rent: None, alipay: AlipayEmulator) -> None:
    configure_alipay(lot.company, alipay)
    tenant_pass = _pass(lot, today(), 1, holder=lot.tenant_resident, space=1)
    assert codes(_renew(lot, tenant_pass, 3, user=lot.tenant)) == [("months", "MONTH_BY_MONTH_ONLY")]
    assert codes(_renew(lot, tenant_pass, 1)) == [("right", "RIGHT_NOT_FOUND")]  # not the owner's pass
    owners_pass = _pass(lot, today(), 1)
    assert codes(_renew(lot, owners_pass, 13)) == [("months", "MONTHS_OUT_OF_RANGE")]
    assert codes(_renew(lot, owners_pass, 0)) == [("months", "MONTHS_OUT_OF_RANGE")]
    lot.in_schema(  # an owner waits for a space: the tenant's renewal must wait too
        lambda: parking_application_submit(
            applicant=lot.owner_resident, request=ApplicationRequest(lot.x.pk, lot.car.pk, 1, today())
        )
    )
    assert codes(_renew(lot, tenant_pass, 1, user=lot.tenant)) == [("community", "OWNER_PRIORITY")]
    # Someone holds the owner's space after the pass: the renewal is refused up front.
    lot.in_schema(
        lambda: right_write(
            space=lot.spaces[0],
            holder=lot.neighbour_resident,
            kind=RightKind.LEASE,
            state=RightState.ACTIVE,
            period=months_from(owners_pass.period.upper, 1),
        )
    )
    assert codes(_renew(lot, owners_pass, 1)) == [("right", "SPACE_UNAVAILABLE")]
    assert lot.in_schema(lambda: PaymentOrder.objects.count()) == 0


def _stay(lot: Lot, hours: int = 3) -> ParkingSession:
    def run() -> ParkingSession:
        terms = TariffTerms(valid_from=today(), free_minutes=15, unit_minutes=60, unit_price_fen=500)
        tariff_in_force(lot.area, terms, lot.manager)
        entered = timezone.now() - timedelta(hours=hours, minutes=20)
        vehicle_entry_record(area_id=lot.area.pk, plate="京A12345", at=entered, actor=lot.manager)
        return vehicle_exit_record(area_id=lot.area.pk, plate="京A12345", actor=lot.manager)

    return lot.in_schema(run)


def _pay_stay(lot: Lot, session: ParkingSession, user: Any = None) -> dict[str, Any]:
    data = {"id": gid("ParkingSession", session.pk), "gateway": "ALIPAY", "channel": "QR_CODE"}
    return mutate(lot.client(user or lot.owner), "parkingSessionPay", data, ORDER)


def test_a_stay_is_quoted_paid_online_and_not_payable_twice(lot: Lot, alipay: AlipayEmulator) -> None:
    configure_alipay(lot.company, alipay)
    session = _stay(lot, hours=3)
    quote = lot.client(lot.owner).data(
        "{ parkingSessions { edges { node { fee paidAt quote { amount items { label units amount } } } } } }"
    )["parkingSessions"]["edges"][0]["node"]
    assert quote["fee"] == "15.00" and quote["paidAt"] is None
    assert quote["quote"]["items"][1] == {"label": "第1个24小时", "units": 3, "amount": "15.00"}
    paid = _pay_stay(lot, session)
    assert paid["errors"] == [] and paid["order"]["amount"] == "15.00"
    notice = alipay.pay(paid["order"]["outTradeNo"])
    for _ in range(3):
        assert deliver_alipay(lot.company, notice).content == b"success"
    assert lot.in_schema(lambda: ParkingSession.objects.get(pk=session.pk).paid_at) is not None
    assert codes(_pay_stay(lot, session)) == [("id", "SESSION_ALREADY_PAID")]
    assert codes(_pay_stay(lot, session, user=lot.neighbour)) == [("id", "SESSION_NOT_FOUND")]
    assert lot.in_schema(lambda: PaymentOrder.objects.count()) == 1


def test_a_stay_still_inside_or_free_is_not_payable(lot: Lot, alipay: AlipayEmulator) -> None:
    configure_alipay(lot.company, alipay)
    free = _stay(lot, hours=0)  # 20 minutes: 15 free, the part unit is free too
    assert codes(_pay_stay(lot, free)) == [("id", "NOTHING_TO_PAY")]
    inside = lot.in_schema(lambda: vehicle_entry_record(area_id=lot.area.pk, plate="京A12345", actor=lot.manager))
    assert codes(_pay_stay(lot, inside)) == [("id", "SESSION_NOT_CLOSED")]
    assert lot.in_schema(lambda: PaymentOrder.objects.count()) == 0
