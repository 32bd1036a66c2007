"""车位申请 Applications: submitted → offered (a space held for the applicant until the offer
expires) → awaiting payment (an order made, ``services.payments``) → active (paid), or rejected
with a reason; the applicant may cancel while it waits; an offer nobody pays for expires and frees
its space.

Owners may ask for 1–12 months; anyone else month by month, and not while an owner waits
(``saas.parking.priority``). A car has at most one application waiting (a unique index).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.parking.errors import ParkingErrorCode
from saas.parking.models import (
    OFFER_STATES,
    PENDING_STATES,
    RENTABLE_KINDS,
    ApplicationState,
    ParkingApplication,
    ParkingSpace,
    RightKind,
    RightState,
)
from saas.parking.periods import months_from
from saas.parking.priority import check_owner_priority
from saas.parking.services.common import (
    check_months,
    check_start,
    community_locked,
    is_owner_in,
    right_cancel,
    right_write,
    space_of,
    vehicle_of,
)
from saas.residents.models import Resident

REASON_LIMIT = 200
ONE_PENDING_PER_VEHICLE = "parking_application_one_pending_per_vehicle"


@dataclass(frozen=True)
class ApplicationRequest:
    community_id: int
    vehicle_id: int
    months: int
    start: date


@transaction.atomic
def parking_application_submit(*, applicant: Resident | None, request: ApplicationRequest) -> ParkingApplication:
    check_months(request.months)
    check_start(request.start)
    community = community_locked(request.community_id)
    if applicant is None:
        raise DomainError(ParkingErrorCode.NOT_RESIDENT, field="community")
    owner = is_owner_in(applicant, community.pk, field="community")
    vehicle = vehicle_of(request.vehicle_id, applicant)
    if not owner:
        if request.months != 1:
            raise DomainError(ParkingErrorCode.MONTH_BY_MONTH_ONLY, field="months")
        check_owner_priority(community.pk)
    try:
        with transaction.atomic():
            return ParkingApplication.objects.create(
                community=community,
                applicant=applicant,
                vehicle=vehicle,
                is_owner=owner,
                months=request.months,
                start=request.start,
            )
    except IntegrityError as exc:
        if ONE_PENDING_PER_VEHICLE in str(exc):
            raise DomainError(ParkingErrorCode.APPLICATION_PENDING, field="vehicle") from exc
        raise


def application_locked(application_id: int) -> ParkingApplication:
    application = (
        ParkingApplication.objects.select_for_update(of=("self",))
        .select_related("right")
        .filter(pk=application_id)
        .first()
    )
    if application is None:
        raise DomainError(ParkingErrorCode.APPLICATION_NOT_FOUND, field="id")
    return application


def check_pending(application: ParkingApplication, *states: str) -> None:
    if application.state not in (states or (ApplicationState.SUBMITTED,)):
        state = ApplicationState(application.state)
        raise DomainError(ParkingErrorCode.NOT_PENDING, field="id", state=state.label, state_en=state.name.lower())


def offer_expiry() -> Any:
    return timezone.now() + timedelta(hours=settings.PARKING_OFFER_HOURS)


def application_offer(application: ParkingApplication, space: ParkingSpace, *, actor: Any) -> ParkingApplication:
    """Hold ``space`` for the application (a reserved right over its months) until the offer expires."""
    if space.community_id != application.community_id:
        raise DomainError(ParkingErrorCode.SPACE_IN_OTHER_COMMUNITY, field="space")
    if space.kind not in RENTABLE_KINDS:
        raise DomainError(ParkingErrorCode.SPACE_NOT_RENTABLE, field="space")
    start = max(application.start, timezone.localdate())
    application.right = right_write(
        space=space,
        holder=application.applicant,
        kind=RightKind.MONTHLY,
        state=RightState.RESERVED,
        period=months_from(start, application.months),
        vehicle=application.vehicle,
        actor=actor,
    )
    application.space = space
    application.state = ApplicationState.OFFERED
    application.offer_expires_at = offer_expiry()
    application.decided_by = actor
    application.decided_at = timezone.now()
    application.save()
    return application


@transaction.atomic
def parking_application_offer(*, application_id: int, space_id: int, actor: Any) -> ParkingApplication:
    """分配 The office offers a space to a waiting application (owners first)."""
    application = application_locked(application_id)
    community_locked(application.community_id)
    check_pending(application)
    if not application.is_owner:
        check_owner_priority(application.community_id)
    return application_offer(application, space_of(space_id), actor=actor)


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    errors = ErrorCollector()
    check_text(errors, ParkingErrorCode, "reason", text, limit=REASON_LIMIT, required=True)
    errors.raise_if_any()
    return text


@transaction.atomic
def parking_application_reject(*, application_id: int, reason: str, actor: Any) -> ParkingApplication:
    """驳回 with a reason the applicant reads; only a waiting application."""
    text = _reason(reason)
    application = application_locked(application_id)
    check_pending(application)
    application.state = ApplicationState.REJECTED
    application.reason = text
    application.decided_by = actor
    application.decided_at = timezone.now()
    application.save()
    return application


@transaction.atomic
def parking_application_cancel(*, application_id: int, reason: str = "") -> ParkingApplication:
    """The applicant withdraws, before or after an offer; an offered space is free again."""
    text = (reason or "").strip()[:REASON_LIMIT]
    application = application_locked(application_id)
    check_pending(application, *PENDING_STATES)
    right_cancel(application.right)
    application.state = ApplicationState.CANCELLED
    application.reason = text
    application.decided_at = timezone.now()
    application.save()
    return application


@transaction.atomic
def parking_offers_expire(*, now: Any = None) -> int:
    """Offers past their expiry lapse and free their spaces; returns how many."""
    now = now or timezone.now()
    expired = 0
    overdue = (
        ParkingApplication.objects.select_for_update(of=("self",), skip_locked=True)
        .select_related("right")
        .filter(state__in=OFFER_STATES, offer_expires_at__lte=now)
    )
    for application in overdue:
        right_cancel(application.right)
        application.state = ApplicationState.EXPIRED
        application.save(update_fields=["state"])
        expired += 1
    return expired
