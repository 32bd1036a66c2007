"""The repair rules: dispatch mode per community, the company's SLA and reopen window, technicians'
skills and duty."""

from __future__ import annotations

import strawberry
from django.db.models import Exists, OuterRef

from permissions.roles import Capability
from saas.accounts.models import User
from saas.core.unset import UNSET
from saas.estates.models import Community
from saas.workorders.dispatch import open_orders_count, technicians
from saas.workorders.models import Category, DispatchMode
from saas.workorders.selectors import communities_with_dispatch, dispatch_mode_annotation, technicians_visible_to
from saas.workorders.services import settings as services
from saas.workorders.sla import SlaTerms
from schema.core.context import Info
from schema.core.errors import ApiError, ApiMessage, payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.workorders.errors import WorkOrderSettingsError
from schema.workorders.inputs import (
    DispatchModeSetInput,
    TechnicianDutySetInput,
    TechnicianProfileSetInput,
    WorkOrderPolicyUpdateInput,
)
from schema.workorders.queries import policy_payload
from schema.workorders.types import CommunityDispatchType, TechnicianType, WorkOrderPolicyType


@strawberry.type
class DispatchModeSetPayload:
    errors: list[WorkOrderSettingsError]
    dispatch: CommunityDispatchType | None = None


@strawberry.type
class WorkOrderPolicyUpdatePayload:
    errors: list[WorkOrderSettingsError]
    policy: WorkOrderPolicyType | None = None


@strawberry.type
class TechnicianProfileSetPayload:
    errors: list[WorkOrderSettingsError]
    technician: TechnicianType | None = None


@strawberry.type
class TechnicianDutySetPayload:
    errors: list[WorkOrderSettingsError]
    technician: TechnicianType | None = None


def _technician_row(pk: int) -> User:
    """A technician as the Technician type reads it (profile joined, open orders counted)."""
    return technicians().select_related("technician_profile").annotate(open_orders=open_orders_count()).get(pk=pk)


def _authorize_technician(info: Info, pk: int) -> None:
    """FORBIDDEN for a technician outside the caller's communities (anyone else is the service's
    NOT_A_TECHNICIAN)."""
    visible = technicians_visible_to(info.context.viewer, User.objects.filter(pk=OuterRef("pk")))
    seen = technicians().filter(pk=pk).values_list(Exists(visible), flat=True).first()
    if seen is False:
        raise ApiError(ApiMessage.FORBIDDEN)


@strawberry.type
class WorkOrderSettingsMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_SETTINGS)],
        description="How a community's new orders go out: ASSIGN (the desk picks), AUTO (the least busy "
        "matching technician on duty), GRAB (offered to every matching technician on duty).",
    )
    def dispatch_mode_set(self, info: Info, input: DispatchModeSetInput) -> DispatchModeSetPayload:
        community_id = pk_from_global_id(input.community, "Community")
        authorize(info, Capability.WORKORDER_SETTINGS, Community, community_id)
        return payload_of(
            DispatchModeSetPayload,
            WorkOrderSettingsError,
            lambda _: {
                "dispatch": communities_with_dispatch()
                .annotate(dispatch_mode=dispatch_mode_annotation())
                .get(pk=community_id)
            },
            lambda: services.dispatch_mode_set(community_id=community_id, mode=DispatchMode(input.mode.value)),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="The company-wide repair rules (admins): SLA minutes per priority, the reopen window. "
        "New deadlines apply to orders submitted or reopened from now on.",
    )
    def work_order_policy_update(self, input: WorkOrderPolicyUpdateInput) -> WorkOrderPolicyUpdatePayload:
        changes = [
            services.SlaChange(
                priority=terms.priority.value,
                terms=SlaTerms(terms.respond_minutes, terms.on_site_minutes, terms.complete_minutes),
            )
            for terms in input.sla
        ]
        return payload_of(
            WorkOrderPolicyUpdatePayload,
            WorkOrderSettingsError,
            lambda policy: {"policy": policy_payload(policy)},
            lambda: services.work_order_policy_update(
                reopen_days=input.reopen_days if input.reopen_days is not None else UNSET, sla=changes
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_SETTINGS)],
        description="A technician's skills (the categories they repair) and/or duty, for a technician of your "
        "communities.",
    )
    def technician_profile_set(self, info: Info, input: TechnicianProfileSetInput) -> TechnicianProfileSetPayload:
        pk = pk_from_global_id(input.technician, "Technician")
        _authorize_technician(info, pk)
        skills = [Category(c.value) for c in input.skills] if input.skills is not None else None
        return payload_of(
            TechnicianProfileSetPayload,
            WorkOrderSettingsError,
            lambda _: {"technician": _technician_row(pk)},
            lambda: services.technician_profile_set(technician_id=pk, skills=skills, on_duty=input.on_duty),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.WORKORDER_WORK)],
        description="上班 / 下班: a technician starts or ends their shift.",
    )
    def technician_duty_set(self, info: Info, input: TechnicianDutySetInput) -> TechnicianDutySetPayload:
        user = info.context.viewer
        return payload_of(
            TechnicianDutySetPayload,
            WorkOrderSettingsError,
            lambda _: {"technician": _technician_row(user.pk)},
            lambda: services.technician_duty_set(technician=user, on_duty=input.on_duty),
        )
