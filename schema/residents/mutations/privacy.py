"""Personal-information requests about one resident: reveal (break-glass, audited), the PIPL data
export and anonymisation (admin only, audited)."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from permissions.roles import Capability
from saas.residents.models import Resident
from saas.residents.services.privacy import (
    PiiField,
    RevealedPii,
    resident_anonymise,
    resident_data_export,
    resident_reveal_pii,
)
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, authorize
from schema.core.relay import pk_from_global_id
from schema.residents.errors import PrivacyError
from schema.residents.inputs import ResidentAnonymiseInput, ResidentDataExportInput, ResidentRevealPiiInput
from schema.residents.types import ResidentType


@strawberry.type(name="RevealedPii", description="A resident's full values; null for fields not asked for.")
class RevealedPiiType:
    fields: list[PiiField] = strawberry.field(description="The fields shown (and recorded in the access log).")
    phone: str | None = strawberry.field(default=None, description="The full mobile; null when not asked for.")
    second_phone: str | None = strawberry.field(
        default=None, description="The full second phone; null when not asked for or none."
    )
    emergency_contact_phone: str | None = strawberry.field(
        default=None, description="The emergency contact's full phone; null when not asked for or none."
    )
    id_number: str | None = strawberry.field(default=None, description="Null also when no document was given.")


@strawberry.type
class ResidentRevealPiiPayload:
    errors: list[PrivacyError]
    resident: ResidentType | None = strawberry.field(default=None, description="As you normally see it (masked).")
    revealed: RevealedPiiType | None = None


@strawberry.type
class ResidentDataExportPayload:
    errors: list[PrivacyError]
    export: JSON | None = strawberry.field(
        default=None,
        description="{exportedAt, company, residentId, sections: {resident, occupancies, registrationRequests, "
        "consents, account, accessLog, …}}; other modules add their own sections.",
    )


@strawberry.type
class ResidentAnonymisePayload:
    errors: list[PrivacyError]
    resident: ResidentType | None = strawberry.field(default=None, description="The resident as now stored.")


def _revealed(result: RevealedPii) -> RevealedPiiType:
    return RevealedPiiType(
        fields=list(result.fields),
        phone=result.phone,
        second_phone=result.second_phone,
        emergency_contact_phone=result.emergency_contact_phone,
        id_number=result.id_number,
    )


@strawberry.type
class PrivacyMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PII_REVEAL)],
        description="Break-glass: show a resident's full phone numbers and ID number, with a reason. Every call is "
        "recorded in the access log (who, whom, which fields, why, when, from where).",
    )
    def resident_reveal_pii(self, info: Info, input: ResidentRevealPiiInput) -> ResidentRevealPiiPayload:
        resident_id = pk_from_global_id(input.id, "Resident")
        authorize(info, Capability.RESIDENT_VIEW, Resident, resident_id)
        actor, address = info.context.viewer, info.context.client_address
        return payload_of(
            ResidentRevealPiiPayload,
            PrivacyError,
            lambda result: {"resident": result.resident, "revealed": _revealed(result)},
            lambda: resident_reveal_pii(
                resident_id=resident_id, actor=actor, reason=input.reason, fields=input.fields, client_address=address
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PRIVACY_REQUEST)],
        description="PIPL: everything the company holds about a resident, as JSON; admin only, recorded in the "
        "access log.",
    )
    def resident_data_export(self, info: Info, input: ResidentDataExportInput) -> ResidentDataExportPayload:
        resident_id = pk_from_global_id(input.id, "Resident")
        authorize(info, Capability.PRIVACY_REQUEST, Resident, resident_id)
        actor, address = info.context.viewer, info.context.client_address
        return payload_of(
            ResidentDataExportPayload,
            PrivacyError,
            "export",
            lambda: resident_data_export(
                resident_id=resident_id, actor=actor, reason=input.reason, client_address=address
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.PRIVACY_REQUEST)],
        description="PIPL: anonymise a resident who has moved out. Name becomes a pseudonym; phones, ID, emergency "
        "contact and notes are cleared; their app account is closed; occupancies (and so financial history) stay. "
        "Admin only, recorded in the access log, cannot be undone.",
    )
    def resident_anonymise(self, info: Info, input: ResidentAnonymiseInput) -> ResidentAnonymisePayload:
        resident_id = pk_from_global_id(input.id, "Resident")
        authorize(info, Capability.PRIVACY_REQUEST, Resident, resident_id)
        actor, address = info.context.viewer, info.context.client_address
        return payload_of(
            ResidentAnonymisePayload,
            PrivacyError,
            "resident",
            lambda: resident_anonymise(
                resident_id=resident_id, actor=actor, reason=input.reason, client_address=address
            ),
        )
