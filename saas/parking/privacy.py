"""What parking holds about a person, for PIPL requests (``saas.residents.privacy``): their cars'
plates, rights, applications, stays and parking payments in the data export; on anonymisation the
plates are replaced by a pseudonym (on the car and on its stays), waiting applications are
withdrawn (a held space is freed), and the history stays, pseudonymised (payments are financial
records)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from saas.core.money import fen_to_yuan
from saas.parking.models import (
    PENDING_STATES,
    ApplicationState,
    ParkingApplication,
    ParkingPayment,
    ParkingRight,
    ParkingSession,
    Vehicle,
)
from saas.parking.services.common import right_cancel
from saas.residents.models import Resident


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: Any) -> str | None:
    return timezone.localtime(value).isoformat() if value is not None else None


def _sessions(resident: Resident) -> QuerySet[ParkingSession]:
    return ParkingSession.objects.filter(vehicle__resident=resident)


def parking_section(resident: Resident) -> dict[str, Any]:
    rights = ParkingRight.objects.filter(holder=resident).select_related("space__area", "vehicle")
    applications = ParkingApplication.objects.filter(applicant=resident).select_related("vehicle", "space")
    payments = ParkingPayment.objects.filter(payer=resident).select_related("order")
    return {
        "vehicles": [
            {"plate": v.plate, "newEnergy": v.new_energy, "registeredAt": _moment(v.created_at)}
            for v in Vehicle.objects.filter(resident=resident)
        ],
        "rights": [
            {
                "space": f"{r.space.area.name} {r.space.number}",
                "kind": r.kind,
                "state": r.state,
                "start": _day(r.period.lower),
                "end": _day(r.period.upper),
                "plate": r.vehicle.plate if r.vehicle else None,
            }
            for r in rights
        ],
        "applications": [
            {
                "number": a.pk,
                "state": a.state,
                "plate": a.vehicle.plate,
                "months": a.months,
                "start": _day(a.start),
                "space": a.space.number if a.space else None,
                "submittedAt": _moment(a.created_at),
                "reason": a.reason,
            }
            for a in applications
        ],
        "stays": [
            {
                "plate": s.plate,
                "area": s.area.name,
                "enteredAt": _moment(s.entered_at),
                "exitedAt": _moment(s.exited_at),
                "fee": fen_to_yuan(s.fee_fen) if s.fee_fen is not None else None,
                "paidAt": _moment(s.paid_at),
            }
            for s in _sessions(resident).select_related("area")
        ],
        "payments": [
            {
                "kind": p.kind,
                "outcome": p.outcome,
                "amount": fen_to_yuan(p.order.amount_fen),
                "orderState": p.order.state,
                "createdAt": _moment(p.created_at),
            }
            for p in payments
        ],
    }


def anonymised_plate(vehicle_id: int) -> str:
    """Unique like a plate, identifying nobody: ``匿名`` and the car's number."""
    return f"匿名{vehicle_id}"[:10]


def parking_anonymise(resident: Resident, pseudonym: str) -> None:
    for vehicle in Vehicle.objects.filter(resident=resident).exclude(plate__startswith="匿名"):
        plate = anonymised_plate(vehicle.pk)
        ParkingSession.objects.filter(Q(vehicle=vehicle) | Q(plate=vehicle.plate, vehicle__isnull=True)).update(
            plate=plate
        )
        vehicle.plate = plate
        vehicle.save(update_fields=["plate"])
    waiting = ParkingApplication.objects.select_for_update(of=("self",)).select_related("right")
    for application in waiting.filter(applicant=resident, state__in=PENDING_STATES):
        right_cancel(application.right)
        application.state = ApplicationState.CANCELLED
        application.reason = "个人信息已按申请匿名化"
        application.decided_at = timezone.now()
        application.save(update_fields=["state", "reason", "decided_at"])
