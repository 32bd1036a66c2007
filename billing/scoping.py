"""Who sees which payment orders: staff with BILL_VIEW the orders of their communities; an owner
the orders of the houses they live in (whoever paid) made since their move-in, like the bills."""

from __future__ import annotations

from django.db.models import Q

from billing.models import PaymentOrder
from permissions.roles import Capability
from permissions.scoping import ScopeRule, own_since_move_in, register_scope_rule


def register() -> None:
    register_scope_rule(
        PaymentOrder,
        ScopeRule(
            Capability.BILL_VIEW,
            lambda communities: Q(community_id__in=communities),
            lambda user: own_since_move_in(user, house="house_id", dated="created_at"),
        ),
    )
