"""One company (alpha) with two communities and the people who look at residents' information.

Community X: the owner R (linked to ``owner_user_a``, every personal field filled in) in house X,
with a pending registration request of theirs for a second house in X. Community Y: the owner S.
Staff: the admin, a service desk with the personal-information permission on X (``desk_pii``),
one without it (``desk``), a technician and a manager in X, and a service desk of Y
(``elsewhere``, with the permission on Y).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import pytest
from django_tenants.utils import tenant_context

from permissions.models import PiiAccessLog
from saas.accounts.models import User
from saas.core.crypto import encrypt, keyed_hash
from saas.residents.models import Occupancy, RegistrationRequest, Resident
from tenants.models import Company
from tests.factories import CommunityFactory, HouseFactory, OccupancyFactory, staff_member
from tests.graphql import GraphQLClient, client_for
from tests.residents.conftest import ID_1, ID_2, gid

R_PHONE = "13712345678"
R_SECOND = "01065123456"
R_EMERGENCY = "13698765432"
R_ID = ID_1
REQUEST_PHONE = "13700009999"  # the owner account's login
REQUEST_ID = ID_2

Alpha = Callable[[], AbstractContextManager[Any]]


def masked(value: str) -> str:
    """What a viewer without the permission gets: first three, last four."""
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def encrypted_id(number: str) -> dict[str, str]:
    return {
        "id_type": "resident_id",
        "id_number_encrypted": encrypt(number),
        "id_number_hash": keyed_hash(number),
        "id_number_last4": number[-4:],
    }


class World:
    def __init__(self, company: Company, owner_user: User) -> None:
        self.company = company
        self.owner_user = owner_user
        self.community_x = CommunityFactory(name="京华园")
        self.community_y = CommunityFactory(name="清河嘉园")
        self.house_x = HouseFactory(unit__building__community=self.community_x)
        self.house_x2 = HouseFactory(unit__building__community=self.community_x)
        self.house_y = HouseFactory(unit__building__community=self.community_y)
        self.r = Resident.objects.create(
            name="业主甲",
            phone=R_PHONE,
            phone_last4=R_PHONE[-4:],
            second_phone=R_SECOND,
            emergency_contact_name="紧急联系人",
            emergency_contact_phone=R_EMERGENCY,
            gender="male",
            notes="喜欢早上联系",
            user=owner_user,
            **encrypted_id(R_ID),
        )
        self.r_occupancy = OccupancyFactory(resident=self.r, house=self.house_x)
        self.s = OccupancyFactory(resident__name="业主乙", house=self.house_y).resident
        self.request = RegistrationRequest.objects.create(
            user=owner_user,
            house=self.house_x2,
            name="业主甲",
            phone=REQUEST_PHONE,
            id_type="resident_id",
            id_number_encrypted=encrypt(REQUEST_ID),
            id_number_last4=REQUEST_ID[-4:],
        )
        x, y = (self.community_x,), (self.community_y,)
        self.users = {
            "desk_pii": staff_member("desk-pii", "service", x, x),
            "desk": staff_member("desk", "service", x),
            "technician": staff_member("tech", "technician", x),
            "manager": staff_member("manager", "manager", x),
            "finance": staff_member("finance", "finance", x),
            "elsewhere": staff_member("desk-y", "service", y, y),
        }

    def r_id(self) -> str:
        return gid("Resident", self.r.pk)

    def client(self, name: str) -> GraphQLClient:
        return client_for(self.company, self.users[name])


@pytest.fixture
def alpha(company_a: Company) -> Alpha:
    return lambda: tenant_context(company_a)


@pytest.fixture
def world(company_a: Company, owner_user_a: User) -> Iterator[World]:
    with tenant_context(company_a):
        made = World(company_a, owner_user_a)
    yield made


@pytest.fixture
def log_count(alpha: Alpha) -> Callable[[], int]:
    def count() -> int:
        with alpha():
            return PiiAccessLog.objects.count()

    return count


def occupancy_end(alpha: Alpha, occupancy: Occupancy) -> None:
    with alpha():
        Occupancy.objects.filter(pk=occupancy.pk).update(move_out="2024-01-01")
