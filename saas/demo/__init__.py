"""The demo company's data: what the vendor shows a prospect. Deterministic, realistic, Beijing."""

from __future__ import annotations

import random

from django.db import transaction

from saas.accounts.models import User

DEMO_STAFF = [("kefu", "Wuye@staff2026", "客服 孙丽", "13910020002")]


@transaction.atomic
def seed_company_data() -> None:
    """Fill the current (demo) schema. Call once, right after the company is provisioned."""
    from saas.demo.estates import seed_estates
    from saas.demo.residents import seed_residents

    rng = random.Random(20261128)
    for username, password, name, phone in DEMO_STAFF:
        User.objects.create_user(username=username, password=password, display_name=name, phone=phone, is_staff=True)
    houses = seed_estates(rng)
    seed_residents(houses, rng)
