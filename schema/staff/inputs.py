"""Inputs of the staff mutations. ``staffUpdate`` uses ``Maybe``: a field left out stays as it is
(a scope left out is narrowed to what a new role allows)."""

from __future__ import annotations

import strawberry
from strawberry import Maybe, relay

import schema.accounts.types  # noqa: F401  (registers Role as a GraphQL enum)
from permissions.roles import Role

COMMUNITIES = "Community IDs the member works in; none for admin, at least one for other staff roles."
PII = "A subset of communities where residents' phone and ID numbers are shown in full (roles seeing residents)."


@strawberry.input(description="Create a staff account and text its phone a one-time activation link (72 hours).")
class StaffInviteInput:
    name: str = strawberry.field(description="姓名, at most 64 characters.")
    phone: str = strawberry.field(description="Mainland mobile; becomes the login name.")
    role: Role = strawberry.field(description="What the new member may do (角色); see `roles`.")
    communities: list[relay.GlobalID] = strawberry.field(default_factory=list, description=COMMUNITIES)
    pii_communities: list[relay.GlobalID] = strawberry.field(default_factory=list, description=PII)


@strawberry.input(description="Fields left out stay as they are.")
class StaffUpdateInput:
    id: relay.GlobalID
    name: Maybe[str] = strawberry.field(description="姓名, at most 64 characters.")
    role: Maybe[Role] = strawberry.field(description="Not your own. Left-out scopes shrink to what the role allows.")
    communities: Maybe[list[relay.GlobalID]] = strawberry.field(description=COMMUNITIES)
    pii_communities: Maybe[list[relay.GlobalID]] = strawberry.field(description=PII)


@strawberry.input(description="Text a new activation link to someone not activated yet; the old link stops working.")
class StaffInviteResendInput:
    id: relay.GlobalID


@strawberry.input(description="Stop the account now: its tokens die, it cannot log in.")
class StaffDeactivateInput:
    id: relay.GlobalID


@strawberry.input
class StaffReactivateInput:
    id: relay.GlobalID


@strawberry.input(description="The code from the invitation link and the password to set.")
class StaffActivateInput:
    token: str = strawberry.field(description="The activation token from the link texted to the new member.")
    password: str = strawberry.field(description="The password to set; weak ones are refused.")
