"""Payload error types of the residents mutations, one per code enum."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from saas.core.errors import DomainError, DomainErrors
from saas.residents.errors import OwnerSignUpErrorCode, RegistrationErrorCode, ResidentErrorCode
from schema.core.errors import errors_from, payload_error_type

ResidentError = payload_error_type(
    "ResidentError", ResidentErrorCode, "Why a change to residents, occupancies or the policy was refused."
)
RegistrationError = payload_error_type(
    "RegistrationError", RegistrationErrorCode, "Why a registration request or its review was refused."
)
OwnerSignUpError = payload_error_type(
    "OwnerSignUpError", OwnerSignUpErrorCode, "Why sending a code or signing up was refused."
)

P = TypeVar("P")


def payload_of(payload: Callable[..., P], error_type: Any, field: str, change: Callable[[], Any]) -> P:
    """Run one service call: its result becomes ``payload(<field>=…)``, its domain errors ``errors``."""
    try:
        result = change()
    except (DomainError, DomainErrors) as exc:
        return payload(errors=errors_from(exc, error_type))
    return payload(errors=[], **{field: result})
