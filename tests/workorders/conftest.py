"""A repair department in alpha: two communities, an owner at home in X, technicians, the desk.

* 京华园 (X): house 3号楼1单元1502 (the owner's), house 1601 (someone else's); technicians 马强
  (plumbing, on duty), 刘海波 (plumbing + electrical, on duty), 赵刚 (elevator, off duty); the
  desk 孙丽 (service, with the personal-information grant), 钱多 (service, without), the manager
  周建国;
* 清河嘉园 (Y): technician 吴师傅 (plumbing, on duty), desk 李娜 (service).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.estates.models import Community, House
from saas.workorders.models import CommunityDispatch, DispatchMode, TechnicianProfile, WorkOrder
from tenants.models import Company
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

OWNER_PHONE = "13700009999"
Y_RESIDENT_PHONE = "13600006666"  # lives in house_y: the contact when the desk reports there

SUBMIT = """
mutation Submit($input: WorkOrderSubmitInput!) {
  workOrderSubmit(input: $input) {
    errors { field message code }
    workOrder { id number state place contactName contactPhone assigneeName priority category dispatchMode
                respondBy onSiteBy completeBy community { name } house { roomNumber } }
  }
}
"""
ORDER = """
query Order($id: ID!) {
  workOrder(id: $id) { id state assigneeName contactPhone rating isOverdue escalationLevel
    timeline { action fromState toState note actorName } }
}
"""


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


def result(body: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in body, body["errors"]
    found: dict[str, Any] = body["data"][name]
    return found


def codes(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def mutate(client: GraphQLClient, name: str, input: dict[str, Any], fields: str = "id state") -> dict[str, Any]:
    type_name = name[0].upper() + name[1:]
    document = (
        f"mutation M($input: {type_name}Input!) {{ {name}(input: $input) "
        f"{{ errors {{ field message code }} workOrder {{ {fields} }} }} }}"
    )
    return result(client.execute(document, {"input": input}), name)


def technician(username: str, name: str, community: Community, skills: list[str], on_duty: bool = True) -> User:
    user = staff_member(username, "technician", (community,), display_name=name)
    TechnicianProfile.objects.create(user=user, skills=skills, on_duty=on_duty)
    return user


@dataclass
class Repairs:
    company: Company
    x: Community
    y: Community
    house: House  # the owner's home in X
    other_house: House  # someone else's home in X
    house_y: House
    owner: User
    other_owner: User
    ma: User  # technician X, plumbing
    liu: User  # technician X, plumbing + electrical
    zhao: User  # technician X, elevator, off duty
    wu: User  # technician Y, plumbing
    desk: User  # service X with the personal-information grant
    desk_no_pii: User  # service X without it
    manager: User  # manager X
    desk_y: User  # service Y
    admin: User
    _clients: dict[int, GraphQLClient] = field(default_factory=dict)

    def client(self, user: User, language: str | None = None) -> GraphQLClient:
        if user.pk not in self._clients:
            self._clients[user.pk] = client_for(self.company, user)
        client = self._clients[user.pk]
        client.language = language
        return client

    def order(self, pk: int) -> WorkOrder:
        with tenant_context(self.company):
            return WorkOrder.objects.get(pk=pk)

    def dispatch(self, community: Community, mode: DispatchMode) -> None:
        with tenant_context(self.company):
            CommunityDispatch.objects.update_or_create(community=community, defaults={"mode": mode})

    def in_schema(self, function: Callable[[], Any]) -> Any:
        with tenant_context(self.company):
            return function()


@pytest.fixture
def repairs(company_a: Company) -> Repairs:
    with tenant_context(company_a):
        x = CommunityFactory(name="京华园", address="北京市朝阳区望京西路1号", district="chaoyang")
        y = CommunityFactory(name="清河嘉园", address="北京市海淀区清河中街1号", district="haidian")
        unit = UnitFactory(building=BuildingFactory(community=x, name="3号楼"), name="1单元")
        house = HouseFactory(unit=unit, room_number="1502", floor=15)
        other_house = HouseFactory(unit=unit, room_number="1601", floor=16)
        house_y = HouseFactory(unit__building__community=y, room_number="0808", floor=8)
        owner = UserFactory(username=OWNER_PHONE, phone=OWNER_PHONE, display_name="张伟", is_staff=False)
        other_owner = UserFactory(username="13700008888", phone="13700008888", is_staff=False)
        OccupancyFactory(
            resident=ResidentFactory(name="张伟", phone=OWNER_PHONE, phone_last4="9999", user=owner),
            house=house,
            move_in=datetime.date(2020, 5, 1),
        )
        OccupancyFactory(resident=ResidentFactory(name="李明", user=other_owner), house=other_house)
        OccupancyFactory(resident=ResidentFactory(name="赵敏", phone=Y_RESIDENT_PHONE), house=house_y)
        return Repairs(
            company=company_a,
            x=x,
            y=y,
            house=house,
            other_house=other_house,
            house_y=house_y,
            owner=owner,
            other_owner=other_owner,
            ma=technician("ma", "马强", x, ["plumbing"]),
            liu=technician("liu", "刘海波", x, ["plumbing", "electrical"]),
            zhao=technician("zhao", "赵刚", x, ["elevator"], on_duty=False),
            wu=technician("wu", "吴师傅", y, ["plumbing"]),
            desk=staff_member("sunli", "service", (x,), (x,), display_name="孙丽"),
            desk_no_pii=staff_member("qianduo", "service", (x,), display_name="钱多"),
            manager=staff_member("zhou", "manager", (x,), (x,), display_name="周建国"),
            desk_y=staff_member("lina", "service", (y,), display_name="李娜"),
            admin=User.objects.get(username="admin"),
        )


@pytest.fixture
def owner_report(repairs: Repairs) -> Callable[..., dict[str, Any]]:
    """The owner reports a leak at home (plumbing, normal priority unless told otherwise)."""

    def report(**overrides: Any) -> dict[str, Any]:
        data = {"category": "PLUMBING", "description": "厨房水管漏水", "house": gid("House", repairs.house.pk)}
        data.update(overrides)
        return result(repairs.client(repairs.owner).execute(SUBMIT, {"input": data}), "workOrderSubmit")

    return report
