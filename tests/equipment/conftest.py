"""An equipment department in alpha: 京华园 (X) and 清河嘉园 (Y).

* X: building 3号楼 with 1单元, an owner at home there; the manager 周建国; technicians 马强 (on
  duty) and 赵刚 (off duty); the desk 孙丽 (service: sees equipment, signs nothing); 钱多 (finance:
  no equipment at all);
* Y: the manager 李娜.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import pytest
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.equipment.models import Equipment
from saas.equipment.services.certificates import CertificateData, certificate_add
from saas.equipment.services.ledger import EquipmentData, equipment_create
from saas.estates.models import Building, Community, Unit
from saas.workorders.models import TechnicianProfile
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


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


def result(body: dict[str, Any], name: str) -> dict[str, Any]:
    assert "errors" not in body, body["errors"]
    found: dict[str, Any] = body["data"][name]
    return found


def codes(payload: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(e["field"], e["code"]) for e in payload["errors"]]


def technician(username: str, name: str, community: Community, on_duty: bool) -> User:
    user = staff_member(username, "technician", (community,), display_name=name)
    TechnicianProfile.objects.create(user=user, skills=["elevator"], on_duty=on_duty)
    return user


@dataclass
class Plant:
    company: Company
    x: Community
    y: Community
    building: Building
    unit: Unit
    owner: User
    manager: User
    ma: User  # technician, on duty
    zhao: User  # technician, off duty
    desk: User  # service
    finance: User
    manager_y: User
    admin: User
    _clients: dict[int, GraphQLClient] = field(default_factory=dict)

    def client(self, user: User | None, language: str | None = None) -> GraphQLClient:
        if user is None:
            return GraphQLClient(self.company.domains.get(is_primary=True).domain)
        if user.pk not in self._clients:
            self._clients[user.pk] = client_for(self.company, user)
        client = self._clients[user.pk]
        client.language = language
        return client

    def elevator(self, code: str = "DT-3-1", *, community: Community | None = None, **fields: Any) -> Equipment:
        """An elevator in 3号楼 (X), or a public-area one elsewhere; made through the service."""
        community = community or self.x
        data = EquipmentData(
            community_id=community.pk,
            code=code,
            name=f"{code} 客梯",
            category="elevator",
            building_id=self.building.pk if community == self.x else None,
            public_area="" if community == self.x else "1号楼",
            registration_number=f"梯11京{code}",
            **fields,
        )
        with tenant_context(self.company):
            return equipment_create(data=data)

    def certificate(self, equipment: Equipment, issued: datetime.date, until: datetime.date, **fields: Any) -> Any:
        data = CertificateData(
            equipment_id=equipment.pk,
            kind=fields.pop("kind", "periodic_inspection"),
            number=fields.pop("number", f"JY-{equipment.code}-{until:%Y%m%d}"),
            issued_on=issued,
            valid_until=until,
        )
        with tenant_context(self.company):
            return certificate_add(data=data, actor=self.admin, today=fields.pop("today", issued))


@pytest.fixture
def plant(company_a: Company) -> Plant:
    with tenant_context(company_a):
        x = CommunityFactory(name="京华园", address="北京市朝阳区望京西路1号", district="chaoyang")
        y = CommunityFactory(name="清河嘉园", address="北京市海淀区清河中街1号", district="haidian")
        building = BuildingFactory(community=x, name="3号楼")
        unit = UnitFactory(building=building, name="1单元")
        house = HouseFactory(unit=unit, room_number="1502", floor=15)
        owner = UserFactory(username="13700009999", phone="13700009999", display_name="张伟", is_staff=False)
        OccupancyFactory(resident=ResidentFactory(name="张伟", user=owner), house=house)
        return Plant(
            company=company_a,
            x=x,
            y=y,
            building=building,
            unit=unit,
            owner=owner,
            manager=staff_member("zhou", "manager", (x,), display_name="周建国"),
            ma=technician("ma", "马强", x, on_duty=True),
            zhao=technician("zhao", "赵刚", x, on_duty=False),
            desk=staff_member("sunli", "service", (x,), display_name="孙丽"),
            finance=staff_member("qianduo", "finance", (x,), display_name="钱多"),
            manager_y=staff_member("lina", "manager", (y,), display_name="李娜"),
            admin=User.objects.get(username="admin"),
        )
