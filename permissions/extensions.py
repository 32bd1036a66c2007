"""Strawberry permission classes. Roles and object scopes join them with the permissions issue."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.permission import BasePermission

from schema.core.errors import ApiError, ApiMessage


def _unauthenticated(info: strawberry.Info) -> ApiError:
    invalid_token = getattr(info.context.request, "auth_token_invalid", False)
    return ApiError(ApiMessage.TOKEN_INVALID if invalid_token else ApiMessage.UNAUTHENTICATED)


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
    """A staff account of the company whose host this is (owners and anonymous callers are refused)."""

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        request = info.context.request
        if not request.user.is_authenticated:
            raise _unauthenticated(info)
        if getattr(request, "tenant", None) is None or not request.user.is_staff:
            raise ApiError(ApiMessage.FORBIDDEN)
        return True


class IsOwnerAccount(BasePermission):
    """A logged-in account of this company that is not staff (staff enter residents directly)."""

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        request = info.context.request
        if not request.user.is_authenticated:
            raise _unauthenticated(info)
        if getattr(request, "tenant", None) is None or request.user.is_staff:
            raise ApiError(ApiMessage.FORBIDDEN)
        return True
