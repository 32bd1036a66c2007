"""设备 Equipment of a community: the ledger and its certificates, maintenance on a compliance clock,
and faults that become work orders. One module per topic; everything is importable from here."""

from saas.equipment.models.faults import Fault, FaultSource, FaultState
from saas.equipment.models.ledger import (
    SPECIAL_CATEGORIES,
    Certificate,
    CertificateAlert,
    CertificateKind,
    Equipment,
    EquipmentCategory,
    EquipmentStatus,
)
from saas.equipment.models.maintenance import (
    AssignedTo,
    GapLevel,
    MaintenanceGap,
    MaintenanceOrder,
    MaintenanceOrderState,
    MaintenancePhoto,
    MaintenanceRule,
    RuleKind,
)
from saas.equipment.models.plans import InspectionPlan, InspectionRound, PlanMember, PlanShift, RoundState
from saas.equipment.models.rounds import (
    Anomaly,
    Checkpoint,
    CheckpointScan,
    InspectionRoute,
    RouteStop,
    ScanResult,
)

__all__ = [
    "SPECIAL_CATEGORIES",
    "Anomaly",
    "AssignedTo",
    "Certificate",
    "CertificateAlert",
    "CertificateKind",
    "Checkpoint",
    "CheckpointScan",
    "Equipment",
    "EquipmentCategory",
    "EquipmentStatus",
    "Fault",
    "FaultSource",
    "FaultState",
    "GapLevel",
    "InspectionPlan",
    "InspectionRound",
    "InspectionRoute",
    "MaintenanceGap",
    "MaintenanceOrder",
    "MaintenanceOrderState",
    "MaintenancePhoto",
    "MaintenanceRule",
    "PlanMember",
    "PlanShift",
    "RoundState",
    "RouteStop",
    "RuleKind",
    "ScanResult",
]
