"""Inputs of the work-order mutations."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry import relay
from strawberry.file_uploads import Upload

from schema.workorders.types import Category, DispatchMode, Priority  # registered as GraphQL enums there


@strawberry.input(
    description="报修 Owners: a house they live in. Staff: a house, or a public area of a community "
    "(community plus a building and/or a location such as 2号电梯).",
)
class WorkOrderSubmitInput:
    category: Category
    description: str = strawberry.field(description="What is wrong, up to 500 characters.")
    priority: Priority = Priority.NORMAL
    house: relay.GlobalID | None = None
    community: relay.GlobalID | None = strawberry.field(default=None, description="For a public area.")
    building: relay.GlobalID | None = strawberry.field(default=None, description="For a public area.")
    location: str = strawberry.field(default="", description="The public-area place, or a room: 厨房.")
    contact_name: str = strawberry.field(default="", description="Owners: defaults to themselves.")
    contact_phone: str = strawberry.field(default="", description="Mainland mobile; owners: defaults to theirs.")
    preferred_visit_at: datetime | None = strawberry.field(default=None, description="期望上门时间")
    photos: list[Upload] = strawberry.field(
        default_factory=list,
        description="Up to 9 JPEG, PNG or WebP images of at most 5 MB each (GraphQL multipart request).",
    )


@strawberry.input
class WorkOrderAssignInput:
    id: relay.GlobalID
    technician: relay.GlobalID = strawberry.field(description="A Technician ID from technicians().")
    note: str = strawberry.field(default="", description="A word for the technician; optional.")


@strawberry.input
class WorkOrderAcceptInput:
    id: relay.GlobalID


@strawberry.input
class WorkOrderArriveInput:
    id: relay.GlobalID
    note: str = strawberry.field(default="", description="Up to 500 characters.")


@strawberry.input
class WorkOrderCompleteInput:
    id: relay.GlobalID
    note: str = strawberry.field(default="", description="What was done, up to 500 characters.")


@strawberry.input
class WorkOrderCloseInput:
    id: relay.GlobalID
    note: str = strawberry.field(default="", description="Up to 500 characters.")


@strawberry.input
class WorkOrderCancelInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description="Required, up to 200 characters.")


@strawberry.input
class WorkOrderReopenInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description="What is still wrong; required, up to 200 characters.")


@strawberry.input
class WorkOrderRateInput:
    id: relay.GlobalID
    stars: int = strawberry.field(description="1–5.")
    comment: str = strawberry.field(default="", description="What the owner says about the repair; optional.")


@strawberry.input
class DispatchModeSetInput:
    community: relay.GlobalID
    mode: DispatchMode = strawberry.field(description="How the community's new orders reach technicians (派单方式).")


@strawberry.input(description="The deadlines (时限) of one priority, in minutes from submission.")
class SlaTermsInput:
    priority: Priority = strawberry.field(description="The priority these deadlines apply to.")
    respond_minutes: int = strawberry.field(description="Minutes until a technician must accept it.")
    on_site_minutes: int = strawberry.field(description="Minutes until a technician must be there.")
    complete_minutes: int = strawberry.field(description="Minutes until it must be fixed.")


@strawberry.input(description="Fields left out stay as they are.")
class WorkOrderPolicyUpdateInput:
    reopen_days: int | None = strawberry.field(default=None, description="1–30.")
    sla: list[SlaTermsInput] = strawberry.field(default_factory=list, description="Priorities to change.")


@strawberry.input(description="Fields left out stay as they are.")
class TechnicianProfileSetInput:
    technician: relay.GlobalID
    skills: list[Category] | None = strawberry.field(
        default=None, description="The repair categories they take (技能); null: unchanged."
    )
    on_duty: bool | None = strawberry.field(
        default=None, description="Whether they are on duty (在岗); null: unchanged."
    )


@strawberry.input
class TechnicianDutySetInput:
    on_duty: bool = strawberry.field(description="true: on duty (在岗), offered new orders; false: off duty.")
