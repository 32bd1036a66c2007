"""巡检计划 Plans and the rounds they generate per shift.

Rounds are generated like maintenance orders: for every shift of every active plan, each day from
the last one generated (or the plan's start) through tomorrow, inserted ``ON CONFLICT DO NOTHING``
on (shift, day) under the company's compliance lock, so re-running creates nothing and a sweep
that did not run for a few days catches up. The round goes to the roster member whose turn it is
(members take the day's shifts in turn, inactive accounts skipped); with nobody left on the
roster it is generated unassigned, for the supervisor to see, never skipped. A paused plan gets no
rounds (the sweep skips it); resuming records the day, and the catch-up starts no earlier than that
day, so the days of the pause never show as missed rounds.

A scan on a route belongs to the round of that route whose window is open at the server's time
(the scanner's own round first). A round generated late (after a pause in the sweep) takes the
scans already made in its window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Case, Count, Max, OuterRef, Q, Subquery, Value, When
from django.utils import timezone

from permissions.roles import Role
from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.equipment.errors import InspectionErrorCode
from saas.equipment.models import (
    CheckpointScan,
    InspectionPlan,
    InspectionRound,
    InspectionRoute,
    PlanMember,
    PlanShift,
)
from saas.equipment.services.gaps import compliance_lock
from saas.workorders.dispatch import works_in

NAME_LIMIT = 100
SHIFT_NAME_LIMIT = 20
SHIFTS_LIMIT = 6
ROSTER_LIMIT = 20
MIN_MINUTES, MAX_MINUTES = 10, 720
DAY_MINUTES = 24 * 60
HORIZON = timedelta(days=1)  # today's and tomorrow's rounds exist
CATCH_UP = timedelta(days=31)  # at most this far back after a pause in the sweep
START_WINDOW = timedelta(days=366)
ROSTER_ROLES = (Role.TECHNICIAN.value, Role.MANAGER.value)


@dataclass(frozen=True)
class ShiftData:
    name: str
    starts_at: time
    duration_minutes: int


@dataclass(frozen=True)
class PlanData:
    community_id: int
    route_id: int
    name: str
    shifts: Sequence[ShiftData]
    roster_ids: Sequence[int]
    starts_on: date | None = None  # None: today


def _overlap(a: ShiftData, b: ShiftData) -> bool:
    """Whether two daily shifts overlap on the 24-hour circle (a night shift runs past midnight)."""
    start_a = a.starts_at.hour * 60 + a.starts_at.minute
    start_b = b.starts_at.hour * 60 + b.starts_at.minute
    return (start_b - start_a) % DAY_MINUTES < a.duration_minutes or (
        start_a - start_b
    ) % DAY_MINUTES < b.duration_minutes


def _check_shifts(shifts: Sequence[ShiftData], errors: ErrorCollector) -> None:
    names = [s.name.strip() for s in shifts]
    valid = (
        1 <= len(shifts) <= SHIFTS_LIMIT
        and all(name and len(name) <= SHIFT_NAME_LIMIT for name in names)
        and len(set(names)) == len(names)
        and all(MIN_MINUTES <= s.duration_minutes <= MAX_MINUTES for s in shifts)
        and not any(_overlap(a, b) for i, a in enumerate(shifts) for b in shifts[i + 1 :])
    )
    if not valid:
        errors.add(InspectionErrorCode.SHIFTS_INVALID, field="shifts", limit=SHIFTS_LIMIT)


def _check_roster(community_id: int, roster_ids: Sequence[int], errors: ErrorCollector) -> None:
    ids = list(roster_ids)
    rostered = User.objects.filter(pk__in=ids, is_active=True, is_staff=True).filter(
        (works_in(community_id) & Q(groups__name__in=ROSTER_ROLES)) | Q(groups__name=Role.ADMIN.value)
    )
    if not 1 <= len(ids) <= ROSTER_LIMIT or len(set(ids)) != len(ids) or rostered.distinct().count() != len(ids):
        errors.add(InspectionErrorCode.ROSTER_INVALID, field="roster", limit=ROSTER_LIMIT)


@transaction.atomic
def inspection_plan_create(*, data: PlanData, today: date | None = None) -> InspectionPlan:
    """A plan walking ``route`` in each shift from ``starts_on``; today's and tomorrow's rounds are
    generated at once, later ones by the daily sweep."""
    today = today or timezone.localdate()
    route = InspectionRoute.objects.filter(pk=data.route_id).first()
    if route is None or route.community_id != data.community_id:
        raise DomainError(InspectionErrorCode.ROUTE_NOT_FOUND, field="route")
    errors = ErrorCollector()
    name = data.name.strip()
    check_text(errors, InspectionErrorCode, "name", name, limit=NAME_LIMIT)
    if name and InspectionPlan.objects.filter(community_id=data.community_id, name=name).exists():
        errors.add(InspectionErrorCode.NAME_TAKEN, field="name", value=name)
    _check_shifts(data.shifts, errors)
    _check_roster(data.community_id, data.roster_ids, errors)
    starts_on = data.starts_on or today
    if not today <= starts_on <= today + START_WINDOW:
        errors.add(InspectionErrorCode.START_OUT_OF_RANGE, field="startsOn")
    errors.raise_if_any()
    plan = InspectionPlan.objects.create(community_id=data.community_id, route=route, name=name, starts_on=starts_on)
    PlanShift.objects.bulk_create(
        PlanShift(
            plan=plan,
            position=index,
            name=shift.name.strip(),
            starts_at=shift.starts_at.replace(second=0, microsecond=0, tzinfo=None),
            duration_minutes=shift.duration_minutes,
        )
        for index, shift in enumerate(data.shifts, start=1)
    )
    PlanMember.objects.bulk_create(
        PlanMember(plan=plan, user_id=pk, position=index) for index, pk in enumerate(data.roster_ids, start=1)
    )
    inspection_rounds_generate(today=today, plan_ids=[plan.pk])
    return plan


@transaction.atomic
def inspection_plan_active_set(*, plan_id: int, active: bool, today: date | None = None) -> InspectionPlan:
    """Pause a plan (its rounds not started yet and not scanned are withdrawn) or resume it (today's
    and tomorrow's rounds are generated again, none for the days it was paused)."""
    compliance_lock()  # a sweep running now either sees the plan paused or finishes before
    plan = InspectionPlan.objects.select_for_update().filter(pk=plan_id).first()
    if plan is None:
        raise DomainError(InspectionErrorCode.PLAN_NOT_FOUND, field="id")
    if plan.is_active == active:
        raise DomainError(InspectionErrorCode.ACTIVE_UNCHANGED, field="active")
    today = today or timezone.localdate()
    plan.is_active = active
    if active:
        plan.resumed_on = today
    plan.save(update_fields=["is_active", "resumed_on"])
    if active:
        inspection_rounds_generate(today=today, plan_ids=[plan.pk])
    else:
        InspectionRound.objects.filter(plan=plan, starts_at__gt=timezone.now(), scans__isnull=True).delete()
    return plan


def _window(day: date, shift: PlanShift) -> tuple[datetime, datetime]:
    starts = timezone.make_aware(datetime.combine(day, shift.starts_at))
    return starts, starts + timedelta(minutes=shift.duration_minutes)


def _rosters(plans: Sequence[InspectionPlan]) -> dict[int, list[int]]:
    """Each plan's active members in turn order."""
    rosters: dict[int, list[int]] = defaultdict(list)
    for plan_id, user_id in PlanMember.objects.filter(plan__in=plans, user__is_active=True).values_list(
        "plan_id", "user_id"
    ):
        rosters[plan_id].append(user_id)
    return rosters


def _new_rounds(
    plan: InspectionPlan, shifts: list[PlanShift], roster: list[int], last: dict[int, date], today: date
) -> list[InspectionRound]:
    stops: int = plan.stop_count  # type: ignore[attr-defined]
    rounds = []
    for index, shift in enumerate(shifts):
        first = max(plan.starts_on, today - CATCH_UP, plan.resumed_on or plan.starts_on)  # not the paused days
        if shift.pk in last:
            first = max(first, last[shift.pk] + timedelta(days=1))
        day = first
        while day <= today + HORIZON:
            turn = (day - plan.starts_on).days * len(shifts) + index
            starts, ends = _window(day, shift)
            rounds.append(
                InspectionRound(
                    plan=plan,
                    shift=shift,
                    route_id=plan.route_id,
                    community_id=plan.community_id,
                    day=day,
                    starts_at=starts,
                    ends_at=ends,
                    assignee_id=roster[turn % len(roster)] if roster else None,
                    stops_total=stops,
                )
            )
            day += timedelta(days=1)
    return rounds


def _attach_earlier_scans(route_ids: set[int], since: datetime) -> None:
    """Scans made on these routes since ``since`` outside any round join the round whose window
    they fell in (a round generated late, after a pause in the sweep)."""
    containing = InspectionRound.objects.filter(
        route_id=OuterRef("route_id"), starts_at__lte=OuterRef("server_time"), ends_at__gt=OuterRef("server_time")
    ).order_by("starts_at", "id")
    CheckpointScan.objects.filter(route_id__in=route_ids, round__isnull=True, server_time__gte=since).update(
        round=Subquery(containing.values("pk")[:1])
    )


def inspection_rounds_generate(*, today: date, plan_ids: Sequence[int] | None = None) -> int:
    """Create every round due from the last generated day through tomorrow; returns how many."""
    compliance_lock()
    plans = InspectionPlan.objects.filter(is_active=True, starts_on__lte=today + HORIZON).annotate(
        stop_count=Count("route__stops")
    )
    if plan_ids is not None:
        plans = plans.filter(pk__in=plan_ids)
    plan_list = list(plans)
    if not plan_list:
        return 0
    shifts: dict[int, list[PlanShift]] = defaultdict(list)
    for shift in PlanShift.objects.filter(plan__in=plan_list):
        shifts[shift.plan_id].append(shift)
    last = dict(
        InspectionRound.objects.filter(plan__in=plan_list)
        .values("shift_id")
        .annotate(last=Max("day"))
        .values_list("shift_id", "last")
    )
    rosters = _rosters(plan_list)
    rounds = [r for plan in plan_list for r in _new_rounds(plan, shifts[plan.pk], rosters[plan.pk], last, today)]
    # Under the lock every slot is past the last one generated; the unique (shift, day) is the guard.
    InspectionRound.objects.bulk_create(rounds, ignore_conflicts=True)
    past = [r.starts_at for r in rounds if r.starts_at <= timezone.now()]
    if past:
        _attach_earlier_scans({r.route_id for r in rounds}, min(past))
    return len(rounds)


def round_for_scan(*, route_id: int, user: User, now: datetime) -> InspectionRound | None:
    """The round of ``route`` open at ``now``: the scanner's own, else the earliest started."""
    return (
        InspectionRound.objects.filter(route_id=route_id, starts_at__lte=now, ends_at__gt=now)
        .order_by(Case(When(assignee_id=user.pk, then=Value(0)), default=Value(1)), "starts_at", "id")
        .first()
    )
