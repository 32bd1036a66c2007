"""Owner accounts: an SMS code to the phone, then sign-up with it (on the company's host)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from saas.residents.errors import OwnerSignUpErrorCode
from saas.residents.models import SmsPurpose
from saas.residents.services.signup import owner_sign_up
from saas.residents.services.sms_codes import sms_code_send, sms_send_rate_per_address
from schema.accounts.types import ViewerType
from schema.core.errors import RateLimit, payload_of
from schema.residents.errors import OwnerSignUpError
from schema.residents.inputs import OwnerSignUpInput, SmsCodeSendInput


@strawberry.type
class SmsCodeSendPayload:
    errors: list[OwnerSignUpError]
    expires_at: datetime | None = strawberry.field(default=None, description="The code works until then.")
    resend_after: datetime | None = strawberry.field(default=None, description="No new code before then.")


@strawberry.type
class OwnerSignUpPayload:
    errors: list[OwnerSignUpError]
    token: str | None = strawberry.field(default=None, description="Send as `Authorization: Bearer <token>`.")
    expires_at: datetime | None = strawberry.field(
        default=None, description="When the token stops working (+08:00); null when `errors` is not empty."
    )
    viewer: ViewerType | None = strawberry.field(
        default=None, description="The new owner account, logged in; null when `errors` is not empty."
    )


@strawberry.type
class OwnerSignUpMutations:
    @strawberry.mutation(description="Text a 6-digit verification code (valid 5 minutes) to a mainland mobile.")
    def sms_code_send(self, info: strawberry.Info, input: SmsCodeSendInput) -> SmsCodeSendPayload:
        request = info.context.request
        return payload_of(
            SmsCodeSendPayload,
            OwnerSignUpError,
            lambda sent: {"expires_at": sent.expires_at, "resend_after": sent.resend_after},
            lambda: sms_code_send(
                phone=input.phone, purpose=SmsPurpose(input.purpose.value), sender_name=request.tenant.name
            ),
            request=request,
            limits=[RateLimit("sms_code", sms_send_rate_per_address(), OwnerSignUpErrorCode.RATE_LIMITED)],
        )

    @strawberry.mutation(description="Owner app: create an account with the SMS code; returns an API token.")
    def owner_sign_up(self, input: OwnerSignUpInput) -> OwnerSignUpPayload:
        return payload_of(
            OwnerSignUpPayload,
            OwnerSignUpError,
            lambda result: {"token": result.token, "expires_at": result.expires_at, "viewer": result.user},
            lambda: owner_sign_up(phone=input.phone, code=input.code, name=input.name, password=input.password),
        )
