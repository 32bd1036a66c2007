"""摇号: the office draws lots among a community's waiting owners when spaces are scarce."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.estates.models import Community
from saas.parking.services.lottery import parking_lottery_draw
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError
from schema.parking.inputs import ParkingLotteryDrawInput
from schema.parking.mutations.common import run, user
from schema.parking.types import ParkingLotteryType


@strawberry.type(description="The draw, its seed and ranking published; the winners' applications are offered.")
class ParkingLotteryDrawPayload:
    errors: list[ParkingError] = strawberry.field(description="Why nothing was changed; empty on success.")
    lottery: ParkingLotteryType | None = strawberry.field(default=None, description="Null when refused.")


@strawberry.type
class ParkingLotteryMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PARKING_MANAGE)],
        description="Draw lots among the community's waiting owners (more of them than spaces): ranked by "
        "sha256('<seed>:<application number>'), the first are offered the spaces in the order given.",
    )
    def parking_lottery_draw(self, info: strawberry.Info, input: ParkingLotteryDrawInput) -> ParkingLotteryDrawPayload:
        community_id = pk_from_global_id(input.community, "Community")
        authorize(info, Capability.PARKING_MANAGE, Community, community_id)
        space_ids = [pk_from_global_id(space, "ParkingSpace") for space in input.spaces]
        actor = user(info)
        return run(
            ParkingLotteryDrawPayload,
            "lottery",
            lambda: parking_lottery_draw(community_id=community_id, space_ids=space_ids, actor=actor),
        )
