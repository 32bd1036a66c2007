"""A parking office in alpha: 京华园 (X) with its owners and a tenant, 清河嘉园 (Y) with its owner.

* X: 张伟 (owner of 3号楼1单元1502, account, car 京A12345), 李明 (owner of 1601, account, no car
  yet), 王芳 (tenant of 1701 — not an owner, account, car 京B54321); the parking manager 周建国
  (manager of X), finance 钱多 (X, reads parking, may not change it), the desk of Y 李娜;
* an underground area 地下车库B1 in X (capacity 10) with rentable spaces B1-001…B1-004 and a
  temporary-pool space B1-T01.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.db.backends.postgresql.psycopg_any import DateRange
from django.utils import timezone
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.estates.models import Community, Unit
from saas.parking.models import AreaKind, ParkingArea, ParkingSpace, ParkingTariff, SpaceKind, Vehicle
from saas.parking.services.areas import parking_area_create, parking_space_create
from saas.parking.services.tariffs import TariffTerms, parking_tariff_set
from saas.parking.services.vehicles import vehicle_register
from saas.residents.models import Resident
from tenants.models import Company
from tests.billing.conftest import alipay, alipay_server, stripe_api, stripe_server  # noqa: F401 (fixtures)
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


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


def today() -> datetime.date:
    return timezone.localdate()


def tariff_in_force(area: ParkingArea, terms: TariffTerms, actor: Any) -> ParkingTariff:
    """The area's tariff (``terms`` from today), in force since yesterday: a stay of a few hours
    that began before midnight Beijing time is priced by it whatever the hour the tests run at.
    The service refuses a start in the past, so that much history is arranged afterwards."""
    tariff = parking_tariff_set(area_id=area.pk, terms=terms, actor=actor)
    tariff.valid = DateRange(terms.valid_from - datetime.timedelta(days=1), None, "[)")
    tariff.save(update_fields=["valid"])
    return tariff


def result(body: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in body, body["errors"]
    found: dict[str, Any] = body["data"][name]
    return found


def codes(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def mutate(client: GraphQLClient, name: str, input: dict[str, Any], fields: str) -> dict[str, Any]:
    type_name = name[0].upper() + name[1:]
    document = (
        f"mutation M($input: {type_name}Input!) "
        f"{{ {name}(input: $input) {{ errors {{ field message code }} {fields} }} }}"
    )
    return result(client.execute(document, {"input": input}), name)


def _resident(name: str, phone: str, house: Any, role: str) -> tuple[User, Resident]:
    user = UserFactory(username=phone, phone=phone, display_name=name, is_staff=False)
    resident = ResidentFactory(name=name, phone=phone, phone_last4=phone[-4:], user=user)
    OccupancyFactory(resident=resident, house=house, role=role, move_in=datetime.date(2020, 5, 1))
    return user, resident


@dataclass
class Lot:
    company: Company
    x: Community
    y: Community
    unit: Unit  # 3号楼1单元 of X
    owner: User  # 张伟
    owner_resident: Resident
    neighbour: User  # 李明, owner in X without a car
    neighbour_resident: Resident
    tenant: User  # 王芳, tenant in X (not an owner)
    tenant_resident: Resident
    owner_y: User
    manager: User  # parking manager of X
    finance: User  # reads parking in X
    desk_y: User  # service desk of Y
    admin: User
    area: ParkingArea
    spaces: list[ParkingSpace]  # rentable B1-001…B1-004
    pool_space: ParkingSpace  # temporary pool
    car: Vehicle  # 张伟's
    tenant_car: Vehicle
    _clients: dict[int, GraphQLClient] = field(default_factory=dict)

    def client(self, user: User | None, language: str | None = None) -> GraphQLClient:
        if user is None:
            return GraphQLClient(self.company.domains.get(is_primary=True).domain)
        if user.pk not in self._clients:
            self._clients[user.pk] = client_for(self.company, user)
        client = self._clients[user.pk]
        client.language = language
        return client

    def in_schema(self, function: Callable[[], Any]) -> Any:
        with tenant_context(self.company):
            return function()


@pytest.fixture
def lot(company_a: Company) -> Lot:
    with tenant_context(company_a):
        x = CommunityFactory(name="京华园", address="北京市朝阳区望京西路1号", district="chaoyang")
        y = CommunityFactory(name="清河嘉园", address="北京市海淀区清河中街1号", district="haidian")
        unit = UnitFactory(building=BuildingFactory(community=x, name="3号楼"), name="1单元")
        owner, owner_resident = _resident("张伟", "13700009999", HouseFactory(unit=unit, room_number="1502"), "owner")
        neighbour, neighbour_resident = _resident(
            "李明", "13700008888", HouseFactory(unit=unit, room_number="1601"), "owner"
        )
        tenant, tenant_resident = _resident(
            "王芳", "13700007777", HouseFactory(unit=unit, room_number="1701"), "tenant"
        )
        owner_y, _ = _resident(
            "赵静", "13700006666", HouseFactory(unit__building__community=y, room_number="0808"), "owner"
        )
        area = parking_area_create(community_id=x.pk, name="地下车库B1", kind=AreaKind.UNDERGROUND, capacity=10)
        spaces = [
            parking_space_create(area_id=area.pk, number=f"B1-00{n}", kind=SpaceKind.RENTABLE) for n in range(1, 5)
        ]
        return Lot(
            company=company_a,
            x=x,
            y=y,
            unit=unit,
            owner=owner,
            owner_resident=owner_resident,
            neighbour=neighbour,
            neighbour_resident=neighbour_resident,
            tenant=tenant,
            tenant_resident=tenant_resident,
            owner_y=owner_y,
            manager=staff_member("zhou", "manager", (x,), display_name="周建国"),
            finance=staff_member("qianduo", "finance", (x,), display_name="钱多"),
            desk_y=staff_member("lina", "service", (y,), display_name="李娜"),
            admin=User.objects.get(username="admin"),
            area=area,
            spaces=spaces,
            pool_space=parking_space_create(area_id=area.pk, number="B1-T01", kind=SpaceKind.TEMPORARY),
            car=vehicle_register(resident=owner_resident, plate="京A12345"),
            tenant_car=vehicle_register(resident=tenant_resident, plate="京B54321"),
        )
