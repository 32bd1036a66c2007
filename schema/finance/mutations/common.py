"""What the finance mutations share: global ids of several kinds, scope checks, the fee-setup permission."""

from __future__ import annotations

from strawberry import relay

from permissions.roles import Capability
from saas.estates.models import Community
from schema.core.context import Info
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id


def pks(ids: list[relay.GlobalID], type_name: str) -> list[int]:
    return [pk_from_global_id(gid, type_name) for gid in ids]


def authorize_communities(info: Info, capability: Capability, community_ids: list[int]) -> None:
    """FORBIDDEN unless every community is in the caller's scope for ``capability``."""
    for community_id in community_ids:
        authorize(info, capability, Community, community_id)


FEE_SETUP = [HasCapability(Capability.FEE_SETUP)]
