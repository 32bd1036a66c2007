"""Who may use the owner-app side of registration."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.permission import BasePermission

from permissions.extensions import IsAuthenticated
from schema.core.errors import ApiError, ApiMessage


class IsOwnerAccount(BasePermission):
    """A logged-in account of this company that is not staff (staff enter residents directly)."""

    def has_permission(self, source: Any, info: strawberry.Info, **kwargs: Any) -> bool:
        IsAuthenticated().has_permission(source, info, **kwargs)
        request = info.context.request
        if getattr(request, "tenant", None) is None or request.user.is_staff:
            raise ApiError(ApiMessage.FORBIDDEN)
        return True
