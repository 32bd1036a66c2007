"""What the equipment mutations share: ids checked against the caller's scope, the payload helper."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Model
from strawberry import relay

from permissions.roles import Capability
from schema.core.context import Info
from schema.core.errors import ApiError, ApiMessage, PayloadError, payload_of
from schema.core.permissions import authorize
from schema.core.relay import pk_from_global_id

STAFF_ID_TYPES = ("StaffMember", "Technician")


def scoped_pk(info: Info, global_id: relay.GlobalID, type_name: str, model: type[Model], capability: Capability) -> int:
    """The row's id, or FORBIDDEN when it is outside the communities where the caller may use
    ``capability``. A missing row passes, for the service to answer NOT_FOUND."""
    pk = pk_from_global_id(global_id, type_name)
    authorize(info, capability, model, pk)
    return pk


def staff_pk(global_id: relay.GlobalID | None) -> int | None:
    """A staff member's id from a StaffMember or Technician ID."""
    if global_id is None:
        return None
    if global_id.type_name not in STAFF_ID_TYPES or not global_id.node_id.isdigit():
        raise ApiError(ApiMessage.ID_INVALID, type_name="StaffMember")
    return int(global_id.node_id)


def user(info: Info) -> Any:
    return info.context.viewer


def run(payload: Any, error: type[PayloadError], result_to: Any, change: Callable[[], Any]) -> Any:
    return payload_of(payload, error, result_to, change)
