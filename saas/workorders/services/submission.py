"""报修 Reporting a repair, and its dispatch in the same transaction.

An owner reports for one of the houses they live in; staff report for any house or a public area
of a community in their scope (the API checks the scope). The order gets its SLA deadlines, then
goes out by the community's dispatch mode: nowhere yet (assign), to the least busy matching
technician (auto), or as an offer to every matching technician (grab).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from permissions.roles import Role
from permissions.scoping import AccountStandIn, occupied_houses
from saas.accounts.models import User
from saas.core.errors import ErrorCollector
from saas.core.prepared import Prepared
from saas.core.rows import commit_with_last_writes, rows_insert
from saas.core.validators import check_mobile, check_text, is_mainland_mobile, normalize_mainland_mobile
from saas.estates.models import Building, Community, House
from saas.notifications.models import Notification
from saas.notifications.services import notifications_announced
from saas.residents.models import Occupancy, Resident
from saas.workorders import dispatch
from saas.workorders.errors import WorkOrderErrorCode
from saas.workorders.live import events_publish_on_commit
from saas.workorders.models import Action, DispatchMode, Priority, State, WorkOrder, WorkOrderEvent, WorkOrderOffer
from saas.workorders.notices import assigned_notice, notify_offered, notify_reporter, reporter_hears
from saas.workorders.photos import CheckedPhoto, check_photos, photos_store
from saas.workorders.services.common import entry
from saas.workorders.sla import deadlines_from, sla_terms

DESCRIPTION_LIMIT = 500
LOCATION_LIMIT = 100
CONTACT_NAME_LIMIT = 64


@dataclass(frozen=True)
class WorkOrderReport:
    category: str
    description: str
    priority: str = Priority.NORMAL
    house_id: int | None = None  # a house, or else a public area of community_id:
    community_id: int | None = None
    building_id: int | None = None
    location: str = ""  # the place in a public area, or a room of the house ("厨房")
    contact_name: str = ""
    contact_phone: str = ""
    preferred_visit_at: datetime | None = None


@dataclass(frozen=True)
class _Place:
    community: Community
    house: House | None
    building: Building | None
    dispatch_mode: DispatchMode  # the community's, read with the place


def _clean(report: WorkOrderReport, errors: ErrorCollector) -> WorkOrderReport:
    cleaned = replace(
        report,
        description=report.description.strip(),
        location=report.location.strip(),
        contact_name=report.contact_name.strip(),
        contact_phone=normalize_mainland_mobile(report.contact_phone),
    )
    codes = WorkOrderErrorCode
    check_text(errors, codes, "description", cleaned.description, limit=DESCRIPTION_LIMIT)
    check_text(errors, codes, "location", cleaned.location, limit=LOCATION_LIMIT, required=False)
    check_text(errors, codes, "contactName", cleaned.contact_name, limit=CONTACT_NAME_LIMIT, required=False)
    check_mobile(errors, codes, "contactPhone", cleaned.contact_phone, required=False)
    if cleaned.preferred_visit_at is not None and cleaned.preferred_visit_at < timezone.now():
        errors.add(codes.VISIT_TIME_PAST, field="preferredVisitAt")
    return cleaned


def _houses(reporter: Any, ids: Mapping[str, int]) -> QuerySet[House]:
    # The community's dispatch row joined in (cheaper to compose than a subquery for the mode).
    houses = House.objects.select_related("community__work_order_dispatch", "building", "unit").filter(pk=ids["house"])
    if not reporter.is_staff:  # an owner: only the houses they live in
        houses = houses.filter(pk__in=occupied_houses(reporter).values("house_id"))
    return houses


# Every submission reads its house: composed once per company, day and kind of reporter.
_HOUSES = Prepared(lambda owner, ids: _houses(AccountStandIn(ids["user"], Role.OWNER if owner else Role.SERVICE), ids))


def _house_place(reporter: User, house_id: int, errors: ErrorCollector) -> _Place | None:
    ids = {"house": house_id, "user": reporter.pk}
    found = _HOUSES.instances(not reporter.is_staff, ids)
    house = (found[0] if found else None) if found is not None else _houses(reporter, ids).first()
    if house is None:
        errors.add(WorkOrderErrorCode.HOUSE_NOT_FOUND, field="house")
        return None
    mode = dispatch.dispatch_mode_loaded(house.community)
    return _Place(community=house.community, house=house, building=house.building, dispatch_mode=mode)


def _public_place(report: WorkOrderReport, community_id: int, errors: ErrorCollector) -> _Place | None:
    community = Community.objects.select_related("work_order_dispatch").filter(pk=community_id).first()
    if community is None:
        errors.add(WorkOrderErrorCode.COMMUNITY_NOT_FOUND, field="community")
        return None
    building = None
    if report.building_id is not None:
        building = Building.objects.filter(pk=report.building_id, community=community).first()
        if building is None:
            errors.add(WorkOrderErrorCode.BUILDING_NOT_IN_COMMUNITY, field="building")
            return None
    if building is None and not report.location:
        errors.add(WorkOrderErrorCode.PLACE_REQUIRED, field="location")
        return None
    mode = dispatch.dispatch_mode_loaded(community)
    return _Place(community=community, house=None, building=building, dispatch_mode=mode)


def _place(reporter: User, report: WorkOrderReport, errors: ErrorCollector) -> _Place | None:
    if report.house_id is not None:
        if report.community_id is not None or report.building_id is not None:
            errors.add(WorkOrderErrorCode.HOUSE_OR_AREA, field="house")
            return None
        return _house_place(reporter, report.house_id, errors)
    if not reporter.is_staff:  # public areas are reported by staff
        errors.add(WorkOrderErrorCode.REQUIRED, field="house")
        return None
    if report.community_id is None:
        errors.add(WorkOrderErrorCode.PLACE_REQUIRED, field="house")
        return None
    return _public_place(report, report.community_id, errors)


def _owner_contact(reporter: User, report: WorkOrderReport) -> WorkOrderReport:
    """An owner who leaves the contact out is the contact, by their resident record or account."""
    if reporter.is_staff or (report.contact_name and report.contact_phone):
        return report
    resident = Resident.objects.filter(user=reporter).only("name", "phone").first()
    phones = [resident.phone if resident else "", reporter.phone, reporter.username]
    return replace(
        report,
        contact_name=report.contact_name or (resident.name if resident else reporter.display_name),
        contact_phone=report.contact_phone or next((p for p in phones if is_mainland_mobile(p)), ""),
    )


def _desk_contact(reporter: User, report: WorkOrderReport, house: House, errors: ErrorCollector) -> WorkOrderReport:
    """Staff reporting for a house leave a contact: themselves or someone living there (the
    technician calls before coming). The name defaults to that person's. Public areas need none."""
    if not report.contact_phone:
        errors.add(WorkOrderErrorCode.CONTACT_REQUIRED, field="contactPhone")
        return report
    if not is_mainland_mobile(report.contact_phone):  # PHONE_INVALID already says so
        return report
    if report.contact_phone in (reporter.phone, reporter.username):
        return replace(report, contact_name=report.contact_name or reporter.display_name)
    resident = (
        Resident.objects.filter(
            phone=report.contact_phone, occupancies__in=Occupancy.objects.active().filter(house=house)
        )
        .only("name")
        .first()
    )
    if resident is None:
        errors.add(WorkOrderErrorCode.CONTACT_NOT_OF_HOUSE, field="contactPhone")
        return report
    return replace(report, contact_name=report.contact_name or resident.name)


