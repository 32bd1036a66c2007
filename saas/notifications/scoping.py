"""Who sees which outbox messages: staff holding ``MESSAGE_OUTBOX`` those about their
communities (the community the event was about, written with the message), the admin all of them
(also those about no community: company-wide notices, the vendor's). Owners see none."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from permissions.roles import Capability
from permissions.scoping import ScopeRule, register_scope_rule
from saas.notifications.models import OutboxMessage


def _in_communities(communities: QuerySet[Any]) -> Q:
    return Q(community_id__in=communities)


def register() -> None:
    register_scope_rule(OutboxMessage, ScopeRule(Capability.MESSAGE_OUTBOX, _in_communities, None))
