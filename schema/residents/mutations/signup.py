"""Owner accounts: an SMS code to the phone, then sign-up with it (on the company's host)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from saas.core.errors import DomainError, DomainErrors
from saas.core.ratelimit import over_limit
from saas.residents.errors import OwnerSignUpErrorCode
from saas.residents.models import SmsPurpose
from saas.residents.services.signup import owner_sign_up
from saas.residents.services.sms_codes import sms_code_send, sms_send_rate_per_address
from schema.accounts.types import ViewerType
from schema.core.errors import errors_from
from schema.residents.errors import OwnerSignUpError
from schema.residents.inputs import OwnerSignUpInput, SmsCodeSendInput


@strawberry.type
class SmsCodeSendPayload:
    errors: list[OwnerSignUpError]  # type: ignore[valid-type]
    expires_at: datetime | None = strawberry.field(default=None, description="The code works until then.")
    resend_after: datetime | None = strawberry.field(default=None, description="No new code before then.")


@strawberry.type
class OwnerSignUpPayload:
    errors: list[OwnerSignUpError]  # type: ignore[valid-type]
    token: str | None = strawberry.field(default=None, description="Send as `Authorization: Bearer <token>`.")
    expires_at: datetime | None = None
    viewer: ViewerType | None = None


@strawberry.type
class OwnerSignUpMutations:
    @strawberry.mutation(description="Text a 6-digit verification code (valid 5 minutes) to a mainland mobile.")
    def sms_code_send(self, info: strawberry.Info, input: SmsCodeSendInput) -> SmsCodeSendPayload:
        request = info.context.request
        if over_limit(request, group="sms_code", rate=sms_send_rate_per_address()):
            return SmsCodeSendPayload(
                errors=errors_from(DomainError(OwnerSignUpErrorCode.RATE_LIMITED), OwnerSignUpError)
            )
        try:
            sent = sms_code_send(
                phone=input.phone, purpose=SmsPurpose(input.purpose.value), sender_name=request.tenant.name
            )
        except (DomainError, DomainErrors) as exc:
            return SmsCodeSendPayload(errors=errors_from(exc, OwnerSignUpError))
        return SmsCodeSendPayload(errors=[], expires_at=sent.expires_at, resend_after=sent.resend_after)

    @strawberry.mutation(description="Owner app: create an account with the SMS code; returns an API token.")
    def owner_sign_up(self, input: OwnerSignUpInput) -> OwnerSignUpPayload:
        try:
            result = owner_sign_up(phone=input.phone, code=input.code, name=input.name, password=input.password)
        except (DomainError, DomainErrors) as exc:
            return OwnerSignUpPayload(errors=errors_from(exc, OwnerSignUpError))
        return OwnerSignUpPayload(
            errors=[],
            token=result.token,
            expires_at=result.expires_at,
            viewer=result.user,  # type: ignore[arg-type]
        )
