"""GraphQL types of residents, occupancies and registration requests. Every type scopes its own
queryset (``get_queryset``), so connections, nested lists and ``node(id:)`` apply the same rule.

Phones and ID numbers are masked (``138****5678``, ``110***********1234``) unless the viewer may
see them in full (``permissions.scoping.pii_full``: admin, staff holding the personal-information
permission on the resident's community, the resident themselves); lists carry that answer as a
SQL annotation, so masking costs no query per row.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import strawberry
import strawberry_django
from django.db.models import Prefetch, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from strawberry import auto, relay

from permissions.masking import PII_FULL_ATTR, shown, shows_pii
from permissions.scoping import pii_full, visible_to
from saas.core.crypto import decrypt
from saas.estates.models import Community, House
from saas.residents.models import (
    Consent,
    ConsentChannel,
    ConsentPurpose,
    Gender,
    IdDocumentType,
    Occupancy,
    OccupancyRole,
    RegistrationRequest,
    RegistrationStatus,
    Resident,
    ResidentPolicy,
)
from schema.core.context import Info
from schema.core.fields import model_field, model_type
from schema.estates.types import HouseType

# strawberry.enum registers the model's choices classes themselves, so annotations use them directly.
strawberry.enum(OccupancyRole, name="OccupancyRole", description="身份 owner, tenant or family member.")
strawberry.enum(IdDocumentType, name="IdDocumentType", description="证件类型 Identity document type.")
strawberry.enum(Gender, name="Gender", description="A resident's gender (性别), as recorded.")
strawberry.enum(
    RegistrationStatus, name="RegistrationStatus", description="Where an owner registration (业主认证) stands."
)
strawberry.enum(
    ConsentPurpose,
    name="ConsentPurpose",
    description="What personal information is processed for: PROPERTY_SERVICE 物业服务 (needed for the service "
    "contract), FACE_ACCESS 人脸识别门禁 (sensitive: a separate consent, PIPL art. 29), MARKETING 营销推送, "
    "THIRD_PARTY 向第三方提供.",
)
strawberry.enum(
    ConsentChannel,
    name="ConsentChannel",
    description="How a consent was given: OWNER_APP by the owner in the app, STAFF in person, PAPER a signed form.",
)


def _members_only(queryset: QuerySet[Any], info: Info) -> QuerySet[Any]:
    return queryset if info.context.viewer.is_authenticated else queryset.none()


def _pii_annotation(model: type[Any]) -> dict[str, Any]:
    return {PII_FULL_ATTR: lambda info: pii_full(info.context.viewer, model)}


def _id_number(root: Resident | RegistrationRequest, info: Info) -> str | None:
    if not root.id_number_encrypted:
        return None
    return shown(decrypt(root.id_number_encrypted), full=shows_pii(info.context.viewer, root))


PHONE_HELP = "Masked as 138****5678 unless you may see this resident's personal information in full."
ID_HELP = "证件号, masked as 110***********1234 unless you may see it in full; null when none was given."


@model_type(Resident, name="Resident", description="住户 A person known to the company.")
class ResidentType(relay.Node):
    name: auto
    household_size: int = model_field(description="家庭人口, 1–20.")
    emergency_contact_name: auto
    notes: auto
    created_at: auto
    anonymised_at: datetime | None = model_field(
        description="When the person's information was anonymised at their request (name is then a pseudonym, "
        "phones and ID empty); null otherwise."
    )
    occupancies: list[OccupancyType] = model_field(description="Every occupancy, current and past.")
    consents: list[ConsentType] = model_field(
        description="Consents to the processing of their personal information, newest first, withdrawn ones included."
    )

    @strawberry_django.field(
        only=["phone"], annotate=_pii_annotation(Resident), description="Mainland mobile, 11 digits. " + PHONE_HELP
    )
    def phone(self, root: Resident, info: Info) -> str:
        return shown(root.phone, full=shows_pii(info.context.viewer, root))

    @strawberry_django.field(
        only=["second_phone"],
        annotate=_pii_annotation(Resident),
        description="备用电话; empty when none. " + PHONE_HELP,
    )
    def second_phone(self, root: Resident, info: Info) -> str:
        return shown(root.second_phone, full=shows_pii(info.context.viewer, root))

    @strawberry_django.field(
        only=["emergency_contact_phone"], annotate=_pii_annotation(Resident), description="紧急联系电话. " + PHONE_HELP
    )
    def emergency_contact_phone(self, root: Resident, info: Info) -> str:
        return shown(root.emergency_contact_phone, full=shows_pii(info.context.viewer, root))

    @strawberry_django.field(only=["id_type"])
    def id_type(self, root: Resident) -> IdDocumentType | None:
        return IdDocumentType(root.id_type) if root.id_type else None

    @strawberry_django.field(only=["id_number_encrypted"], annotate=_pii_annotation(Resident), description=ID_HELP)
    def id_number(self, root: Resident, info: Info) -> str | None:
        return _id_number(root, info)

    @strawberry_django.field(only=["id_number_last4"], description="Last four characters of the ID number.")
    def id_number_last4(self, root: Resident) -> str | None:
        return root.id_number_last4 or None

    @strawberry_django.field(only=["gender"])
    def gender(self, root: Resident) -> Gender | None:
        return Gender(root.gender) if root.gender else None

    @strawberry_django.field(only=["user_id"], description="Whether an owner-app account is linked.")
    def has_account(self, root: Resident) -> bool:
        return root.user_id is not None

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Resident], info: Info, **kwargs: Any) -> QuerySet[Resident]:
        return visible_to(info.context.viewer, queryset)


@model_type(Occupancy, name="Occupancy", description="入住 A resident's relation to a house.")
class OccupancyType(relay.Node):
    role: OccupancyRole
    move_in: auto
    move_out: auto
    is_primary_contact: auto
    created_at: auto
    house: HouseType | None = model_field(description="Null when you may no longer see the house.")
    resident: ResidentType | None = model_field(
        description="Null when you may not see this resident: an owner sees only themselves."
    )

    @strawberry_django.field(only=["move_in", "move_out"], description="In force today.")
    def is_active(self, root: Occupancy) -> bool:
        return root.is_active_on()

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Occupancy], info: Info, **kwargs: Any) -> QuerySet[Occupancy]:
        return visible_to(info.context.viewer, queryset)


@model_type(Consent, name="Consent", description="个人信息处理同意 A resident's consent to one purpose.")
class ConsentType(relay.Node):
    purpose: ConsentPurpose
    notice_version: str = model_field(description="The version of the privacy notice the resident agreed to.")
    channel: ConsentChannel
    granted_at: auto
    withdrawn_at: datetime | None = model_field(description="Null while the consent is in force.")
    resident: ResidentType | None = model_field(description="Null when you may not see this resident.")

    @strawberry_django.field(only=["withdrawn_at"], description="Not withdrawn.")
    def is_active(self, root: Consent) -> bool:
        return root.is_active

    @strawberry_django.field(
        only=["purpose"], description="Sensitive personal information (biometrics): needs its own, separate consent."
    )
    def is_sensitive(self, root: Consent) -> bool:
        return ConsentPurpose(root.purpose).is_sensitive

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Consent], info: Info, **kwargs: Any) -> QuerySet[Consent]:
        return visible_to(info.context.viewer, queryset)


@model_type(ResidentPolicy, name="ResidentPolicy", description="住户规则 The company's rules for residents.")
class ResidentPolicyType:
    allow_joint_owners: bool = model_field(
        description="Whether a house may have several owners at once; off: one owner occupancy at a time."
    )


@model_type(Community, name="CommunityOption", description="A community to pick when registering.")
class CommunityOptionType(relay.Node):
    name: auto
    address: auto

    @classmethod
    def get_queryset(cls, queryset: QuerySet[Community], info: Info, **kwargs: Any) -> QuerySet[Community]:
        return _members_only(queryset, info)


@model_type(
    House,
    name="HouseOption",
    description="Just enough of a house to pick it when asking to be registered; no resident data. "
    "Its ID is accepted wherever a House ID is asked for in a registration.",
)
class HouseOptionType(relay.Node):
    room_number: auto
    floor: auto

    @strawberry_django.field(
        only=["community__name"], select_related=["community"], description="The community's name (小区)."
    )
    def community_name(self, root: House) -> str:
        return root.community.name

    @strawberry_django.field(
        only=["building__name"], select_related=["building"], description="The building's name (楼栋)."
    )
    def building_name(self, root: House) -> str:
        return root.building.name

    @strawberry_django.field(only=["unit__name"], select_related=["unit"], description="The unit's name (单元).")
    def unit_name(self, root: House) -> str:
        return root.unit.name

    @classmethod
    def get_queryset(cls, queryset: QuerySet[House], info: Info, **kwargs: Any) -> QuerySet[House]:
        return _members_only(queryset, info)


OWNERS_IN_FORCE_ATTR = "owners_in_force"
JOINT_OWNERS_ATTR = "policy_joint_owners"


@strawberry.type(name="HouseOwnerInForce", description="在住业主 An owner of the house today, as a reviewer sees them.")
class HouseOwnerInForceType:
    name: str = strawberry.field(description="The owner's name.")
    phone: str = strawberry.field(description="The owner's mobile. " + PHONE_HELP)
    move_in: date = strawberry.field(description="Since when they own it (入住日期).")


def _owners_in_force(user: Any) -> QuerySet[Occupancy]:
    """In-force owner occupancies, oldest first, each resident carrying the viewer's PII answer."""
    residents = Resident.objects.annotate(**{PII_FULL_ATTR: pii_full(user, Resident)})
    return (
        Occupancy.objects.active()
        .filter(role=OccupancyRole.OWNER)
        .order_by("move_in", "pk")
        .prefetch_related(Prefetch("resident", queryset=residents))
    )