def _dispatch(
    order: WorkOrder, submitted: WorkOrderEvent, last_writes: Callable[[], None]
) -> tuple[list[WorkOrderEvent], list[int]]:
    """Dispatch the order and save its timeline (the ``submitted`` entry and the dispatch's, in one
    INSERT, with the assignee's notification in the same round trip); the events, and the
    technicians offered the order (a new order has no other offers). Auto dispatch holds the
    community's turn from the pick to the commit: what it writes after the pick goes with the
    COMMIT (``last_writes``), and the keys of those rows are known from the commit on."""
    events: list[WorkOrderEvent] = [submitted]
    offered: list[int] = []
    notice: list[Notification] = []
    if order.dispatch_mode == DispatchMode.AUTO:
        last_writes()
        if dispatch.least_busy_technician_assign(order) is not None:
            notice = assigned_notice(order)
            events.append(entry(order, Action.ASSIGNED, from_state=State.SUBMITTED, actor=None, note="自动派单"))
    elif order.dispatch_mode == DispatchMode.GRAB:
        offered = list(
            dispatch.matching_technicians(community_id=order.community_id, category=order.category).values_list(
                "pk", flat=True
            )
        )
        if offered:
            WorkOrderOffer.objects.bulk_create(WorkOrderOffer(work_order=order, technician_id=pk) for pk in offered)
            notify_offered(order, offered)
            note = f"推送给 {len(offered)} 名技师"
            events.append(entry(order, Action.OFFERED, from_state=State.SUBMITTED, actor=None, note=note))
    tell_reporter = order.dispatch_mode == DispatchMode.AUTO and len(events) > 1 and reporter_hears(order, actor=None)
    # The owner's letter is keyed by the assignment's timeline entry: its key is then read at once.
    rows_insert(events, notice, keys_at_commit=not tell_reporter)
    notifications_announced(notice)
    if tell_reporter:
        notify_reporter(order, actor=None, event=events[-1])
    return events, offered


def work_order_submit(*, reporter: User, report: WorkOrderReport, photos: Sequence[Any] = ()) -> WorkOrder:
    """Record a repair request (with up to nine photos) and dispatch it by the community's mode."""
    with commit_with_last_writes() as last_writes, transaction.atomic():
        return _submit(reporter, report, photos, last_writes)


def _submit(
    reporter: User, report: WorkOrderReport, photos: Sequence[Any], last_writes: Callable[[], None]
) -> WorkOrder:
    errors = ErrorCollector()
    cleaned = _clean(report, errors)
    checked: list[CheckedPhoto] = check_photos(errors, photos)
    place = _place(reporter, cleaned, errors)
    if place is not None and place.house is not None and reporter.is_staff:
        cleaned = _desk_contact(reporter, cleaned, place.house, errors)
    errors.raise_if_any()
    assert place is not None
    cleaned = _owner_contact(reporter, cleaned)
    now = timezone.now()
    deadlines = deadlines_from(now, sla_terms()[Priority(cleaned.priority)])
    order = WorkOrder.objects.create(
        community=place.community,
        house=place.house,
        building=place.building,
        location=cleaned.location,
        category=cleaned.category,
        description=cleaned.description,
        priority=cleaned.priority,
        contact_name=cleaned.contact_name,
        contact_phone=cleaned.contact_phone,
        preferred_visit_at=cleaned.preferred_visit_at,
        reporter=reporter,
        dispatch_mode=place.dispatch_mode,
        respond_by=deadlines.respond_by,
        on_site_by=deadlines.on_site_by,
        complete_by=deadlines.complete_by,
        created_at=now,
    )
    submitted = entry(order, Action.SUBMITTED, from_state="", actor=reporter)  # saved with the dispatch's
    photos_store(order=order, photos=checked, uploaded_by=reporter)
    # Last: auto dispatch holds the community's dispatch row until the commit.
    events, offered = _dispatch(order, submitted, last_writes)
    events_publish_on_commit(order, events, offered=offered)
    return order
