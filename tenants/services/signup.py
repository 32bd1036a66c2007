"""Free-trial signup: validate everything first, then provision; bad input creates nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django_tenants.utils import schema_context

from saas.accounts.models import User
from saas.accounts.services import api_token_issue
from saas.core.errors import DomainError, DomainErrors, ErrorCollector
from saas.core.validators import check_email, check_mobile, check_text, normalize_mainland_mobile
from tenants.errors import SignupErrorCode
from tenants.models import Domain
from tenants.routing import tenant_host, tenant_url
from tenants.services.provisioning import AdminAccount, CompanyProfile, Provisioned, tenant_provision

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,28}[a-z0-9]$")
RESERVED_SLUGS = frozenset(
    [
        "admin",
        "api",
        "app",
        "apps",
        "assets",
        "blog",
        "cdn",
        "console",
        "demo",
        "docs",
        "ftp",
        "help",
        "mail",
        "media",
        "public",
        "smtp",
        "static",
        "status",
        "support",
        "template",
        "test",
        "vendor",
        "wuye",
        "www",
    ]
)
MAX_HOUSES_MANAGED = 10_000_000


@dataclass(frozen=True)
class SignupRequest:
    company_name: str
    slug: str
    contact_name: str
    phone: str
    email: str
    password: str
    city: str
    houses_managed: int | None


@dataclass(frozen=True)
class SignupResult:
    company_url: str
    api_token: str
    admin: User
    slug: str


def validate_slug(errors: ErrorCollector, slug: str, field: str = "slug") -> None:
    if not slug:
        errors.add(SignupErrorCode.REQUIRED, field=field)
    elif not SLUG_RE.match(slug):
        errors.add(SignupErrorCode.SLUG_INVALID, field=field)
    elif slug in RESERVED_SLUGS:
        errors.add(SignupErrorCode.SLUG_RESERVED, field=field, slug=slug)
    elif Domain.objects.filter(domain=tenant_host(slug)).exists():
        errors.add(SignupErrorCode.SLUG_TAKEN, field=field, slug=slug)


def _validate(request: SignupRequest) -> SignupRequest:
    errors = ErrorCollector()
    cleaned = SignupRequest(
        company_name=request.company_name.strip(),
        slug=request.slug.strip().lower(),
        contact_name=request.contact_name.strip(),
        phone=normalize_mainland_mobile(request.phone),
        email=request.email.strip().lower(),
        password=request.password,
        city=request.city.strip(),
        houses_managed=request.houses_managed,
    )
    codes = SignupErrorCode
    check_text(errors, codes, "companyName", cleaned.company_name, limit=100)
    validate_slug(errors, cleaned.slug)
    check_text(errors, codes, "contactName", cleaned.contact_name, limit=64)
    check_text(errors, codes, "city", cleaned.city, limit=32)
    check_mobile(errors, codes, "phone", cleaned.phone)
    check_email(errors, codes, "email", cleaned.email)
    if cleaned.houses_managed is not None and not 0 <= cleaned.houses_managed <= MAX_HOUSES_MANAGED:
        errors.add(SignupErrorCode.HOUSES_INVALID, field="housesManaged")
    if not cleaned.password:
        errors.add(SignupErrorCode.REQUIRED, field="password")
    else:
        probe = User(username=cleaned.phone, email=cleaned.email, display_name=cleaned.contact_name)
        try:
            validate_password(cleaned.password, user=probe)
        except ValidationError as exc:
            errors.add(SignupErrorCode.PASSWORD_WEAK, field="password", reason=" ".join(exc.messages))
    errors.raise_if_any()
    return cleaned


@transaction.atomic
def trial_sign_up(*, request: SignupRequest) -> SignupResult:
    """Start a free trial: a schema, a host, an admin account (login: the phone) and an API token."""
    cleaned = _validate(request)
    try:
        provisioned = _provision(cleaned)
    except IntegrityError as exc:  # the same slug won by a concurrent signup
        raise DomainErrors([DomainError(SignupErrorCode.SLUG_TAKEN, field="slug", slug=cleaned.slug)]) from exc
    with schema_context(provisioned.company.schema_name):
        token = api_token_issue(user=provisioned.admin)
    return SignupResult(
        company_url=tenant_url(tenant_host(cleaned.slug)),
        api_token=token.raw,
        admin=provisioned.admin,
        slug=cleaned.slug,
    )


def _provision(cleaned: SignupRequest) -> Provisioned:
    return tenant_provision(
        profile=CompanyProfile(
            name=cleaned.company_name,
            slug=cleaned.slug,
            contact_name=cleaned.contact_name,
            contact_phone=cleaned.phone,
            contact_email=cleaned.email,
            city=cleaned.city,
            houses_managed=cleaned.houses_managed,
        ),
        admin=AdminAccount(
            username=cleaned.phone,
            password=cleaned.password,
            display_name=cleaned.contact_name,
            phone=cleaned.phone,
            email=cleaned.email,
        ),
    )
