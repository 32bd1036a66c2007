"""Owners sign up on their company's host with phone + SMS code; the account's login is the phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q

from permissions.roles import Role
from permissions.services import role_set
from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.core.errors import DomainError, DomainErrors, ErrorCollector
from saas.core.validators import check_text
from saas.residents.errors import OwnerSignUpErrorCode
from saas.residents.models import SmsPurpose
from saas.residents.services.sms_codes import clean_phone, sms_code_check, sms_code_mark_used

NAME_LIMIT = 64


@dataclass(frozen=True)
class OwnerSignUpResult:
    user: User
    token: str
    expires_at: datetime


def _validate(*, phone: str, code: str, name: str, password: str) -> tuple[str, str]:
    errors = ErrorCollector()
    codes = OwnerSignUpErrorCode
    try:
        phone = clean_phone(phone)
    except DomainErrors as exc:
        errors.errors.extend(exc.errors)
    name = name.strip()
    check_text(errors, codes, "name", name, limit=NAME_LIMIT)
    if not code.strip():
        errors.add(codes.REQUIRED, field="code")
    if not password:
        errors.add(codes.REQUIRED, field="password")
    else:
        try:
            validate_password(password, user=User(username=phone, phone=phone, display_name=name))
        except ValidationError as exc:
            errors.add(codes.PASSWORD_WEAK, field="password", reason=" ".join(exc.messages))
    errors.raise_if_any()
    return phone, name


def _phone_taken(phone: str) -> bool:
    # Logging in by phone must stay unambiguous, so a phone on any account counts.
    return User.objects.filter(Q(username=phone) | Q(phone=phone)).exists()


def owner_sign_up(*, phone: str, code: str, name: str, password: str) -> OwnerSignUpResult:
    """Create a non-staff account (username = phone) and return an API token for it.

    Not atomic as a whole on purpose: a wrong code's attempt must be committed even though the
    sign-up fails (see ``sms_code_check``); everything else happens in the inner transaction.
    """
    phone, name = _validate(phone=phone, code=code, name=name, password=password)
    with transaction.atomic():
        outcome = _redeem(phone=phone, code=code, name=name, password=password)
    if isinstance(outcome, OwnerSignUpErrorCode):
        raise DomainError(outcome, field="phone" if outcome is OwnerSignUpErrorCode.PHONE_REGISTERED else "code")
    return outcome


def _redeem(*, phone: str, code: str, name: str, password: str) -> OwnerSignUpResult | OwnerSignUpErrorCode:
    sms_code = sms_code_check(phone=phone, purpose=SmsPurpose.SIGN_UP, code=code)
    if isinstance(sms_code, OwnerSignUpErrorCode):
        return sms_code
    if _phone_taken(phone):
        return OwnerSignUpErrorCode.PHONE_REGISTERED
    result = _create_account(phone=phone, name=name, password=password)
    sms_code_mark_used(sms_code)
    return result


def _create_account(*, phone: str, name: str, password: str) -> OwnerSignUpResult:
    user = User(username=phone, phone=phone, display_name=name, is_staff=False)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError as exc:  # the same phone signing up twice at once
        raise DomainError(OwnerSignUpErrorCode.PHONE_REGISTERED, field="phone") from exc
    role_set(user=user, role=Role.OWNER)
    token = api_token_issue(user=user)
    return OwnerSignUpResult(user=user, token=token.raw, expires_at=token.expires_at)
