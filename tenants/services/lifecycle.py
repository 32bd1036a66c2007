"""What the vendor's staff do to a company after signup: extend, convert, suspend, reactivate."""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from saas.core.errors import DomainError
from tenants.errors import TenantErrorCode
from tenants.models import Company, CompanyStatus, Plan

MAX_TRIAL_EXTENSION_DAYS = 90


def _locked(company_id: int) -> Company:
    company = Company.objects.customers().select_for_update().filter(pk=company_id).first()
    if company is None:
        raise DomainError(TenantErrorCode.NOT_FOUND, field="id")
    return company


@transaction.atomic
def trial_extend(*, company_id: int, days: int) -> Company:
    """Push the trial end back by ``days``, counted from now if the trial has already ended."""
    if not 1 <= days <= MAX_TRIAL_EXTENSION_DAYS:
        raise DomainError(TenantErrorCode.DAYS_INVALID, field="days", limit=MAX_TRIAL_EXTENSION_DAYS)
    company = _locked(company_id)
    if company.status != CompanyStatus.TRIAL:
        raise DomainError(TenantErrorCode.NOT_TRIAL, field="id")
    start = max(company.trial_ends_at or timezone.now(), timezone.now())
    company.trial_ends_at = start + timedelta(days=days)
    company.save(update_fields=["trial_ends_at"])
    return company


@transaction.atomic
def trial_convert_to_paid(*, company_id: int, plan_code: str, paid_until: date) -> Company:
    plan = Plan.objects.filter(code=plan_code).first()
    if plan is None:
        raise DomainError(TenantErrorCode.PLAN_NOT_FOUND, field="planCode")
    if plan.monthly_price_fen == 0:
        raise DomainError(TenantErrorCode.PLAN_NOT_PAID, field="planCode")
    if paid_until <= timezone.localdate():
        raise DomainError(TenantErrorCode.PAID_UNTIL_INVALID, field="paidUntil")
    company = _locked(company_id)
    company.status = CompanyStatus.PAID
    company.plan = plan
    company.paid_until = paid_until
    company.trial_ends_at = None
    company.save(update_fields=["status", "plan", "paid_until", "trial_ends_at"])
    return company


@transaction.atomic
def tenant_suspend(*, company_id: int, reason: str) -> Company:
    reason = reason.strip()
    if not reason:
        raise DomainError(TenantErrorCode.REASON_REQUIRED, field="reason")
    company = _locked(company_id)
    if company.is_suspended:
        raise DomainError(TenantErrorCode.ALREADY_SUSPENDED, field="id")
    company.suspended_at = timezone.now()
    company.suspension_reason = reason[:200]
    company.save(update_fields=["suspended_at", "suspension_reason"])
    return company


@transaction.atomic
def tenant_reactivate(*, company_id: int) -> Company:
    company = _locked(company_id)
    if not company.is_suspended:
        raise DomainError(TenantErrorCode.NOT_SUSPENDED, field="id")
    company.suspended_at = None
    company.suspension_reason = ""
    company.save(update_fields=["suspended_at", "suspension_reason"])
    return company
