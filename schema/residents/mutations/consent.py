"""Consents (PIPL): staff record what residents agreed to in person or on paper; owners give and
withdraw their own in the app."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from saas.residents.models import Consent, ConsentChannel, ConsentPurpose, Resident
from saas.residents.services.consent import consent_give_own, consent_record, consent_withdraw, consent_withdraw_own
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability, IsOwnerAccount, authorize
from schema.core.relay import pk_from_global_id
from schema.residents.errors import ConsentError
from schema.residents.inputs import (
    ConsentRecordInput,
    ConsentWithdrawInput,
    MyConsentGiveInput,
    MyConsentWithdrawInput,
)
from schema.residents.types import ConsentType


@strawberry.type
class ConsentRecordPayload:
    errors: list[ConsentError]
    consent: ConsentType | None = None


@strawberry.type
class ConsentWithdrawPayload:
    errors: list[ConsentError]
    consent: ConsentType | None = None


@strawberry.type
class MyConsentGivePayload:
    errors: list[ConsentError]
    consent: ConsentType | None = None


@strawberry.type
class MyConsentWithdrawPayload:
    errors: list[ConsentError]
    consent: ConsentType | None = None


@strawberry.type
class ConsentMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.RESIDENT_MANAGE)],
        description="Record a consent a resident gave in person or on paper; one per purpose in force at a time.",
    )
    def consent_record(self, info: Info, input: ConsentRecordInput) -> ConsentRecordPayload:
        resident_id = pk_from_global_id(input.resident, "Resident")
        authorize(info, Capability.RESIDENT_MANAGE, Resident, resident_id)
        user = info.context.viewer
        return payload_of(
            ConsentRecordPayload,
            ConsentError,
            "consent",
            lambda: consent_record(
                resident_id=resident_id,
                purpose=ConsentPurpose(input.purpose),
                notice_version=input.notice_version,
                channel=ConsentChannel(input.channel),
                granted_at=input.granted_at,
                recorded_by=user,
            ),
        )

    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.RESIDENT_MANAGE)],
        description="Record that a resident withdrew a consent; the record stays, with the time.",
    )
    def consent_withdraw(self, info: Info, input: ConsentWithdrawInput) -> ConsentWithdrawPayload:
        consent_id = pk_from_global_id(input.id, "Consent")
        authorize(info, Capability.RESIDENT_MANAGE, Consent, consent_id)
        user = info.context.viewer
        return payload_of(
            ConsentWithdrawPayload,
            ConsentError,
            "consent",
            lambda: consent_withdraw(consent_id=consent_id, withdrawn_by=user),
        )

    @strawberry.mutation(
        permission_classes=[IsOwnerAccount],
        description="Owner app: agree to a purpose under the privacy notice version you were shown.",
    )
    def my_consent_give(self, info: Info, input: MyConsentGiveInput) -> MyConsentGivePayload:
        user = info.context.viewer
        return payload_of(
            MyConsentGivePayload,
            ConsentError,
            "consent",
            lambda: consent_give_own(
                user=user, purpose=ConsentPurpose(input.purpose), notice_version=input.notice_version
            ),
        )

    @strawberry.mutation(permission_classes=[IsOwnerAccount], description="Owner app: withdraw your consent.")
    def my_consent_withdraw(self, info: Info, input: MyConsentWithdrawInput) -> MyConsentWithdrawPayload:
        user = info.context.viewer
        return payload_of(
            MyConsentWithdrawPayload,
            ConsentError,
            "consent",
            lambda: consent_withdraw_own(user=user, purpose=ConsentPurpose(input.purpose)),
        )
