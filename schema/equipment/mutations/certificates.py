"""登记证书 Recording a certificate of a piece of equipment."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.equipment.models import Equipment
from saas.equipment.services.certificates import CertificateData, certificate_add
from schema.core.context import Info
from schema.core.permissions import HasCapability
from schema.equipment.errors import CertificateError
from schema.equipment.inputs import CertificateAddInput
from schema.equipment.mutations.common import run, scoped_pk, user
from schema.equipment.types import CertificateType


@strawberry.type(description="The certificate as recorded.")
class CertificateAddPayload:
    errors: list[CertificateError] = strawberry.field(description="Why it was refused; empty when it was recorded.")
    certificate: CertificateType | None = strawberry.field(default=None, description="The new certificate.")


@strawberry.type
class CertificateMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.EQUIPMENT_MANAGE)],
        description="登记证书: it supersedes older ones of its kind; alerts come 60, 30 and 7 days before it ends.",
    )
    def certificate_add(self, info: Info, input: CertificateAddInput) -> CertificateAddPayload:
        pk = scoped_pk(info, input.equipment, "Equipment", Equipment, Capability.EQUIPMENT_MANAGE)
        data = CertificateData(
            equipment_id=pk,
            kind=input.kind.value,
            number=input.number,
            issued_on=input.issued_on,
            valid_until=input.valid_until,
        )
        actor = user(info)
        return run(
            CertificateAddPayload, CertificateError, "certificate", lambda: certificate_add(data=data, actor=actor)
        )