def _owners_prefetch(info: Info) -> Prefetch[Any]:
    user = info.context.viewer
    owners = _owners_in_force(user) if user.is_staff else Occupancy.objects.none()  # applicants see none
    return Prefetch("house__occupancies", queryset=owners, to_attr=OWNERS_IN_FORCE_ATTR)


def _joint_owners_annotation(info: Info) -> Any:
    return Coalesce(Subquery(ResidentPolicy.objects.values("allow_joint_owners")[:1]), Value(True))


@model_type(RegistrationRequest, name="RegistrationRequest", description="业主认证申请 A request to review.")
class RegistrationRequestType(relay.Node):
    role: OccupancyRole
    name: auto
    move_in: auto
    status: RegistrationStatus
    reject_reason: str = model_field(description="Why staff rejected it; empty otherwise.")
    reviewed_at: datetime | None = model_field(description="When staff approved or rejected it; null: not yet.")
    created_at: auto
    house: HouseOptionType
    occupancy: OccupancyType | None = model_field(description="The occupancy approval created.")

    @strawberry_django.field(only=["id_type"])
    def id_type(self, root: RegistrationRequest) -> IdDocumentType | None:
        return IdDocumentType(root.id_type) if root.id_type else None

    @strawberry_django.field(
        only=["phone"],
        annotate=_pii_annotation(RegistrationRequest),
        description="The applicant's mobile. " + PHONE_HELP,
    )
    def phone(self, root: RegistrationRequest, info: Info) -> str:
        return shown(root.phone, full=shows_pii(info.context.viewer, root))

    @strawberry_django.field(
        only=["id_number_encrypted"], annotate=_pii_annotation(RegistrationRequest), description=ID_HELP
    )
    def id_number(self, root: RegistrationRequest, info: Info) -> str | None:
        return _id_number(root, info)

    @strawberry_django.field(
        only=["id_number_last4"], description="Last four characters of the ID number; null: none given."
    )
    def id_number_last4(self, root: RegistrationRequest) -> str | None:
        return root.id_number_last4 or None

    @strawberry_django.field(
        only=["house_id", "user_id"],
        prefetch_related=[_owners_prefetch],
        description="For the reviewer: the house's owners in force today other than the applicant (phones "
        "masked as usual). Approving an OWNER request adds a joint owner, if `jointOwnersAllowed`. Null for the "
        "applicant, who may not see other owners.",
    )
    def current_owners(self, root: RegistrationRequest, info: Info) -> list[HouseOwnerInForceType] | None:
        user = info.context.viewer
        if not user.is_staff:
            return None
        occupancies = getattr(root.house, OWNERS_IN_FORCE_ATTR, None)
        if occupancies is None:  # loaded without the prefetch (a mutation payload)
            occupancies = list(_owners_in_force(user).filter(house_id=root.house_id))
        return [
            HouseOwnerInForceType(
                name=o.resident.name,
                phone=shown(o.resident.phone, full=shows_pii(user, o.resident)),
                move_in=o.move_in,
            )
            for o in occupancies
            if o.resident.user_id is None or o.resident.user_id != root.user_id
        ]

    @strawberry_django.field(
        annotate={JOINT_OWNERS_ATTR: _joint_owners_annotation},
        description="The company's joint-owner policy (`residentPolicy.allowJointOwners`): when false, an OWNER "
        "request for a house with an owner in force is refused (JOINT_OWNER_FORBIDDEN).",
    )
    def joint_owners_allowed(self, root: RegistrationRequest) -> bool:
        value = getattr(root, JOINT_OWNERS_ATTR, None)
        return ResidentPolicy.current().allow_joint_owners if value is None else bool(value)

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[RegistrationRequest], info: Info, **kwargs: Any
    ) -> QuerySet[RegistrationRequest]:
        return visible_to(info.context.viewer, queryset)
