"""Demo bookings: a prospect asks, the vendor's staff schedule and follow up.

The vendor's sales team learns of a new booking in its console (``demoBookings(unacknowledged:
true)``: the badge, until one of them takes it) and, if their account has a mobile number, by SMS
through the platform's SMS backend (``settings.SMS_BACKEND``, as staff invitations and sign-up
codes), after the commit. The companies' outbox (``saas.notifications``) lives in company schemas
only; see docs/decisions.md ("A demo booked tells the vendor's sales team").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.sms import sms_backend
from saas.core.validators import check_email, check_mobile, check_text, normalize_mainland_mobile
from tenants.errors import DemoBookingErrorCode
from tenants.models import DemoBooking, DemoBookingStatus

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DemoRequest:
    company_name: str
    contact_name: str
    phone: str
    email: str
    preferred_time: datetime | None
    city: str
    houses_managed: int | None
    notes: str


@transaction.atomic
def demo_book(*, request: DemoRequest) -> DemoBooking:
    errors = ErrorCollector()
    phone = normalize_mainland_mobile(request.phone)
    email = request.email.strip().lower()
    codes = DemoBookingErrorCode
    check_text(errors, codes, "companyName", request.company_name.strip(), limit=100)
    check_text(errors, codes, "contactName", request.contact_name.strip(), limit=64)
    check_text(errors, codes, "city", request.city.strip(), limit=32)
    check_text(errors, codes, "notes", request.notes.strip(), limit=2000, required=False)
    check_mobile(errors, codes, "phone", phone)
    check_email(errors, codes, "email", email, required=False)
    if request.preferred_time is None:
        errors.add(DemoBookingErrorCode.REQUIRED, field="preferredTime")
    elif request.preferred_time <= timezone.now():
        errors.add(DemoBookingErrorCode.TIME_IN_PAST, field="preferredTime")
    if request.houses_managed is not None and request.houses_managed < 0:
        errors.add(DemoBookingErrorCode.HOUSES_INVALID, field="housesManaged")
    errors.raise_if_any()
    assert request.preferred_time is not None  # checked above
    booking = DemoBooking.objects.create(
        company_name=request.company_name.strip(),
        contact_name=request.contact_name.strip(),
        phone=phone,
        email=email,
        preferred_time=request.preferred_time,
        city=request.city.strip(),
        houses_managed=request.houses_managed,
        notes=request.notes.strip(),
    )
    _tell_sales(booking)
    return booking


def sales_phones() -> list[str]:
    """The vendor's sales team as SMS reaches it: active console staff with a mobile number."""
    staff = User.objects.filter(is_staff=True, is_active=True).exclude(phone="").order_by("pk")
    return list(dict.fromkeys(staff.values_list("phone", flat=True)))


def _tell_sales(booking: DemoBooking) -> None:
    when = timezone.localtime(booking.preferred_time)
    text = (
        f"【物业云】新的演示预约：{booking.company_name}（{booking.city}），联系人 {booking.contact_name}，"
        f"期望 {when:%m-%d %H:%M}。请在运营后台认领。"
    )
    phones = sales_phones()

    def send() -> None:
        backend = sms_backend()
        for phone in phones:
            try:
                backend.send(phone, text)
            except Exception:  # one phone's failure neither undoes the booking nor skips the others
                logger.exception("demo booking %s: SMS to a sales phone failed", booking.pk)

    if phones:
        transaction.on_commit(send)


@transaction.atomic
def demo_acknowledge(*, booking_id: int, user: User) -> DemoBooking:
    """One of the sales team takes a new booking: it leaves everyone's badge."""
    booking = (
        DemoBooking.objects.select_for_update(of=("self",))
        .select_related("acknowledged_by")
        .filter(pk=booking_id)
        .first()
    )
    if booking is None:
        raise DomainError(DemoBookingErrorCode.NOT_FOUND, field="id")
    if booking.acknowledged_at is not None:
        raise DomainError(DemoBookingErrorCode.ALREADY_ACKNOWLEDGED, field="id", name=str(booking.acknowledged_by))
    booking.acknowledged_at, booking.acknowledged_by = timezone.now(), user
    booking.save(update_fields=["acknowledged_at", "acknowledged_by"])
    return booking


def _take(booking: DemoBooking, user: User | None) -> list[str]:
    """Scheduling or closing a booking nobody took yet takes it too; the fields to save."""
    if booking.acknowledged_at is not None or user is None:
        return []
    booking.acknowledged_at, booking.acknowledged_by = timezone.now(), user
    return ["acknowledged_at", "acknowledged_by"]


def _locked_open_booking(booking_id: int) -> DemoBooking:
    booking = DemoBooking.objects.select_for_update().filter(pk=booking_id).first()
    if booking is None:
        raise DomainError(DemoBookingErrorCode.NOT_FOUND, field="id")
    if booking.status in (DemoBookingStatus.DONE, DemoBookingStatus.CANCELLED):
        raise DomainError(DemoBookingErrorCode.CLOSED, field="id")
    return booking


@transaction.atomic
def demo_schedule(
    *, booking_id: int, scheduled_at: datetime, presenter_username: str, meeting_url: str, user: User | None = None
) -> DemoBooking:
    errors = ErrorCollector()
    if scheduled_at <= timezone.now():
        errors.add(DemoBookingErrorCode.TIME_IN_PAST, field="scheduledAt")
    presenter = User.objects.filter(username=presenter_username, is_staff=True, is_active=True).first()
    if presenter is None:
        errors.add(DemoBookingErrorCode.PRESENTER_INVALID, field="presenterUsername")
    if meeting_url:
        try:
            URLValidator(schemes=["http", "https"])(meeting_url)
        except ValidationError:
            errors.add(DemoBookingErrorCode.URL_INVALID, field="meetingUrl")
    errors.raise_if_any()
    booking = _locked_open_booking(booking_id)
    booking.status = DemoBookingStatus.SCHEDULED
    booking.scheduled_at = scheduled_at
    booking.presenter = presenter
    booking.meeting_url = meeting_url
    taken = _take(booking, user)
    booking.save(update_fields=["status", "scheduled_at", "presenter", "meeting_url", *taken])
    return booking


@transaction.atomic
def demo_close(*, booking_id: int, outcome: DemoBookingStatus, user: User | None = None) -> DemoBooking:
    """Mark a booking done or cancelled; closed bookings no longer change."""
    booking = _locked_open_booking(booking_id)
    booking.status = outcome
    booking.save(update_fields=["status", *_take(booking, user)])
    return booking
