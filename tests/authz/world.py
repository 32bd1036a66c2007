"""The company the authorization matrix runs against, and its seven actors.

Alpha with two communities: X (望京花园, where the target rows live) and Y (远洋山水). The owner
lives in a house of X, the other owner in a house of Y; staff are made per operation with the
role the operation names, assigned to X or to Y.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from django.db import connection
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from saas.accounts.models import User
from saas.estates.models import Building, Community, House, Unit
from saas.residents.models import Occupancy, RegistrationRequest, Resident
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


class Actor(Enum):
    ANONYMOUS = "anonymous"
    OWNER = "owner of the house"
    OTHER_OWNER = "owner of another house"
    STAFF_ELSEWHERE = "staff of another community"
    STAFF_WITHOUT = "staff without the permission"
    STAFF_WITH = "staff with the permission"
    ADMIN = "admin"


def gid(type_name: str, pk: int) -> str:
    return to_base64(type_name, pk)


@dataclass
class World:
    company: Company
    community_x: Community
    community_y: Community
    community_empty: Community
    building_x: Building
    building_empty_x: Building
    unit_x: Unit
    unit_empty_x: Unit
    house_x: House  # the owner's home
    house_vacant_x: House  # nobody, no requests: free to register, move in or delete
    house_y: House
    owner: User
    other_owner: User
    resident_x: Resident  # the owner's resident record
    resident_unhoused: Resident
    occupancy_x: Occupancy
    request_x: RegistrationRequest  # the owner asks to be registered for a second house of X
    extra: dict[str, Any] = field(default_factory=dict)  # rows other domains' operations add
    _clients: dict[tuple[str, str], GraphQLClient] = field(default_factory=dict)

    def staff(self, role: str | None, community: Community | None) -> GraphQLClient:
        """A client of a staff account with ``role`` (None: a staff account holding no role)
        assigned to ``community``."""
        key = (role or "none", community.name if community else "-")
        if key not in self._clients:
            username = f"{key[0]}-{community.pk if community else 0}"
            with tenant_context(self.company):
                if role is None:
                    user = UserFactory(username=username, is_staff=True)
                else:
                    user = staff_member(username, role, (community,) if community and role != "admin" else ())
            self._clients[key] = client_for(self.company, user)
        return self._clients[key]

    def client(self, actor: Actor, *, with_role: str | None, without_role: str | None) -> GraphQLClient:
        if actor is Actor.ANONYMOUS:
            return GraphQLClient(self.company.domains.get(is_primary=True).domain)
        if actor is Actor.OWNER:
            return self._user_client(self.owner)
        if actor is Actor.OTHER_OWNER:
            return self._user_client(self.other_owner)
        if actor is Actor.ADMIN:
            with tenant_context(self.company):
                admin = User.objects.get(username="admin")
            return self._user_client(admin)
        if actor is Actor.STAFF_WITH:
            return self.staff(with_role, self.community_x)
        if actor is Actor.STAFF_WITHOUT:
            return self.staff(without_role, self.community_x)
        # Staff of the other community hold the role that may act, only not here; for admin-only
        # operations (no community scope) they hold the role that may not.
        return self.staff(with_role if with_role != "admin" else without_role, self.community_y)

    def _user_client(self, user: User) -> GraphQLClient:
        key = ("user", user.username)
        if key not in self._clients:
            self._clients[key] = client_for(self.company, user)
        return self._clients[key]


def build_world(company: Company) -> World:
    with tenant_context(company):
        community_x = CommunityFactory(name="望京花园", address="北京市朝阳区望京街1号", district="chaoyang")
        community_y = CommunityFactory(name="远洋山水", address="北京市石景山区鲁谷路1号", district="shijingshan")
        building_x = BuildingFactory(community=community_x, name="1号楼")
        unit_x = UnitFactory(building=building_x, name="1单元")
        house_x = HouseFactory(unit=unit_x, room_number="0101", floor=1, status="self_occupied")
        house_vacant_x = HouseFactory(unit=unit_x, room_number="0102", floor=1)
        house_y = HouseFactory(unit__building__community=community_y, room_number="0808", floor=8)
        owner = UserFactory(username="13700009999", phone="13700009999", is_staff=False)
        other_owner = UserFactory(username="13700008888", phone="13700008888", is_staff=False)
        resident_x = ResidentFactory(name="王业主", phone="13700009999", phone_last4="9999", user=owner)
        occupancy_x = OccupancyFactory(resident=resident_x, house=house_x, move_in=datetime.date(2020, 5, 1))
        OccupancyFactory(resident=ResidentFactory(name="李业主", user=other_owner), house=house_y)
        second_house = HouseFactory(unit=unit_x, room_number="0201", floor=2)
        request_x = RegistrationRequest.objects.create(
            user=owner, house=second_house, name="王业主", phone="13700009999"
        )
        return World(
            company=company,
            community_x=community_x,
            community_y=community_y,
            community_empty=CommunityFactory(name="空地小区"),
            building_x=building_x,
            building_empty_x=BuildingFactory(community=community_x, name="9号楼"),
            unit_x=unit_x,
            unit_empty_x=UnitFactory(building=building_x, name="9单元"),
            house_x=house_x,
            house_vacant_x=house_vacant_x,
            house_y=house_y,
            owner=owner,
            other_owner=other_owner,
            resident_x=resident_x,
            resident_unhoused=ResidentFactory(name="待入住"),
            occupancy_x=occupancy_x,
            request_x=request_x,
        )


# Authentication bookkeeping, not the operation's doing.
NOT_COMPARED = {"accounts_apitoken", "django_session"}


def snapshot(company: Company) -> dict[str, str]:
    """A digest of every row of every table of the company's schema, in one statement."""
    with tenant_context(company), connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY 1", [company.schema_name])
        tables = [row[0] for row in cursor.fetchall() if row[0] not in NOT_COMPARED]
        parts = [
            f"SELECT '{t}', md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM \"{t}\" x" for t in tables
        ]
        cursor.execute(" UNION ALL ".join(parts))
        return dict(cursor.fetchall())
