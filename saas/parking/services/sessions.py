"""临停 Stays from gate events: an entry opens a session (one open per plate and area), an exit
closes it and prices it with the tariff version in force at entry (``saas.parking.fees``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from saas.core.errors import DomainError
from saas.parking.errors import ParkingErrorCode
from saas.parking.fees import Quote, fee_quote
from saas.parking.models import ParkingArea, ParkingSession, ParkingTariff, Vehicle
from saas.parking.plates import plate_parse
from saas.parking.tariffs import tariff_terms

ONE_OPEN = "parking_session_one_open_per_plate"
CLOCK_SKEW = timedelta(minutes=5)  # a gate's clock may run a little ahead of ours


def _plate(raw: str) -> str:
    parsed = plate_parse(raw)
    if parsed is None:
        raise DomainError(ParkingErrorCode.PLATE_INVALID, field="plate")
    return parsed.text


def _moment(at: datetime | None) -> datetime:
    now = timezone.now()
    if at is None:
        return now
    if at > now + CLOCK_SKEW:
        raise DomainError(ParkingErrorCode.EVENT_IN_FUTURE, field="at")
    return at


def _area(area_id: int) -> ParkingArea:
    area = ParkingArea.objects.filter(pk=area_id).first()
    if area is None:
        raise DomainError(ParkingErrorCode.AREA_NOT_FOUND, field="area")
    return area


def tariff_on(area: ParkingArea, moment: datetime) -> ParkingTariff | None:
    return ParkingTariff.objects.filter(area=area, valid__contains=timezone.localdate(moment)).first()


@transaction.atomic
def vehicle_entry_record(*, area_id: int, plate: str, at: datetime | None = None, actor: Any) -> ParkingSession:
    """入场: a car passes the entry gate."""
    text = _plate(plate)
    moment = _moment(at)
    area = _area(area_id)
    session = ParkingSession(
        area=area,
        plate=text,
        vehicle=Vehicle.objects.filter(plate=text).first(),
        tariff=tariff_on(area, moment),
        entered_at=moment,
        recorded_by=actor,
    )
    try:
        with transaction.atomic():
            session.save()
    except IntegrityError as exc:
        if ONE_OPEN in str(exc):
            raise DomainError(ParkingErrorCode.SESSION_OPEN, field="plate") from exc
        raise
    return session


def session_quote(session: ParkingSession, until: datetime | None = None) -> Quote | None:
    """The itemised fee of the stay up to its exit (or ``until``, or now); None without a tariff."""
    if session.tariff is None:
        return None
    end = session.exited_at or until or timezone.now()
    seconds = max(0, int((end - session.entered_at).total_seconds()))
    return fee_quote(tariff_terms(session.tariff), seconds)


@transaction.atomic
def vehicle_exit_record(*, area_id: int, plate: str, at: datetime | None = None, actor: Any) -> ParkingSession:
    """出场: the car's open session in the area closes and is priced."""
    text = _plate(plate)
    moment = _moment(at)
    session = (
        ParkingSession.objects.select_for_update(of=("self",))
        .select_related("tariff")
        .filter(area_id=area_id, plate=text, exited_at=None)
        .first()
    )
    if session is None:
        raise DomainError(ParkingErrorCode.NO_OPEN_SESSION, field="plate")
    if moment < session.entered_at:
        raise DomainError(ParkingErrorCode.EXIT_BEFORE_ENTRY, field="at")
    session.exited_at = moment
    quote = session_quote(session)
    session.fee_fen = quote.amount_fen if quote is not None else 0
    session.save(update_fields=["exited_at", "fee_fen"])
    return session
