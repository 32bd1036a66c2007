"""GraphQL types of residents, occupancies and registration requests. Every type scopes its own
queryset (``get_queryset``), so connections, nested lists and ``node(id:)`` apply the same rule.

ID numbers never leave the server in full: only the document type and the last four characters.
"""

from __future__ import annotations

from typing import Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from strawberry import auto, relay

from permissions.scoping import is_company_staff, occupancies_visible_to, residents_visible_to
from saas.estates.models import Community, House
from saas.residents.models import (
    Gender,
    IdDocumentType,
    Occupancy,
    OccupancyRole,
    RegistrationRequest,
    RegistrationStatus,
    Resident,
    ResidentPolicy,
)
from schema.core.fields import model_field, model_type
from schema.estates.types import HouseType

# strawberry.enum registers the model's choices classes themselves, so annotations use them directly.
strawberry.enum(OccupancyRole, name="OccupancyRole", description="身份 owner, tenant or family member.")
strawberry.enum(IdDocumentType, name="IdDocumentType", description="证件类型 Identity document type.")
strawberry.enum(Gender, name="Gender")
strawberry.enum(RegistrationStatus, name="RegistrationStatus")


def _user(info: strawberry.Info) -> Any:
    return info.context.request.user


def _members_only(queryset: QuerySet[Any], info: strawberry.Info) -> QuerySet[Any]:
    return queryset if _user(info).is_authenticated else queryset.none()


@model_type(Resident, name="Resident", description="住户 A person known to the company.")
class ResidentType(relay.Node):
    name: auto
    phone: str = model_field(description="Mainland mobile, 11 digits.")
    second_phone: str = model_field(description="备用电话; empty when none.")
    household_size: int = model_field(description="家庭人口, 1–20.")
    emergency_contact_name: auto
    emergency_contact_phone: auto
    notes: auto
    created_at: auto
    occupancies: list[OccupancyType] = model_field(description="Every occupancy, current and past.")

    @strawberry_django.field(only=["id_type"])
    def id_type(self, root: Resident) -> IdDocumentType | None:
        return IdDocumentType(root.id_type) if root.id_type else None

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
    def get_queryset(cls, queryset: QuerySet[Resident], info: strawberry.Info, **kwargs: Any) -> QuerySet[Resident]:
        return residents_visible_to(_user(info), queryset)


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
    def get_queryset(cls, queryset: QuerySet[Occupancy], info: strawberry.Info, **kwargs: Any) -> QuerySet[Occupancy]:
        return occupancies_visible_to(_user(info), queryset)


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
    def get_queryset(cls, queryset: QuerySet[Community], info: strawberry.Info, **kwargs: Any) -> QuerySet[Community]:
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

    @strawberry_django.field(only=["community__name"], select_related=["community"])
    def community_name(self, root: House) -> str:
        return root.community.name

    @strawberry_django.field(only=["building__name"], select_related=["building"])
    def building_name(self, root: House) -> str:
        return root.building.name

    @strawberry_django.field(only=["unit__name"], select_related=["unit"])
    def unit_name(self, root: House) -> str:
        return root.unit.name

    @classmethod
    def get_queryset(cls, queryset: QuerySet[House], info: strawberry.Info, **kwargs: Any) -> QuerySet[House]:
        return _members_only(queryset, info)


@model_type(RegistrationRequest, name="RegistrationRequest", description="业主认证申请 A request to review.")
class RegistrationRequestType(relay.Node):
    role: OccupancyRole
    name: auto
    phone: str = model_field(description="The applicant account's mobile.")
    move_in: auto
    status: RegistrationStatus
    reject_reason: str = model_field(description="Why staff rejected it; empty otherwise.")
    reviewed_at: auto
    created_at: auto
    house: HouseOptionType
    occupancy: OccupancyType | None = model_field(description="The occupancy approval created.")

    @strawberry_django.field(only=["id_type"])
    def id_type(self, root: RegistrationRequest) -> IdDocumentType | None:
        return IdDocumentType(root.id_type) if root.id_type else None

    @strawberry_django.field(only=["id_number_last4"])
    def id_number_last4(self, root: RegistrationRequest) -> str | None:
        return root.id_number_last4 or None

    @classmethod
    def get_queryset(
        cls, queryset: QuerySet[RegistrationRequest], info: strawberry.Info, **kwargs: Any
    ) -> QuerySet[RegistrationRequest]:
        user = _user(info)
        if is_company_staff(user):
            return queryset
        return queryset.filter(user=user) if user.is_authenticated else queryset.none()
