"""Mutations of the equipment domain, merged into one root part for schema/tenant.py."""

from strawberry.tools import merge_types

from schema.equipment.mutations.certificates import CertificateMutations
from schema.equipment.mutations.faults import FaultMutations
from schema.equipment.mutations.ledger import EquipmentLedgerMutations
from schema.equipment.mutations.maintenance import MaintenanceMutations
from schema.equipment.mutations.plans import PlanMutations
from schema.equipment.mutations.rounds import InspectionMutations

EquipmentMutations = merge_types(
    "EquipmentMutations",
    (
        EquipmentLedgerMutations,
        CertificateMutations,
        MaintenanceMutations,
        FaultMutations,
        InspectionMutations,
        PlanMutations,
    ),
)
