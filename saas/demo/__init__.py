"""The demo company's data: what the vendor shows a prospect. Deterministic, realistic, Beijing."""

from __future__ import annotations

import random
from typing import NamedTuple

from django.db import transaction

from permissions.roles import Role
from permissions.services import community_scope_set, role_set
from saas.accounts.models import User
from saas.estates.models import Community


class DemoStaff(NamedTuple):
    username: str
    password: str
    name: str
    phone: str
    role: Role
    communities: tuple[str, ...]
    pii_communities: tuple[str, ...] = ()


# One account per staff role, so the salesperson can show what each one sees.
DEMO_STAFF = [
    DemoStaff("kefu", "Wuye@staff2026", "客服 孙丽", "13910020002", Role.SERVICE, ("京华园", "清河嘉园"), ("京华园",)),
    DemoStaff("jingli", "Wuye@staff2026", "项目经理 周建国", "13910020003", Role.MANAGER, ("京华园",), ("京华园",)),
    DemoStaff("shifu", "Wuye@staff2026", "维修技师 马强", "13910020004", Role.TECHNICIAN, ("京华园", "清河嘉园")),
    DemoStaff("caiwu", "Wuye@staff2026", "财务 何静", "13910020005", Role.FINANCE, ("京华园", "清河嘉园", "运河湾畔")),
]


def _seed_staff() -> None:
    ids = dict(Community.objects.values_list("name", "id"))
    for staff in DEMO_STAFF:
        user = User.objects.create_user(
            username=staff.username,
            password=staff.password,
            display_name=staff.name,
            phone=staff.phone,
            is_staff=True,
        )
        role_set(user=user, role=staff.role)
        community_scope_set(
            user=user,
            communities=[ids[name] for name in staff.communities],
            pii_communities=[ids[name] for name in staff.pii_communities],
        )


@transaction.atomic
def seed_company_data() -> None:
    """Fill the current (demo) schema. Call once, right after the company is provisioned."""
    from saas.demo.equipment import seed_equipment
    from saas.demo.estates import seed_estates
    from saas.demo.finance import seed_finance
    from saas.demo.messages import seed_channels, seed_deliveries
    from saas.demo.notices import seed_notices
    from saas.demo.parking import seed_parking
    from saas.demo.payments import seed_payments
    from saas.demo.residents import seed_residents
    from saas.demo.workorders import seed_work_orders

    rng = random.Random(20261128)
    houses = seed_estates(rng)
    _seed_staff()
    seed_residents(houses, rng)
    seed_finance()
    seed_payments()
    seed_work_orders()
    seed_parking()
    seed_channels()
    seed_notices()
    seed_deliveries()
    seed_equipment()
