"""Field checks for residents and registration requests, and how an ID number is kept at rest.

Like ``saas.core.validators``, each check reports into an ``ErrorCollector`` with the caller's code
enum, which must define the members the check names (REQUIRED, ID_NUMBER_INVALID…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from saas.core.crypto import encrypt, keyed_hash
from saas.core.errors import ErrorCollector
from saas.core.idcard import IdCardProblem, normalize_id_number, resident_id_problem
from saas.residents.models import IdDocumentType

HOUSEHOLD_SIZE_RANGE = range(1, 21)
ID_NUMBER_MAX_LENGTH = 32
# Length/charset sanity for documents without a check digit we can verify.
OTHER_DOCUMENT_RE = {
    IdDocumentType.PASSPORT: re.compile(r"^[A-Z0-9]{5,20}$"),
    # 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) + 8 digits (+ 2 digits of the issue count)
    IdDocumentType.HK_MACAO_PERMIT: re.compile(r"^[HM]\d{8}(\d{2})?$"),
    # 台湾居民来往大陆通行证: 8 digits today, 10 characters on older booklets
    IdDocumentType.TAIWAN_PERMIT: re.compile(r"^(\d{8}|[A-Z0-9]{10})$"),
    # 外国人永久居留身份证: 3 letters + 12 digits (2004), or 18 characters starting with 9 (2023)
    IdDocumentType.FOREIGNER_PERMIT: re.compile(r"^([A-Z]{3}\d{12}|9\d{16}[\dX])$"),
}
OTHER_PHONE_RE = re.compile(r"^\+?\d{5,20}$")
RESIDENT_ID_CODES = {
    IdCardProblem.FORMAT: "ID_NUMBER_INVALID",
    IdCardProblem.BIRTH_DATE: "ID_BIRTH_DATE_INVALID",
    IdCardProblem.CHECK_DIGIT: "ID_CHECK_DIGIT_INVALID",
}


def normalize_other_phone(raw: str) -> str:
    """Landlines and mobiles as digits (and a leading +): ``010-6512 3456`` → ``01065123456``."""
    return re.sub(r"[\s\-()]", "", raw or "")


def check_other_phone(errors: ErrorCollector, codes: Any, field: str, value: str) -> None:
    """An optional phone that may be a landline: 5–20 digits once separators are gone."""
    if value and not OTHER_PHONE_RE.match(value):
        errors.add(codes.OTHER_PHONE_INVALID, field=field)


def check_household_size(errors: ErrorCollector, codes: Any, field: str, value: int) -> None:
    if value not in HOUSEHOLD_SIZE_RANGE:
        errors.add(codes.HOUSEHOLD_SIZE_INVALID, field=field)


def id_number_problem_code(id_type: str, number: str) -> str | None:
    """The name of the code member describing what is wrong with a normalised number, or None."""
    if id_type == IdDocumentType.RESIDENT_ID:
        problem = resident_id_problem(number)
        return RESIDENT_ID_CODES[problem] if problem else None
    pattern = OTHER_DOCUMENT_RE.get(IdDocumentType(id_type))
    return None if pattern is None or pattern.match(number) else "ID_NUMBER_INVALID"


def check_id_document(
    errors: ErrorCollector,
    codes: Any,
    *,
    id_type: str,
    id_number: str,
    required: bool,
    type_field: str = "idType",
    number_field: str = "idNumber",
) -> None:
    """Type and number go together: both or (unless ``required``) neither. ``id_number`` is normalised."""
    if not id_type and not id_number:
        if required:
            errors.add(codes.REQUIRED, field=type_field)
            errors.add(codes.REQUIRED, field=number_field)
        return
    if not id_type:
        errors.add(codes.REQUIRED, field=type_field)
    elif not id_number:
        errors.add(codes.REQUIRED, field=number_field)
    elif len(id_number) > ID_NUMBER_MAX_LENGTH:
        errors.add(codes.ID_NUMBER_INVALID, field=number_field)
    elif code := id_number_problem_code(id_type, id_number):
        errors.add(getattr(codes, code), field=number_field)


@dataclass(frozen=True)
class ProtectedIdNumber:
    """An ID number as stored: ciphertext, keyed hash for exact search, last four for display."""

    encrypted: str
    hash: str
    last4: str


def id_number_hash(raw: str) -> str:
    return keyed_hash(normalize_id_number(raw))


def protect_id_number(raw: str) -> ProtectedIdNumber:
    number = normalize_id_number(raw)
    if not number:
        return ProtectedIdNumber(encrypted="", hash="", last4="")
    return ProtectedIdNumber(encrypted=encrypt(number), hash=keyed_hash(number), last4=number[-4:])
