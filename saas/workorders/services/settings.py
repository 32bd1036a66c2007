"""The company's repair rules: dispatch mode per community, SLA per priority, the reopen window,
and technicians' skills and duty."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.unset import UNSET, Unset, given
from saas.estates.models import Community
from saas.workorders.dispatch import technicians
from saas.workorders.errors import WorkOrderSettingsErrorCode
from saas.workorders.models import (
    Category,
    CommunityDispatch,
    DispatchMode,
    SlaPolicy,
    TechnicianProfile,
    WorkOrderPolicy,
)
from saas.workorders.sla import MAX_MINUTES, SlaTerms

REOPEN_DAYS = (1, 30)


@transaction.atomic
def dispatch_mode_set(*, community_id: int, mode: DispatchMode) -> CommunityDispatch:
    """How the community's next orders go out (orders already submitted keep theirs)."""
    if not Community.objects.filter(pk=community_id).exists():
        raise DomainError(WorkOrderSettingsErrorCode.COMMUNITY_NOT_FOUND, field="community")
    row, _ = CommunityDispatch.objects.update_or_create(
        community_id=community_id, defaults={"mode": mode, "updated_at": timezone.now()}
    )
    return row


@dataclass(frozen=True)
class SlaChange:
    priority: str
    terms: SlaTerms


def _check_sla(errors: ErrorCollector, changes: Sequence[SlaChange]) -> None:
    seen: set[str] = set()
    for index, change in enumerate(changes):
        field = f"sla.{index}"
        if change.priority in seen:
            errors.add(WorkOrderSettingsErrorCode.PRIORITY_REPEATED, field=field)
        seen.add(change.priority)
        minutes = (change.terms.respond_minutes, change.terms.on_site_minutes, change.terms.complete_minutes)
        if not all(1 <= m <= MAX_MINUTES for m in minutes):
            errors.add(WorkOrderSettingsErrorCode.MINUTES_OUT_OF_RANGE, field=field, limit=MAX_MINUTES)
        elif not minutes[0] <= minutes[1] <= minutes[2]:
            errors.add(WorkOrderSettingsErrorCode.DEADLINES_OUT_OF_ORDER, field=field)


@transaction.atomic
def work_order_policy_update(
    *, reopen_days: int | Unset = UNSET, sla: Sequence[SlaChange] | Unset = UNSET
) -> WorkOrderPolicy:
    """Change what is given; new deadlines apply to orders submitted (or reopened) from now on."""
    changes: Sequence[SlaChange] = given(sla, ())
    errors = ErrorCollector()
    low, high = REOPEN_DAYS
    if reopen_days is not UNSET and not low <= reopen_days <= high:
        errors.add(WorkOrderSettingsErrorCode.REOPEN_DAYS_OUT_OF_RANGE, field="reopenDays", low=low, high=high)
    _check_sla(errors, changes)
    errors.raise_if_any()
    policy = WorkOrderPolicy.current()
    policy.reopen_days = given(reopen_days, policy.reopen_days)
    policy.save()
    for change in changes:
        SlaPolicy.objects.update_or_create(
            priority=change.priority,
            defaults={
                "respond_minutes": change.terms.respond_minutes,
                "on_site_minutes": change.terms.on_site_minutes,
                "complete_minutes": change.terms.complete_minutes,
            },
        )
    return policy


def _technician(user_id: int) -> User:
    technician = technicians().filter(pk=user_id).first()
    if technician is None:
        raise DomainError(WorkOrderSettingsErrorCode.NOT_A_TECHNICIAN, field="technician")
    return technician


@transaction.atomic
def technician_profile_set(
    *, technician_id: int, skills: Collection[Category] | None = None, on_duty: bool | None = None
) -> User:
    """A manager sets what a technician can fix and/or whether they are on duty."""
    technician = _technician(technician_id)
    profile, _ = TechnicianProfile.objects.select_for_update().get_or_create(user=technician)
    if skills is not None:
        profile.skills = [c.value for c in Category if c in set(skills)]  # in the catalogue's order
    if on_duty is not None:
        profile.on_duty = on_duty
    profile.updated_at = timezone.now()
    profile.save()
    return technician


@transaction.atomic
def technician_duty_set(*, technician: User, on_duty: bool) -> User:
    """上班 / 下班: a technician starts or ends their shift (auto and grab dispatch reach only those
    on duty)."""
    return technician_profile_set(technician_id=_technician(technician.pk).pk, on_duty=on_duty)
