"""Inputs of the residents mutations. Update inputs use ``Maybe``: a field left out stays as it is,
an optional field set to null is cleared."""

from __future__ import annotations

from datetime import date, datetime

import strawberry
from django.db import models
from strawberry import Maybe, relay

from saas.residents.models import SmsPurpose
from saas.residents.services.privacy import PiiField
from schema.residents.types import (  # registered as GraphQL enums there
    ConsentChannel,
    ConsentPurpose,
    Gender,
    IdDocumentType,
    OccupancyRole,
)

strawberry.enum(PiiField, name="PiiField", description="A field of a resident that residentRevealPii can show.")


@strawberry.input(description="住户 A resident entered by staff (no review needed).")
class ResidentCreateInput:
    name: str
    phone: str = strawberry.field(description="Mainland mobile; +86, spaces and dashes are accepted.")
    second_phone: str = strawberry.field(default="", description="Mobile or landline, e.g. 010-6512 3456.")
    id_type: IdDocumentType | None = None
    id_number: str = strawberry.field(default="", description="Required with idType; stored encrypted.")
    gender: Gender | None = None
    household_size: int = strawberry.field(default=1, description="家庭人口, 1–20.")
    emergency_contact_name: str = ""
    emergency_contact_phone: str = ""
    notes: str = ""


@strawberry.input(description="Fields left out stay as they are; null clears an optional field.")
class ResidentUpdateInput:
    id: relay.GlobalID
    name: Maybe[str]
    phone: Maybe[str]
    second_phone: Maybe[str | None]
    id_type: Maybe[IdDocumentType | None]
    id_number: Maybe[str | None] = strawberry.field(description="Give it with idType; null both to remove.")
    gender: Maybe[Gender | None]
    household_size: Maybe[int]
    emergency_contact_name: Maybe[str | None]
    emergency_contact_phone: Maybe[str | None]
    notes: Maybe[str | None]


@strawberry.input
class ResidentDeleteInput:
    id: relay.GlobalID


@strawberry.input(description="Record that a resident lives in a house from moveIn on.")
class OccupancyStartInput:
    resident: relay.GlobalID
    house: relay.GlobalID
    role: OccupancyRole
    move_in: date
    is_primary_contact: bool = strawberry.field(
        default=False, description="Becomes the house's primary contact; the previous one loses the flag."
    )


@strawberry.input
class OccupancyEndInput:
    id: relay.GlobalID
    move_out: date = strawberry.field(description="After moveIn; may lie ahead (a planned move-out).")


@strawberry.input(description="Fields left out stay as they are.")
class ResidentPolicyUpdateInput:
    allow_joint_owners: bool | None = None


@strawberry.enum(name="SmsCodePurpose", description="What a verification code is for.")
class SmsCodePurpose(models.TextChoices):
    SIGN_UP = SmsPurpose.SIGN_UP.value, SmsPurpose.SIGN_UP.label


@strawberry.input
class SmsCodeSendInput:
    phone: str = strawberry.field(description="The mainland mobile to text the code to.")
    purpose: SmsCodePurpose = strawberry.field(description="What the code is for; a code works only for its purpose.")


@strawberry.input(description="Create an owner-app account whose login is the phone number.")
class OwnerSignUpInput:
    phone: str = strawberry.field(description="Mainland mobile; becomes the login name.")
    code: str = strawberry.field(description="The 6-digit code from smsCodeSend.")
    name: str = strawberry.field(description="Your name (姓名).")
    password: str = strawberry.field(description="The password to set; weak ones are refused.")


@strawberry.input(description="Ask to be recorded as living in a house; staff review it.")
class RegistrationRequestCreateInput:
    house: relay.GlobalID = strawberry.field(description="A House or HouseOption ID.")
    role: OccupancyRole = OccupancyRole.OWNER
    name: str
    id_type: IdDocumentType
    id_number: str = strawberry.field(description="The document's number; stored encrypted, shown masked.")
    move_in: date | None = strawberry.field(default=None, description="Defaults to the day of approval.")


@strawberry.input
class RegistrationApproveInput:
    id: relay.GlobalID


@strawberry.input
class RegistrationRejectInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description="Shown to the applicant; required, at most 200 characters.")


REASON_HELP = "Why you need it, 4–200 characters; kept in the personal-information access log."


@strawberry.input(description="Show a resident's full phone numbers and ID number; recorded in the access log.")
class ResidentRevealPiiInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description=REASON_HELP)
    fields: list[PiiField] | None = strawberry.field(default=None, description="Which ones; default all four.")


@strawberry.input(description="Everything the company holds about a resident, as JSON (PIPL art. 45).")
class ResidentDataExportInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description=REASON_HELP)


@strawberry.input(description="Remove what identifies a resident who has moved out (PIPL art. 47).")
class ResidentAnonymiseInput:
    id: relay.GlobalID
    reason: str = strawberry.field(description=REASON_HELP)


@strawberry.input(description="Record a consent the resident gave in person (STAFF) or on a signed form (PAPER).")
class ConsentRecordInput:
    resident: relay.GlobalID
    purpose: ConsentPurpose
    notice_version: str = strawberry.field(description="The privacy notice version agreed to, e.g. 2026-01.")
    channel: ConsentChannel = ConsentChannel.PAPER
    granted_at: datetime | None = strawberry.field(default=None, description="When it was given; default now.")


@strawberry.input(description="Record that the resident withdrew a consent; the record stays, with the time.")
class ConsentWithdrawInput:
    id: relay.GlobalID


@strawberry.input(description="Owner app: agree to a purpose under the notice version shown.")
class MyConsentGiveInput:
    purpose: ConsentPurpose = strawberry.field(description="What you agree to (同意事项).")
    notice_version: str = strawberry.field(description="The version of the privacy notice you were shown.")


@strawberry.input(description="Owner app: withdraw your consent to a purpose.")
class MyConsentWithdrawInput:
    purpose: ConsentPurpose = strawberry.field(description="What you no longer agree to.")
