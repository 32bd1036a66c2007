"""证书 Recording certificates, alerting before they expire, and stopping equipment whose periodic
inspection lapsed.

Alerts go out at 60, 30 and 7 days before ``valid_until`` of each certificate still current (no
newer one of the same kind), once per threshold: a ``CertificateAlert`` row per certificate and
threshold, unique, so re-running the sweep sends nothing twice. 特种设备安全法 art. 40 asks for the
renewal a month ahead; the 60-day alert leaves time to book it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone

from saas.accounts.models import User
from saas.core.errors import DomainError, ErrorCollector
from saas.core.validators import check_text
from saas.equipment.errors import CertificateErrorCode
from saas.equipment.models import Certificate, CertificateAlert, CertificateKind, Equipment, EquipmentStatus
from saas.equipment.notices import label, notify_managers
from saas.notifications.services import NotificationText

THRESHOLDS = (60, 30, 7)
NUMBER_LIMIT = 64
LAPSING = (EquipmentStatus.IN_SERVICE, EquipmentStatus.SUSPENDED, EquipmentStatus.OUT_OF_SERVICE)


@dataclass(frozen=True)
class CertificateData:
    equipment_id: int
    kind: str
    number: str
    issued_on: date
    valid_until: date


@transaction.atomic
def certificate_add(*, data: CertificateData, actor: User | None, today: date | None = None) -> Certificate:
    """Record a certificate; a newer one of the same kind supersedes the older for alerts and
    compliance. It does not put lapsed equipment back in service by itself: staff do, checked."""
    today = today or timezone.localdate()
    if not Equipment.objects.filter(pk=data.equipment_id).exists():
        raise DomainError(CertificateErrorCode.NOT_FOUND, field="equipment")
    errors = ErrorCollector()
    number = data.number.strip()
    check_text(errors, CertificateErrorCode, "number", number, limit=NUMBER_LIMIT)
    if data.issued_on > today:
        errors.add(CertificateErrorCode.ISSUED_IN_FUTURE, field="issuedOn")
    if data.valid_until <= data.issued_on:
        errors.add(CertificateErrorCode.VALIDITY_BEFORE_ISSUE, field="validUntil")
    errors.raise_if_any()
    return Certificate.objects.create(
        equipment_id=data.equipment_id,
        kind=CertificateKind(data.kind),
        number=number,
        issued_on=data.issued_on,
        valid_until=data.valid_until,
        recorded_by=actor,
    )


def current_certificates() -> Q:
    """Certificates no newer one of the same kind supersedes, of equipment not scrapped."""
    newer = Certificate.objects.filter(
        equipment_id=OuterRef("equipment_id"), kind=OuterRef("kind"), valid_until__gt=OuterRef("valid_until")
    )
    return ~Q(Exists(newer)) & ~Q(equipment__status=EquipmentStatus.SCRAPPED)


def _alert_text(certificate: Certificate, days_left: int) -> NotificationText:
    kind = CertificateKind(certificate.kind)
    name = label(certificate.equipment)
    return NotificationText(
        f"证书将到期：{kind.label}",
        f"{name} 的{kind.label}（{certificate.number}）{days_left} 天后到期（{certificate.valid_until}），请及时办理。",
        f"Certificate expiring: {certificate.number}",
        f"{name}: {certificate.number} expires in {days_left} days ({certificate.valid_until}).",
    )


def certificates_alert(*, today: date) -> int:
    """Alert the managers of each current certificate that reached a threshold it was not alerted
    at yet (one notification per certificate and run, naming the days left). Returns the alerts
    recorded. Run under the sweep's lock."""
    horizon = today.toordinal() + max(THRESHOLDS)
    due = (
        Certificate.objects.filter(current_certificates(), valid_until__gte=today)
        .filter(valid_until__lte=date.fromordinal(horizon))
        .select_related("equipment__community")
    )
    existing = set(
        CertificateAlert.objects.filter(certificate__in=due.values("pk")).values_list(
            "certificate_id", "threshold_days"
        )
    )
    new_rows: list[CertificateAlert] = []
    for certificate in due:
        days_left = (certificate.valid_until - today).days
        crossed = [t for t in THRESHOLDS if days_left <= t and (certificate.pk, t) not in existing]
        if not crossed:
            continue
        new_rows += [CertificateAlert(certificate=certificate, threshold_days=t, alerted_on=today) for t in crossed]
        notify_managers(certificate.equipment, _alert_text(certificate, days_left))
    CertificateAlert.objects.bulk_create(new_rows, ignore_conflicts=True)
    return len(new_rows)


def inspections_lapse(*, today: date) -> int:
    """Special equipment whose latest periodic inspection ended before ``today`` turns
    ``inspection_overdue`` (must not run, 特种设备安全法 art. 40); the managers hear of it once."""
    lapsed = list(
        Equipment.objects.filter(is_special=True, status__in=LAPSING)
        .annotate(
            inspected_until=Max(
                "certificates__valid_until", filter=Q(certificates__kind=CertificateKind.PERIODIC_INSPECTION)
            )
        )
        .filter(inspected_until__lt=today)
        .select_related("community")
    )
    if not lapsed:
        return 0
    Equipment.objects.filter(pk__in=[e.pk for e in lapsed]).update(
        status=EquipmentStatus.INSPECTION_OVERDUE, status_changed_at=timezone.now()
    )
    for equipment in lapsed:
        name = label(equipment)
        notify_managers(
            equipment,
            NotificationText(
                "定期检验已过期",
                f"{name} 的定期检验已过期，设备已标记为“检验过期”，不得使用。",
                "Periodic inspection lapsed",
                f"{name}: the periodic inspection lapsed; the equipment must not run.",
            ),
        )
    return len(lapsed)
