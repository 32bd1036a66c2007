"""Notices in alpha: two communities and their people.

* 京华园 (X): 3号楼1单元 with 1502 (owner 张伟, his wife 刘芳 as family, and 张伟 also owns 1601
  next door) and 1601; 5号楼 with 0301 (owner 陈静, no account yet); the desk 孙丽 (service) and
  a technician 马强;
* 清河嘉园 (Y): 0808 (owner 李明, with an account); its desk 李娜.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.estates.models import Building, Community, House
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

FIELDS = "id title status isPinned readAt acknowledgedAt contentHash withdrawalReason supersedes { id }"


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


def result(body: dict[str, Any], name: str) -> Any:
    assert "errors" not in body, body["errors"]
    return body["data"][name]


def codes(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def mutate(client: GraphQLClient, name: str, input: dict[str, Any], fields: str = FIELDS) -> dict[str, Any]:
    type_name = name[0].upper() + name[1:]
    document = (
        f"mutation M($input: {type_name}Input!) {{ {name}(input: $input) "
        f"{{ errors {{ field message code }} announcement {{ {fields} }} }} }}"
    )
    payload: dict[str, Any] = result(client.execute(document, {"input": input}), name)
    return payload


@dataclass
class Notices:
    company: Company
    x: Community
    y: Community
    building_3: Building
    house: House  # 1502, 张伟's home
    house_2: House  # 1601, also 张伟's
    house_5: House  # 5号楼 0301, 陈静 (no account)
    house_y: House
    owner: User  # 张伟
    wife: User  # 刘芳, family in 1502
    owner_y: User  # 李明
    desk: User  # service X
    technician: User  # technician X (sees staff notices, cannot publish)
    desk_y: User  # service Y
    admin: User
    _clients: dict[int, GraphQLClient] = field(default_factory=dict)

    def client(self, user: User, language: str | None = None) -> GraphQLClient:
        if user.pk not in self._clients:
            self._clients[user.pk] = client_for(self.company, user)
        client = self._clients[user.pk]
        client.language = language
        return client


@pytest.fixture
def notices(company_a: Company) -> Notices:
    with tenant_context(company_a):
        x = CommunityFactory(name="京华园", address="北京市朝阳区望京西路1号", district="chaoyang")
        y = CommunityFactory(name="清河嘉园", address="北京市海淀区清河中街1号", district="haidian")
        building_3 = BuildingFactory(community=x, name="3号楼")
        unit = UnitFactory(building=building_3, name="1单元")
        house = HouseFactory(unit=unit, room_number="1502", floor=15)
        house_2 = HouseFactory(unit=unit, room_number="1601", floor=16)
        house_5 = HouseFactory(unit__building=BuildingFactory(community=x, name="5号楼"), room_number="0301", floor=3)
        house_y = HouseFactory(unit__building__community=y, room_number="0808", floor=8)
        owner = UserFactory(username="13700009999", phone="13700009999", display_name="张伟", is_staff=False)
        wife = UserFactory(username="13700007777", phone="13700007777", display_name="刘芳", is_staff=False)
        owner_y = UserFactory(username="13700008888", phone="13700008888", is_staff=False)
        zhang = ResidentFactory(name="张伟", phone="13700009999", user=owner)
        OccupancyFactory(resident=zhang, house=house, move_in=datetime.date(2020, 5, 1))
        OccupancyFactory(resident=zhang, house=house_2, move_in=datetime.date(2021, 5, 1))
        OccupancyFactory(resident=ResidentFactory(name="刘芳", user=wife), house=house, role="family")
        OccupancyFactory(resident=ResidentFactory(name="陈静"), house=house_5)
        OccupancyFactory(resident=ResidentFactory(name="李明", user=owner_y), house=house_y)
        return Notices(
            company=company_a,
            x=x,
            y=y,
            building_3=building_3,
            house=house,
            house_2=house_2,
            house_5=house_5,
            house_y=house_y,
            owner=owner,
            wife=wife,
            owner_y=owner_y,
            desk=staff_member("sunli", "service", (x,), display_name="孙丽"),
            technician=staff_member("ma", "technician", (x,), display_name="马强"),
            desk_y=staff_member("lina", "service", (y,), display_name="李娜"),
            admin=User.objects.get(username="admin"),
        )


def outage(notices: Notices, **overrides: Any) -> dict[str, Any]:
    """A 停水 notice for building 3 of X, to all residents, pinned for a week."""
    data: dict[str, Any] = {
        "title": "3号楼停水通知",
        "body": "<p>明日 9:00–12:00 <strong>停水</strong>，请提前储水。</p>",
        "category": "OUTAGE",
        "audience": "RESIDENTS",
        "targetLevel": "BUILDINGS",
        "targets": [gid("Building", notices.building_3.pk)],
        "pinnedUntil": (datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=7)).isoformat(),
    }
    data.update(overrides)
    return data
