"""GraphQL error types of the equipment payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in ``saas/equipment/errors.py``)."""

from __future__ import annotations

import strawberry

from saas.equipment.errors import (
    CertificateErrorCode,
    EquipmentErrorCode,
    FaultErrorCode,
    InspectionErrorCode,
    MaintenanceErrorCode,
)
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(EquipmentErrorCode, name="EquipmentErrorCode", description="Codes of EquipmentError.")
strawberry.enum(CertificateErrorCode, name="CertificateErrorCode", description="Codes of CertificateError.")
strawberry.enum(MaintenanceErrorCode, name="MaintenanceErrorCode", description="Codes of MaintenanceError.")
strawberry.enum(FaultErrorCode, name="FaultErrorCode", description="Codes of FaultError.")
strawberry.enum(InspectionErrorCode, name="InspectionErrorCode", description="Codes of InspectionError.")


@strawberry.type(description="Why entering or changing equipment was refused.")
class EquipmentError(PayloadError):
    code: EquipmentErrorCode = strawberry.field(description=CODE_DESCRIPTION)


@strawberry.type(description="Why recording a certificate was refused.")
class CertificateError(PayloadError):
    code: CertificateErrorCode = strawberry.field(description=CODE_DESCRIPTION)


@strawberry.type(description="Why a maintenance rule or completion was refused.")
class MaintenanceError(PayloadError):
    code: MaintenanceErrorCode = strawberry.field(description=CODE_DESCRIPTION)


@strawberry.type(description="Why reporting a fault was refused.")
class FaultError(PayloadError):
    code: FaultErrorCode = strawberry.field(description=CODE_DESCRIPTION)


@strawberry.type(description="Why a checkpoint, route or scan was refused.")
class InspectionError(PayloadError):
    code: InspectionErrorCode = strawberry.field(description=CODE_DESCRIPTION)
