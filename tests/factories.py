from __future__ import annotations

import datetime
from decimal import Decimal

import factory

from saas.accounts.models import User
from tests.conftest_values import PASSWORD


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    display_name = factory.Faker("name", locale="zh_CN")
    phone = factory.Sequence(lambda n: f"139{n:08d}")
    password = factory.django.Password(PASSWORD)


class CommunityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "estates.Community"

    name = factory.Sequence(lambda n: f"京华园{n}期")
    address = factory.Sequence(lambda n: f"北京市朝阳区望京街{n}号")
    district = "chaoyang"


class BuildingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "estates.Building"

    community = factory.SubFactory(CommunityFactory)
    name = factory.Sequence(lambda n: f"{n + 1}号楼")
    floors_above = 18
    floors_below = 2
    elevators = 2


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "estates.Unit"

    building = factory.SubFactory(BuildingFactory)
    name = factory.Sequence(lambda n: f"{n + 1}单元")


class HouseFactory(factory.django.DjangoModelFactory):
    """A house in a (new) unit; building and community follow the unit."""

    class Meta:
        model = "estates.House"

    unit = factory.SubFactory(UnitFactory)
    building = factory.SelfAttribute("unit.building")
    community = factory.SelfAttribute("unit.building.community")
    floor = 3
    room_number = factory.Sequence(lambda n: f"{n % 9 + 1:02d}{n % 99 + 1:02d}")
    layout = "3室2厅1卫"
    building_area = Decimal("120.50")
    usable_area = Decimal("98.30")
    kind = "residential"
    status = "self_occupied"


class ResidentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "residents.Resident"

    name = factory.Faker("name", locale="zh_CN")
    phone = factory.Sequence(lambda n: f"137{n:08d}")
    phone_last4 = factory.LazyAttribute(lambda r: r.phone[-4:])
    household_size = 3


class OccupancyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "residents.Occupancy"

    resident = factory.SubFactory(ResidentFactory)
    house = factory.SubFactory(HouseFactory)
    role = "owner"
    move_in = datetime.date(2020, 5, 1)
    is_primary_contact = True


def staff_member(
    username: str,
    role: str,
    communities: tuple[object, ...] = (),
    pii_communities: tuple[object, ...] = (),
    **fields: object,
) -> User:
    """A staff account holding ``role`` in ``communities`` (Community rows), through the real
    grant services; run inside the tenant's schema."""
    from permissions.roles import Role
    from permissions.services import community_scope_set, role_set

    user = UserFactory(username=username, is_staff=True, **fields)
    role_set(user=user, role=Role(role))
    community_scope_set(
        user=user,
        communities=[c.pk for c in communities],  # type: ignore[attr-defined]
        pii_communities=[c.pk for c in pii_communities],  # type: ignore[attr-defined]
    )
    return user  # type: ignore[no-any-return]
