"""Payment tests: the real SDKs against loopback emulators of Alipay and Stripe (started once per
session, emptied per test), alpha with one owner's house and two months of bills, and helpers to
configure gateways and deliver notifications over HTTP to the public host."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from billing.services.credentials import credentials_configure
from saas.accounts.models import User
from saas.estates.models import House
from saas.finance.models import Bill
from saas.finance.services import billing_run_create, fee_item_create
from tenants.models import Company
from tenants.schemas import activate_public
from tests.billing.emulators.alipay import AlipayEmulator
from tests.billing.emulators.stripe import StripeEmulator
from tests.factories import (
    BuildingFactory,
    CommunityFactory,
    HouseFactory,
    OccupancyFactory,
    ResidentFactory,
    UnitFactory,
    UserFactory,
    staff_member,
)
from tests.graphql import GraphQLClient, client_for

JAN, FEB = date(2026, 1, 1), date(2026, 2, 1)


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


@pytest.fixture(scope="session")
def alipay_server() -> Iterator[AlipayEmulator]:
    emulator = AlipayEmulator()
    yield emulator
    emulator.stop()


@pytest.fixture(scope="session")
def stripe_server() -> Iterator[StripeEmulator]:
    emulator = StripeEmulator()
    yield emulator
    emulator.stop()


@pytest.fixture
def alipay(alipay_server: AlipayEmulator, settings: Any) -> AlipayEmulator:
    alipay_server.reset()
    settings.ALIPAY_SERVER_URL = alipay_server.url
    return alipay_server


@pytest.fixture
def stripe_api(stripe_server: StripeEmulator, settings: Any) -> StripeEmulator:
    stripe_server.reset()
    settings.STRIPE_API_BASE = stripe_server.url
    return stripe_server


@dataclass
class Home:
    company: Company
    house: House
    owner: User
    other_owner: User
    cashier: User
    jan: Bill
    feb: Bill

    def refresh(self) -> None:
        with tenant_context(self.company):
            self.jan.refresh_from_db()
            self.feb.refresh_from_db()


@pytest.fixture
def home(company_a: Company) -> Home:
    with tenant_context(company_a):
        community = CommunityFactory(name="京华园")
        house = HouseFactory(
            unit=UnitFactory(building=BuildingFactory(community=community, name="3号楼"), name="1单元"),
            room_number="1502",
            building_area=Decimal("100.00"),
        )
        owner = UserFactory(username="13911112222", phone="13911112222", display_name="张伟", is_staff=False)
        OccupancyFactory(resident=ResidentFactory(name="张伟", user=owner), house=house)
        other_owner = UserFactory(username="13911113333", phone="13911113333", is_staff=False)
        OccupancyFactory(resident=ResidentFactory(name="李娜", user=other_owner), house=HouseFactory(unit=house.unit))
        cashier = staff_member("caiwu", "finance", (community,))
        fee_item_create(
            name="物业费",
            kind="area",
            unit_price=Decimal("2.80"),
            cycle_months=1,
            community_ids=[community.pk],
            effective_from=date(2025, 1, 1),
        )
        for period in (JAN, FEB):
            billing_run_create(period=period, community_ids=[community.pk], created_by=cashier, today=date(2026, 2, 5))
        jan = Bill.objects.get(house=house, period=JAN)
        feb = Bill.objects.get(house=house, period=FEB)
    activate_public()
    return Home(company_a, house, owner, other_owner, cashier, jan, feb)


@pytest.fixture
def owner(home: Home) -> GraphQLClient:
    return client_for(home.company, home.owner)


@pytest.fixture
def admin(home: Home) -> GraphQLClient:
    with tenant_context(home.company):
        return client_for(home.company, User.objects.get(username="admin"))


def configure_alipay(company: Company, emulator: AlipayEmulator) -> None:
    with tenant_context(company):
        credentials_configure(
            provider="alipay",
            values={
                "app_id": emulator.app_id,
                "app_private_key": emulator.private_pem_pkcs8(),
                "alipay_public_key": emulator.alipay_public_pem,
                "seller_id": emulator.seller_id,
            },
        )
    activate_public()


def configure_stripe(company: Company, emulator: StripeEmulator) -> None:
    with tenant_context(company):
        credentials_configure(
            provider="stripe", values={"secret_key": emulator.secret_key, "webhook_secret": emulator.webhook_secret}
        )
    activate_public()


def configure_sandbox(company: Company) -> None:
    with tenant_context(company):
        credentials_configure(provider="sandbox", values=None)
    activate_public()


PAY = """mutation($bills: [ID!]!, $gateway: PaymentGateway!, $channel: PaymentChannel!) {
  billsPay(input: {bills: $bills, gateway: $gateway, channel: $channel}) {
    errors { field code message }
    order { id outTradeNo amount state gateway isRealMoney label }
    checkout { channel qrCodeUrl redirectUrl orderString clientSecret isRealMoney label }
  }
}"""


def pay(client: GraphQLClient, bills: list[Bill], gateway: str, channel: str) -> dict[str, Any]:
    data = client.data(PAY, {"bills": [gid("Bill", b.pk) for b in bills], "gateway": gateway, "channel": channel})
    return data["billsPay"]  # type: ignore[no-any-return]


def deliver(company: Company | None, provider: str, body: bytes, headers: dict[str, str] | None = None) -> Any:
    """POST a notification to the public host, as the provider would."""
    path = f"/payments/notify/{provider}/{company.schema_name}/" if company else f"/payments/notify/{provider}/"
    extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in (headers or {}).items()}
    content_type = "application/json" if provider != "alipay" else "application/x-www-form-urlencoded; charset=utf-8"
    response = Client(HTTP_HOST="localhost").post(path, data=body, content_type=content_type, **extra)
    activate_public()
    return response


def deliver_alipay(company: Company | None, params: dict[str, str]) -> Any:
    return deliver(company, "alipay", urlencode(params).encode())
