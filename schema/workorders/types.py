"""GraphQL types of work orders, their timeline and photos, technicians and the repair rules.

A work order scopes itself (``get_queryset`` → ``visible_to``): connections, ``node(id:)`` and
nested lists apply the same rule. Its contact phone is masked unless the viewer may see it in
full (``saas.workorders.scoping.contact_phone_full``), carried as a SQL annotation in lists.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import strawberry
import strawberry_django
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import QuerySet
from strawberry import auto, relay

from permissions.masking import full_per_row, shown
from permissions.roles import Capability
from permissions.scoping import visible_to
from saas.accounts.models import User
from saas.estates.models import Community
from saas.workorders.dispatch import open_orders_count
from saas.workorders.models import (
    Action,
    Category,
    DispatchMode,
    Priority,
    State,
    WorkOrder,
    WorkOrderEvent,
    WorkOrderPhoto,
)
from saas.workorders.scoping import contact_phone_full
from saas.workorders.selectors import dispatch_mode_annotation, technicians_visible_to
from saas.workorders.views import photo_jpeg_url, photo_url
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.estates.types import BuildingType, CommunityType, HouseType

strawberry.enum(Category, name="WorkOrderCategory", description="报修类别 What kind of repair.")
strawberry.enum(Priority, name="WorkOrderPriority", description="紧急程度 Sets the deadlines (SLA).")
strawberry.enum(State, name="WorkOrderState", description="工单状态")
strawberry.enum(Action, name="WorkOrderAction", description="What happened at one step of the timeline.")
strawberry.enum(DispatchMode, name="DispatchMode", description="派单方式 ASSIGN (desk), AUTO, GRAB (抢单).")

CONTACT_FULL_ATTR = "contact_phone_full"


def shows_contact_phone(user: Any, order: WorkOrder) -> bool:
    return full_per_row(order, CONTACT_FULL_ATTR, lambda: contact_phone_full(user))


@model_type(WorkOrderPhoto, name="WorkOrderPhoto", description="现场照片 A photo attached to a work order.")
class WorkOrderPhotoType:
    content_type: str = model_field(description="image/jpeg, image/png, image/webp, image/heic or image/heif.")
    size: int = model_field(description="Bytes.")
    created_at: auto

    @strawberry_django.field(only=["id"], description="Where to GET it (same host, same credentials).")
    def url(self, root: WorkOrderPhoto) -> str:
        return photo_url(root.pk)

    @strawberry_django.field(
        only=["id"],
        description="A JPEG every browser shows: the copy stored beside a HEIC/HEIF photo, the photo "
        "itself for other types (same host, same credentials).",
    )
    def jpeg_url(self, root: WorkOrderPhoto) -> str:
        return photo_jpeg_url(root.pk)


@strawberry.type(
    name="WorkOrderEvent",
    description="时间线 One step of a work order: who did what, when, from which state to which. The same "
    "type in WorkOrder.timeline and in the workOrderEvents subscription.",
)
class WorkOrderEventType:
    """A snapshot of plain values, so the subscription resolves it without the database."""

    action: Action = strawberry.field(description="What was done (操作).")
    from_state: State | None = strawberry.field(description="Null for the submission.")
    to_state: State = strawberry.field(description="The state this step moved the order to.")
    note: str = strawberry.field(description="The reason, the work done, the rating comment…; may be empty.")
    actor_name: str = strawberry.field(description="Who did it, as named then; 系统 for dispatch and the SLA sweep.")
    created_at: datetime = strawberry.field(description="When it happened.")

    @classmethod
    def of(cls, event: WorkOrderEvent) -> WorkOrderEventType:
        return cls(
            action=Action(event.action),
            from_state=State(event.from_state) if event.from_state else None,
            to_state=State(event.to_state),
            note=event.note,
            actor_name=event.actor_name,
            created_at=event.created_at,
        )


@model_type(WorkOrder, name="WorkOrder", description="报修工单 A repair work order.")
class WorkOrderType(relay.Node):
    category: Category
    priority: Priority
    state: State
    description: auto
    location: str = model_field(description="The public-area place, or a room of the house; may be empty.")
    contact_name: auto
    preferred_visit_at: auto
    dispatch_mode: DispatchMode
    respond_by: auto
    on_site_by: auto
    complete_by: auto
    created_at: auto
    assigned_at: auto
    accepted_at: auto
    on_site_at: auto
    completed_at: auto
    closed_at: auto
    reopened_at: auto
    overdue_at: auto
    escalation_level: int = model_field(description="Deadlines missed and escalated so far: 0–3.")
    escalated_at: auto
    rating: int | None = model_field(description="1–5 stars from the owner.")
    rating_comment: auto
    rated_at: auto
    community: CommunityType = model_field(select_related=["community"])
    building: BuildingType | None = model_field(description="The building (of the house, or of the public area).")
    house: HouseType | None = model_field(description="Null for a public area.")
    photos: list[WorkOrderPhotoType] = model_field(description="Photos of the problem and of the repair.")

    @strawberry_django.field(only=["created_at"], description="工单号, e.g. BX20261128-42.")
    def number(self, root: WorkOrder) -> str:
        return root.number

    @strawberry_django.field(prefetch_related=["events"], description="Oldest first.")
    def timeline(self, root: WorkOrder) -> list[WorkOrderEventType]:
        return [WorkOrderEventType.of(event) for event in root.events.all()]

    @strawberry_django.field(
        only=[
            "house_id",
            "building_id",
            "location",
            "house__room_number",
            "house__building__name",
            "house__unit__name",
            "building__name",
        ],
        select_related=["house__building", "house__unit", "building"],
        description="Where, for people: 3号楼1单元1502, or 3号楼 2号电梯.",
    )
    def place(self, root: WorkOrder) -> str:
        return root.place

    @strawberry_django.field(
        only=["contact_phone"],
        annotate={CONTACT_FULL_ATTR: lambda info: contact_phone_full(info.context.viewer)},
        description="Masked as 138****5678 unless you reported it, it is assigned to you, or you may see "
        "personal information in its community.",
    )
    def contact_phone(self, root: WorkOrder, info: Info) -> str:
        return shown(root.contact_phone, full=shows_contact_phone(info.context.viewer, root))

    @strawberry_django.field(
        only=["assignee__display_name"], select_related=["assignee"], description="The technician, if any."
    )
    def assignee_name(self, root: WorkOrder) -> str | None:
        return root.assignee.display_name if root.assignee is not None else None

    @strawberry_django.field(only=["overdue_at"], description="Missed a deadline at some point.")
    def is_overdue(self, root: WorkOrder) -> bool:
        return root.overdue_at is not None

    @classmethod
    def get_queryset(cls, queryset: QuerySet[WorkOrder], info: Info, **kwargs: Any) -> QuerySet[WorkOrder]:
        return visible_to(info.context.viewer, queryset)


@model_type(User, name="Technician", description="维修技师 A technician, with skills, duty and load.")
class TechnicianType(relay.Node):
    name: str = model_field(field_name="display_name", description="姓名")

    @strawberry_django.field(
        select_related=["technician_profile"],
        only=["technician_profile__skills"],
        description="The repair categories they take (技能).",
    )
    def skills(self, root: User) -> list[Category]:
        try:
            return [Category(c) for c in root.technician_profile.skills]  # type: ignore[attr-defined]
        except ObjectDoesNotExist:
            return []

    @strawberry_django.field(
        select_related=["technician_profile"],
        only=["technician_profile__on_duty"],
        description="在岗: auto and grab dispatch reach only technicians on duty.",
    )
    def on_duty(self, root: User) -> bool:
        try:
            return bool(root.technician_profile.on_duty)  # type: ignore[attr-defined]
        except ObjectDoesNotExist:
            return False

    @strawberry_django.field(
        annotate={"open_orders": lambda info: open_orders_count()}, description="Open orders assigned."
    )
    def open_orders(self, root: User) -> int:
        return int(root.open_orders)  # type: ignore[attr-defined]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[User], info: Info, **kwargs: Any) -> QuerySet[User]:
        return technicians_visible_to(info.context.viewer, queryset)


@model_type(Community, name="CommunityDispatch", description="How a community's new work orders go out.")
class CommunityDispatchType(relay.Node):
    name: str = model_field(description="The community's name.")

    @strawberry_django.field(only=["id"], description="The Community ID.")
    def community_id(self, root: Community) -> relay.GlobalID:
        return relay.GlobalID("Community", str(root.pk))

    @strawberry_django.field(
        annotate={"dispatch_mode": lambda info: dispatch_mode_annotation()},
        description="How its new orders reach technicians (派单方式).",
    )
    def mode(self, root: Community) -> DispatchMode:
        return DispatchMode(root.dispatch_mode)  # type: ignore[attr-defined]

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Community], info: Info, **kwargs: Any) -> QuerySet[Community]:
        return visible_to(info.context.viewer, queryset, Capability.WORKORDER_VIEW)


@strawberry.type(name="SlaTerms", description="服务时限 Deadlines for one priority, minutes from submission.")
class SlaTermsType:
    priority: Priority = strawberry.field(description="The priority these deadlines apply to.")
    respond_minutes: int = strawberry.field(description="A technician accepts it.")
    on_site_minutes: int = strawberry.field(description="A technician is there.")
    complete_minutes: int = strawberry.field(description="It is fixed.")


@strawberry.type(name="WorkOrderPolicy", description="报修规则 The company's rules for repairs.")
class WorkOrderPolicyType:
    reopen_days: int = strawberry.field(
        description="How long after completion the owner may reopen; unrated orders close after it."
    )
    sla: list[SlaTermsType] = strawberry.field(description="One per priority: URGENT, NORMAL, LOW.")
