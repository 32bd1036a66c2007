"""Queries of parking. Lists return unevaluated querysets; the node types scope them (staff: their
communities; owners: their own rows, and the areas and draws of where they live)."""

from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.roles import Capability, Role, role_of
from permissions.scoping import visible_to
from saas.estates.models import Community
from saas.parking import selectors
from saas.parking.models import (
    ApplicationState,
    ParkingApplication,
    ParkingArea,
    ParkingLottery,
    ParkingRight,
    ParkingSession,
    ParkingSpace,
    ParkingTariff,
    RightState,
    SpaceKind,
    Vehicle,
)
from schema.core.errors import ApiError, ApiMessage
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import CountedConnection, pk_from_global_id
from schema.parking.mutations.common import optional_pk
from schema.parking.types import (
    ParkingApplicationType,
    ParkingAreaType,
    ParkingDisclosureType,
    ParkingLotteryType,
    ParkingRightType,
    ParkingSessionType,
    ParkingSpaceType,
    ParkingTariffType,
    VehicleType,
)

READ = [HasCapability(Capability.PARKING_VIEW, owners=True)]


@strawberry.type
class ParkingQueries:
    @strawberry_django.connection(
        CountedConnection[ParkingAreaType],
        permission_classes=READ,
        description="Car parks with today's occupancy (spaces set up, held). Owners: those where they live.",
    )
    def parking_areas(self, community: relay.GlobalID | None = None) -> QuerySet[ParkingArea]:
        return selectors.areas(community_id=optional_pk(community, "Community"))

    @strawberry_django.connection(
        CountedConnection[ParkingSpaceType],
        permission_classes=READ,
        description="Spaces by area and number, whether held today. Owners: the spaces they own.",
    )
    def parking_spaces(
        self,
        area: relay.GlobalID | None = None,
        community: relay.GlobalID | None = None,
        kinds: list[SpaceKind] | None = None,
        occupied: Annotated[
            bool | None,
            strawberry.argument(description="true: only spaces held today; false: only free ones; null: all."),
        ] = None,
    ) -> QuerySet[ParkingSpace]:
        return selectors.spaces(
            selectors.SpaceFilter(
                area_id=optional_pk(area, "ParkingArea"),
                community_id=optional_pk(community, "Community"),
                kinds=[k.value for k in kinds or ()],
                occupied=occupied,
            )
        )

    @strawberry_django.connection(
        CountedConnection[VehicleType],
        permission_classes=READ,
        description="Registered cars by plate. Staff: of residents living in their communities; owners: their own.",
    )
    def vehicles(
        self,
        plate: Annotated[str | None, strawberry.argument(description="Part of the plate (车牌), e.g. 京A.")] = None,
    ) -> QuerySet[Vehicle]:
        return selectors.vehicles(plate=plate)

    @strawberry_django.connection(
        CountedConnection[ParkingRightType],
        permission_classes=READ,
        description="Who holds which space when. Owners: their own rights.",
    )
    def parking_rights(
        self,
        space: relay.GlobalID | None = None,
        community: relay.GlobalID | None = None,
        states: list[RightState] | None = None,
    ) -> QuerySet[ParkingRight]:
        return selectors.rights(
            space_id=optional_pk(space, "ParkingSpace"),
            community_id=optional_pk(community, "Community"),
            states=[s.value for s in states or ()],
        )

    @strawberry_django.connection(
        CountedConnection[ParkingApplicationType],
        permission_classes=READ,
        description="Applications, oldest first (the office's review list: states [SUBMITTED]). Owners: their own.",
    )
    def parking_applications(
        self, community: relay.GlobalID | None = None, states: list[ApplicationState] | None = None
    ) -> QuerySet[ParkingApplication]:
        return selectors.applications(
            community_id=optional_pk(community, "Community"), states=[s.value for s in states or ()]
        )

    @strawberry_django.connection(
        CountedConnection[ParkingLotteryType],
        permission_classes=READ,
        description="摇号 draws, newest first, with their seeds and rankings (published to the community).",
    )
    def parking_lotteries(self, community: relay.GlobalID | None = None) -> QuerySet[ParkingLottery]:
        return selectors.lotteries(community_id=optional_pk(community, "Community"))

    @strawberry_django.connection(
        CountedConnection[ParkingTariffType],
        permission_classes=READ,
        description="临停收费标准 versions by area and first day (inForce: today's only). Owners: where they live.",
    )
    def parking_tariffs(
        self,
        area: relay.GlobalID | None = None,
        community: relay.GlobalID | None = None,
        in_force: Annotated[bool, strawberry.argument(description="Only the versions in force today.")] = False,
    ) -> QuerySet[ParkingTariff]:
        return selectors.tariffs(
            area_id=optional_pk(area, "ParkingArea"),
            community_id=optional_pk(community, "Community"),
            in_force=in_force,
        )

    @strawberry_django.connection(
        CountedConnection[ParkingSessionType],
        permission_classes=READ,
        description="临停记录, newest first (inside: cars still in). Staff: their communities' areas; owners: stays of "
        "their registered cars.",
    )
    def parking_sessions(
        self,
        area: relay.GlobalID | None = None,
        plate: Annotated[str | None, strawberry.argument(description="Part of the plate (车牌), e.g. 京A.")] = None,
        inside: Annotated[
            bool | None,
            strawberry.argument(description="true: only cars still in; false: only stays that ended; null: all."),
        ] = None,
    ) -> QuerySet[ParkingSession]:
        return selectors.sessions(area_id=optional_pk(area, "ParkingArea"), plate=plate, inside=inside)

    @strawberry.field(
        permission_classes=READ,
        description="车位公示 for the notice board (北京市物业管理条例 art. 70(7)): spaces sold and rented and the "
        "tariffs in force. Staff: their communities; owners: where they live.",
    )
    def parking_disclosure(
        self,
        info: strawberry.Info,
        community: Annotated[relay.GlobalID, strawberry.argument(description="The community's global ID.")],
    ) -> ParkingDisclosureType:
        community_id = pk_from_global_id(community, "Community")
        user = info.context.request.user
        if role_of(user) is Role.OWNER:
            home = visible_to(user, Community.objects.filter(pk=community_id))
            if not home.exists():
                raise ApiError(ApiMessage.FORBIDDEN)
        else:
            authorize(info, Capability.PARKING_VIEW, Community, community_id)
        counts = selectors.disclosure(community_id)
        in_force = visible_to(user, selectors.tariffs(community_id=community_id, in_force=True))
        return ParkingDisclosureType(
            owned=counts.owned,
            rented=counts.rented,
            reserved=counts.reserved,
            free=counts.free,
            temporary=counts.temporary,
            tariffs=list(in_force.select_related("area", "set_by")),  # type: ignore[arg-type]
        )
