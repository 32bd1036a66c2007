"""communityCreate / communityUpdate / communityDelete (staff only)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import Community
from saas.estates.services import community_create, community_delete, community_update
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.estates.errors import CommunityError
from schema.estates.inputs import CommunityCreateInput, CommunityDeleteInput, CommunityUpdateInput
from schema.estates.mutations.common import maybe
from schema.estates.types import CommunityType


@strawberry.type
class CommunityCreatePayload:
    errors: list[CommunityError]
    community: CommunityType | None = None


@strawberry.type
class CommunityUpdatePayload:
    errors: list[CommunityError]
    community: CommunityType | None = None


@strawberry.type
class CommunityDeletePayload:
    errors: list[CommunityError]
    community: CommunityType | None = strawberry.field(default=None, description="The community as it was.")


@strawberry.type
class CommunityMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.COMMUNITY_CREATE)],
        description="Add a community (小区); admin only.",
    )
    def community_create(self, input: CommunityCreateInput) -> CommunityCreatePayload:
        return payload_of(
            CommunityCreatePayload,
            CommunityError,
            "community",
            lambda: community_create(
                name=input.name,
                address=input.address,
                district=input.district.value,
                total_floor_area=input.total_floor_area,
                handover_date=input.handover_date,
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.ESTATE_MANAGE)],
        description="Change the given fields of a community.",
    )
    def community_update(self, info: strawberry.Info, input: CommunityUpdateInput) -> CommunityUpdatePayload:
        community_id = pk_from_global_id(input.id, "Community")
        authorize(info, Capability.ESTATE_MANAGE, Community, community_id)
        return payload_of(
            CommunityUpdatePayload,
            CommunityError,
            "community",
            lambda: community_update(
                community_id=community_id,
                name=maybe(input.name),
                address=maybe(input.address),
                district=maybe(input.district),
                total_floor_area=maybe(input.total_floor_area),
                handover_date=maybe(input.handover_date),
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.COMMUNITY_CREATE)],
        description="Delete a community; refused while it has buildings. Admin only.",
    )
    def community_delete(self, input: CommunityDeleteInput) -> CommunityDeletePayload:
        community_id = pk_from_global_id(input.id, "Community")
        return payload_of(
            CommunityDeletePayload,
            CommunityError,
            "community",
            lambda: community_delete(community_id=community_id),
        )
