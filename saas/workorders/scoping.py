"""Who sees which work orders, and whose eyes get the contact phone unmasked.

* admin: every order; manager and service desk: the orders of their communities;
* technician: in their communities, only the orders assigned to them or offered to them (grab);
* owner: the orders they reported themselves;
* the contact phone (personal data) in full: the admin, the reporter, the order's current
  assignee (who has to call), and staff holding the personal-information permission on the
  order's community; masked (``138****5678``) for everyone else who sees the order.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.expressions import BaseExpression

from permissions.roles import Capability, Role, role_of
from permissions.scoping import ScopeRule, pii_communities, register_scope_rule, sql_boolean
from saas.workorders.models import WorkOrder, WorkOrderOffer


def _assigned_or_offered(user: Any) -> Q:
    offered = WorkOrderOffer.objects.filter(work_order_id=OuterRef("pk"), technician_id=user.pk)
    return Q(assignee_id=user.pk) | Q(Exists(offered))


WORK_ORDER_SCOPE = ScopeRule(
    Capability.WORKORDER_VIEW,
    lambda communities: Q(community_id__in=communities),
    lambda user: Q(reporter_id=user.pk),
    within={Role.TECHNICIAN: _assigned_or_offered},
)


def register() -> None:
    register_scope_rule(WorkOrder, WORK_ORDER_SCOPE)


def contact_phone_full(user: Any) -> BaseExpression:
    """A boolean SQL expression per WorkOrder row: whether ``user`` sees its contact phone in full."""
    role = role_of(user)
    if role is None:
        return Value(False)
    if role is Role.ADMIN:
        return Value(True)
    own = Q(reporter_id=user.pk) | Q(assignee_id=user.pk)
    if role is not Role.OWNER:
        own |= Q(community_id__in=pii_communities(user))
    return sql_boolean(own)
