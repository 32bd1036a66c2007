"""Staff reads: the staff list (admins only) and the role catalogue (any staff)."""

from __future__ import annotations

from typing import Annotated

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import relay

from permissions.roles import Capability, Role
from saas.accounts.models import User
from saas.accounts.staff.selectors import StaffFilters, staff_list
from schema.core.permissions import HasCapability, IsCompanyStaff
from schema.core.relay import CountedConnection, pk_from_global_id
from schema.staff.types import RoleInfoType, StaffMemberType


@strawberry.type
class StaffQueries:
    @strawberry_django.connection(
        CountedConnection[StaffMemberType],
        permission_classes=[HasCapability(Capability.STAFF_MANAGE)],
        description="The company's staff accounts (never owners), oldest first; all filters must match. Admin only.",
    )
    def staff_members(
        self,
        role: Role | None = None,
        community: Annotated[
            relay.GlobalID | None,
            strawberry.argument(description="Assigned to this community (admins work everywhere and are not listed)."),
        ] = None,
        active: Annotated[bool | None, strawberry.argument(description="Active or deactivated only.")] = None,
        search: Annotated[
            str | None, strawberry.argument(description="Name, login name or phone contains this text.")
        ] = None,
    ) -> QuerySet[User]:
        community_id = pk_from_global_id(community, "Community") if community is not None else None
        return staff_list(filters=StaffFilters(role=role, community_id=community_id, active=active, search=search))

    @strawberry.field(
        permission_classes=[IsCompanyStaff],
        description="Every role with its name, what it allows and whether it is limited to assigned communities.",
    )
    def roles(self) -> list[RoleInfoType]:
        return [RoleInfoType.of(role) for role in Role]
