"""Queries of the residents domain. Each returns an unevaluated queryset; the node type's
``get_queryset`` then scopes it (staff: everything in the company; an owner: their own rows)."""

from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.roles import Capability
from saas.estates.models import Community, House
from saas.residents import selectors
from saas.residents.models import Consent, Occupancy, RegistrationRequest, Resident, ResidentPolicy
from schema.core.context import Info
from schema.core.permissions import HasCapability, IsAuthenticated, IsCompanyStaff, authorize
from schema.core.relay import CountedConnection, NodeIdCheck, pk_from_global_id
from schema.residents.ids import community_pk
from schema.residents.types import (
    CommunityOptionType,
    ConsentType,
    HouseOptionType,
    OccupancyType,
    RegistrationRequestType,
    RegistrationStatus,
    ResidentPolicyType,
    ResidentType,
)

SEARCH_HELP = "One box: a name fragment, a full mobile, its last four digits or an ID number."


@strawberry.type
class ResidentQueries:
    resident: ResidentType | None = strawberry_django.node(
        description="A resident by ID, if you may see them.", extensions=[NodeIdCheck()]
    )

    @strawberry_django.connection(
        CountedConnection[ResidentType],
        permission_classes=[HasCapability(Capability.RESIDENT_VIEW, owners=True)],
        description="Staff: the residents of their communities (and those not yet in any house), narrowed by the "
        "filters (all must match). An owner: themselves.",
    )
    def residents(
        self,
        name: Annotated[str | None, strawberry.argument(description="Part of the name (姓名).")] = None,
        phone: Annotated[str | None, strawberry.argument(description="The full mainland mobile, 11 digits.")] = None,
        phone_last4: Annotated[
            str | None, strawberry.argument(description="The mobile's last four digits (手机尾号).")
        ] = None,
        id_number: Annotated[str | None, strawberry.argument(description="Exact match, any spacing or case.")] = None,
        house: Annotated[
            relay.GlobalID | None, strawberry.argument(description="Residents who ever lived there.")
        ] = None,
        search: Annotated[str | None, strawberry.argument(description=SEARCH_HELP)] = None,
    ) -> QuerySet[Resident]:
        return selectors.residents_search(
            Resident.objects.all(),
            selectors.ResidentSearch(
                name=name or None,
                phone=phone or None,
                phone_last4=phone_last4 or None,
                id_number=id_number,
                house_id=pk_from_global_id(house, "House") if house else None,
                text=search,
            ),
        )

    @strawberry_django.connection(
        CountedConnection[OccupancyType],
        permission_classes=[HasCapability(Capability.RESIDENT_VIEW)],
        description="A house's current and upcoming occupancies; with includeEnded, its whole history.",
    )
    def occupancies(
        self,
        info: Info,
        house: relay.GlobalID,
        include_ended: Annotated[
            bool, strawberry.argument(description="Also the occupancies that have ended (moved out); default false.")
        ] = False,
    ) -> QuerySet[Occupancy]:
        house_id = pk_from_global_id(house, "House")
        authorize(info, Capability.RESIDENT_VIEW, House, house_id)
        return selectors.occupancies_of_house(house_id=house_id, include_ended=include_ended)

    @strawberry_django.field(permission_classes=[IsCompanyStaff], description="The company's resident rules.")
    def resident_policy(self) -> ResidentPolicyType:
        return ResidentPolicy.current()  # type: ignore[return-value]

    @strawberry_django.connection(
        CountedConnection[RegistrationRequestType],
        permission_classes=[HasCapability(Capability.REGISTRATION_REVIEW)],
        description="Registration requests of your communities to review, newest first.",
    )
    def registration_requests(
        self,
        status: RegistrationStatus | None = None,
    ) -> QuerySet[RegistrationRequest]:
        return selectors.registration_requests(status=status.value if status else None)

    @strawberry_django.connection(
        CountedConnection[RegistrationRequestType],
        permission_classes=[IsAuthenticated],
        description="Your own registration requests, newest first.",
    )
    def my_registration_requests(
        self,
        info: Info,
        status: RegistrationStatus | None = None,
    ) -> QuerySet[RegistrationRequest]:
        return selectors.registration_requests(status=status.value if status else None, user_id=info.context.viewer.pk)

    @strawberry_django.connection(
        CountedConnection[CommunityOptionType],
        permission_classes=[IsAuthenticated],
        description="Communities to choose from when asking to be registered.",
    )
    def registration_community_options(
        self, search: Annotated[str | None, strawberry.argument(description="Part of the community's name.")] = None
    ) -> QuerySet[Community]:
        return selectors.communities_to_register(search=search)

    @strawberry_django.connection(
        CountedConnection[HouseOptionType],
        permission_classes=[IsAuthenticated],
        description="A community's houses to choose from when asking to be registered. "
        'search matches words against building, unit and room number, e.g. "3号楼 1201".',
    )
    def registration_house_options(
        self,
        community: relay.GlobalID,
        search: Annotated[
            str | None, strawberry.argument(description='Words of building, unit and room, e.g. "3号楼 1201".')
        ] = None,
    ) -> QuerySet[House]:
        return selectors.houses_to_register(community_id=community_pk(community), search=search)

    @strawberry_django.connection(
        CountedConnection[ConsentType],
        permission_classes=[IsAuthenticated],
        description="Your own consents, newest first, withdrawn ones included.",
    )
    def my_consents(
        self,
        info: Info,
        active_only: Annotated[
            bool, strawberry.argument(description="Only consents not withdrawn; default false.")
        ] = False,
    ) -> QuerySet[Consent]:
        consents = Consent.objects.filter(resident__user_id=info.context.viewer.pk)
        return consents.filter(withdrawn_at__isnull=True) if active_only else consents
