"""What every estate mutation does: turn ``Maybe`` into the services' ``UNSET``, and a refused
change (``DomainError``/``DomainErrors``) into the payload's typed errors."""

from __future__ import annotations

from typing import Protocol, TypeVar

import strawberry
from strawberry import relay

from saas.core.unset import UNSET, Unset
from schema.core.relay import pk_from_global_id

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _Given(Protocol[T_co]):
    """What ``strawberry.Some`` is to a reader (covariant, so ``Some[str]`` passes as ``str | Unset``)."""

    @property
    def value(self) -> T_co: ...


def maybe(value: _Given[T] | None) -> T | Unset:
    """A ``Maybe`` input field as a service argument: left out → ``UNSET``."""
    return UNSET if value is None else value.value


def maybe_pk(value: strawberry.Maybe[relay.GlobalID], type_name: str) -> int | Unset:
    return UNSET if value is None else pk_from_global_id(value.value, type_name)
