"""The personal-information access log as the admin reads it."""

from __future__ import annotations

from typing import Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import auto, relay

from permissions.models import PiiAccessLog, PiiAction
from permissions.scoping import visible_to
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.residents.types import ResidentType

strawberry.enum(
    PiiAction,
    name="PiiAction",
    description="REVEAL: full phone/ID numbers shown; EXPORT: a data export; ANONYMISE: an anonymisation.",
)

# The staff account list (staff management) shows accounts as nodes of this type; an actor's ID is
# one of those, so the audit view can link to the account and filter by it.
ACCOUNT_NODE_TYPE = "StaffMember"


@strawberry.type(name="PiiAccessActor", description="Who did it, with the name they had then.")
class PiiAccessActorType:
    id: relay.GlobalID = strawberry.field(description="The account's global ID (a StaffMember).")
    name: str = strawberry.field(description="Their display name at the time.")


@model_type(
    PiiAccessLog,
    name="PiiAccessLogEntry",
    description="个人信息访问记录 One look at or processing of a resident's personal information. Entries are only "
    "ever added; nothing changes or removes them.",
)
class PiiAccessLogEntryType(relay.Node):
    action: PiiAction
    fields: list[str] = model_field(
        description="REVEAL: the fields shown (phone, second_phone, emergency_contact_phone, id_number); EXPORT: the "
        "sections exported; ANONYMISE: what was cleared."
    )
    reason: auto
    client_address: str | None = model_field(description="The caller's IP address, when known.")
    created_at: auto
    resident: ResidentType | None = model_field(
        description="Null once the resident row is gone (or if you may not see them); residentId stays."
    )

    @strawberry_django.field(only=["actor_id", "actor_name"])
    def actor(self, root: PiiAccessLog) -> PiiAccessActorType:
        return PiiAccessActorType(
            id=relay.GlobalID(type_name=ACCOUNT_NODE_TYPE, node_id=str(root.actor_id)), name=root.actor_name
        )

    @strawberry_django.field(only=["resident_id"], description="Kept even after the resident row is gone.")
    def resident_id(self, root: PiiAccessLog) -> relay.GlobalID:
        return relay.GlobalID(type_name="Resident", node_id=str(root.resident_id))

    @classmethod
    def get_queryset(cls, queryset: QuerySet[PiiAccessLog], info: Info, **kwargs: Any) -> QuerySet[PiiAccessLog]:
        return visible_to(info.context.viewer, queryset)
