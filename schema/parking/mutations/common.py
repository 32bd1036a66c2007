"""What the parking mutations share: the caller, their resident record, one service call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import strawberry
from strawberry import relay

from saas.residents.models import Resident
from schema.core.errors import payload_of
from schema.core.relay import pk_from_global_id
from schema.parking.errors import ParkingError

P = TypeVar("P")


def user(info: strawberry.Info) -> Any:
    return info.context.request.user


def own_resident(info: strawberry.Info) -> Resident | None:
    """The caller's resident record (an owner account), if the company has one."""
    return Resident.objects.filter(user_id=user(info).pk, anonymised_at__isnull=True).first()


def optional_pk(global_id: relay.GlobalID | None, type_name: str) -> int | None:
    return pk_from_global_id(global_id, type_name) if global_id is not None else None


def run(payload: Callable[..., P], attr: str, change: Callable[[], Any]) -> P:
    """The service's result in ``payload.<attr>``, a refusal in ``payload.errors``."""
    return payload_of(payload, ParkingError, attr, change)
