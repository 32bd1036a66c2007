"""Strawberry permission classes and the object-level check mutations run before their service.

Denials are top-level errors: ``UNAUTHENTICATED`` for anonymous callers (``reason: TOKEN_INVALID``
for a dead token), ``FORBIDDEN`` for everyone else. The capability check needs the caller's role
only; whether the row is in the caller's communities is ``authorize``'s one query.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import strawberry
from django.db.models import Model
from strawberry.permission import BasePermission

from permissions.roles import Capability, Role, may, role_of
from permissions.scoping import Access, access_to
from schema.core.errors import ApiError, ApiMessage


def _unauthenticated(info: strawberry.Info) -> ApiError:
    invalid_token = getattr(info.context.request, "auth_token_invalid", False)
    return ApiError(ApiMessage.TOKEN_INVALID if invalid_token else ApiMessage.UNAUTHENTICATED)


def _member(info: strawberry.Info) -> Any:
    """The logged-in account of this company's host, or the right top-level error."""
    request = info.context.request
    if not request.user.is_authenticated:
        raise _unauthenticated(info)
    if getattr(request, "tenant", None) is None:
        raise ApiError(ApiMessage.FORBIDDEN)
    return request.user


class IsAuthenticated(BasePermission):
    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        if not info.context.request.user.is_authenticated:
            raise _unauthenticated(info)
        return True


class IsVendorStaff(BasePermission):
    """The vendor's own staff: ``is_staff`` accounts in the public schema."""

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        request = info.context.request
        if not request.user.is_authenticated:
            raise _unauthenticated(info)
        if getattr(request, "tenant", None) is not None or not request.user.is_staff:
            raise ApiError(ApiMessage.FORBIDDEN)
        return True


class IsCompanyStaff(BasePermission):
    """Any staff account of this company that holds a role."""

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        role = role_of(_member(info))
        if role is None or not role.is_staff_role:
            raise ApiError(ApiMessage.FORBIDDEN)
        return True


class IsOwnerAccount(BasePermission):
    """A logged-in account of this company that is not staff (staff enter residents directly)."""

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        if _member(info).is_staff:
            raise ApiError(ApiMessage.FORBIDDEN)
        return True


class _HasCapability(BasePermission):
    capability: Capability
    owners: bool

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        user = _member(info)
        if self.owners and role_of(user) is Role.OWNER:
            return True
        if not may(user, self.capability):
            raise ApiError(ApiMessage.FORBIDDEN)
        return True


@cache
def HasCapability(capability: Capability, *, owners: bool = False) -> type[BasePermission]:
    """The permission class for one capability, used like a class:
    ``permission_classes=[HasCapability(Capability.X)]``. With ``owners=True`` owners pass too
    (the types' scoping then gives them only their own rows)."""
    name = "Has" + capability.name.title().replace("_", "") + ("OrOwner" if owners else "")
    return type(name, (_HasCapability,), {"capability": capability, "owners": owners})


def authorize(info: strawberry.Info, capability: Capability, model: type[Model], pk: int | None) -> None:
    """Refuse with FORBIDDEN unless the caller may use ``capability`` on that row (in one of their
    communities). A row that does not exist passes: the service answers NOT_FOUND in its payload."""
    if access_to(_member(info), capability, model, pk) is Access.DENIED:
        raise ApiError(ApiMessage.FORBIDDEN)
