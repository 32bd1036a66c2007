"""Payload error types of the residents mutations, one per code enum."""

from __future__ import annotations

from saas.residents.errors import (
    ConsentErrorCode,
    OwnerSignUpErrorCode,
    PrivacyErrorCode,
    RegistrationErrorCode,
    ResidentErrorCode,
)
from schema.core.errors import payload_error_type

ResidentError = payload_error_type(
    "ResidentError", ResidentErrorCode, "Why a change to residents, occupancies or the policy was refused."
)
RegistrationError = payload_error_type(
    "RegistrationError", RegistrationErrorCode, "Why a registration request or its review was refused."
)
OwnerSignUpError = payload_error_type(
    "OwnerSignUpError", OwnerSignUpErrorCode, "Why sending a code or signing up was refused."
)
ConsentError = payload_error_type(
    "ConsentError", ConsentErrorCode, "Why recording or withdrawing a consent was refused."
)
PrivacyError = payload_error_type(
    "PrivacyError", PrivacyErrorCode, "Why revealing, exporting or anonymising a resident's information was refused."
)
