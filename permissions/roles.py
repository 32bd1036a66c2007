"""Roles (角色) and what each may do.

A role is a Django group of the same name in every tenant schema; an account holds exactly one.
What a role may do is a fixed set of capabilities defined here, in code: the product promises
these roles, and a company chooses who holds which and in which communities, not what a role
means. Where a role works is a guardian object permission on ``Community`` (see ``scoping``);
the admin works everywhere and the owner in the houses they occupy.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.contrib.auth.models import Group
from django.db import models


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    SERVICE = "service"
    TECHNICIAN = "technician"
    FINANCE = "finance"
    OWNER = "owner"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self][0]

    @property
    def description(self) -> str:
        return ROLE_LABELS[self][1]

    @property
    def is_staff_role(self) -> bool:
        return self is not Role.OWNER

    @property
    def is_scoped(self) -> bool:
        """Works only in the communities assigned to the account (everyone but admin and owner)."""
        return self not in (Role.ADMIN, Role.OWNER)


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.ADMIN: ("管理员", "Everything in the company, every community."),
    Role.MANAGER: ("项目经理", "Everything in the assigned communities."),
    Role.SERVICE: ("客服", "Residents, registrations, repairs, announcements, parking in the assigned communities."),
    Role.TECHNICIAN: ("维修技师", "Assigned work orders and equipment in the assigned communities."),
    Role.FINANCE: ("财务", "Bills, payments and reports in the assigned communities."),
    Role.OWNER: ("业主", "Their own houses, bills and work orders."),
}


class Capability(models.TextChoices):
    """One thing a role may do; the API checks these, never role names. The label is its Chinese name."""

    ESTATE_VIEW = "estate_view", "查看房产"  # communities, buildings, units, houses, statistics
    ESTATE_MANAGE = "estate_manage", "管理房产"  # change buildings, units, houses and communities in scope
    COMMUNITY_CREATE = "community_create", "新增或删除小区"  # add or delete a community (company-wide)
    RESIDENT_VIEW = "resident_view", "查看住户"  # residents and occupancies (personal data masked)
    RESIDENT_MANAGE = "resident_manage", "管理住户"  # enter and change residents, occupancies, consents
    REGISTRATION_REVIEW = "registration_review", "审核业主认证"  # approve or reject owners' registration requests
    PII_REVEAL = "pii_reveal", "查看完整个人信息"  # see one resident's full phone and ID number, with a reason, audited
    COMPANY_SETTINGS = "company_settings", "公司设置"  # the company's rules (resident policy …)
    STAFF_MANAGE = "staff_manage", "员工管理"  # invite staff, change roles and scopes, deactivate
    AUDIT_VIEW = "audit_view", "查看个人信息访问记录"  # the personal-information access log
    PRIVACY_REQUEST = "privacy_request", "个人信息导出与匿名化"  # PIPL: a resident's data export and anonymisation
    # Repairs (saas/workorders)
    WORKORDER_VIEW = "workorder_view", "查看工单"  # work orders of the communities in scope
    WORKORDER_MANAGE = "workorder_manage", "管理工单"  # report for public areas, assign, cancel, escalate
    WORKORDER_WORK = "workorder_work", "处理派给自己的工单"  # accept, arrive, complete the orders assigned to oneself
    WORKORDER_SETTINGS = "workorder_settings", "报修设置"  # dispatch mode per community, SLA per priority
    # Equipment (saas/equipment)
    EQUIPMENT_VIEW = "equipment_view", "查看设备"  # the ledger, certificates, maintenance, gaps, rounds; report a fault
    EQUIPMENT_MANAGE = "equipment_manage", "管理设备"  # equipment, certificates, maintenance rules, checkpoints, routes
    EQUIPMENT_WORK = "equipment_work", "维保与巡检"  # complete and sign maintenance orders, scan checkpoints
    # Fees (saas/finance)
    BILL_VIEW = "bill_view", "查看账单"  # bills, payments and receipts of houses in scope
    FEE_SETUP = "fee_setup", "收费设置"  # fee items, billing runs, late-fee policy
    METER_READING_RECORD = "meter_reading_record", "抄表"  # water, electricity, heating readings
    PAYMENT_RECORD = "payment_record", "登记线下收款"  # offline payments and reversals (冲正)
    WAIVER_REQUEST = "waiver_request", "申请减免"  # ask for a waiver or discount (减免)
    WAIVER_APPROVE = "waiver_approve", "审批减免"  # approve someone else's waiver request
    FINANCE_REPORT = "finance_report", "财务报表"  # collection rate, arrears aging, income, daily cash
    # Online payments (billing/)
    PAYMENT_REFUND = "payment_refund", "线上退款"  # refund an online payment through its gateway
    PAYMENT_RECONCILE = "payment_reconcile", "支付对账"  # the company-wide daily reconciliation with the gateways
    # Parking (saas/parking)
    PARKING_VIEW = "parking_view", "查看停车"  # areas, spaces, vehicles, rights, applications in scope
    PARKING_MANAGE = "parking_manage", "管理停车"  # set up areas and spaces, grant rights, review, draw lots
    # Announcements (saas/notices)
    ANNOUNCEMENT_VIEW = "announcement_view", "查看公告"  # notices of the communities in scope, company-wide ones
    ANNOUNCEMENT_PUBLISH = "announcement_publish", "发布公告"  # write, publish, withdraw, correct; their reach
    # Messages outside the app (saas/notifications)
    MESSAGE_OUTBOX = "message_outbox", "出站消息"  # messages about the communities in scope: failed ones, retry
    # Moving in from the old system (saas/imports): company-wide, so the admin's alone
    DATA_IMPORT = "data_import", "数据导入"  # upload, map, dry-run, commit, roll back imports; reconcile, sign off


_STAFF_BASE = frozenset({Capability.ESTATE_VIEW, Capability.ANNOUNCEMENT_VIEW})
ROLE_CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.ADMIN: frozenset(Capability),
    Role.MANAGER: _STAFF_BASE
    | {
        Capability.ESTATE_MANAGE,
        Capability.RESIDENT_VIEW,
        Capability.RESIDENT_MANAGE,
        Capability.REGISTRATION_REVIEW,
        Capability.PII_REVEAL,
        Capability.WORKORDER_VIEW,
        Capability.WORKORDER_MANAGE,
        Capability.WORKORDER_SETTINGS,
        Capability.ANNOUNCEMENT_PUBLISH,
        Capability.EQUIPMENT_VIEW,
        Capability.EQUIPMENT_MANAGE,
        Capability.EQUIPMENT_WORK,
        Capability.BILL_VIEW,
        Capability.METER_READING_RECORD,
        Capability.WAIVER_REQUEST,
        Capability.WAIVER_APPROVE,
        Capability.FINANCE_REPORT,
        Capability.PARKING_VIEW,
        Capability.PARKING_MANAGE,
        Capability.MESSAGE_OUTBOX,
    },
    Role.SERVICE: _STAFF_BASE
    | {
        Capability.RESIDENT_VIEW,
        Capability.RESIDENT_MANAGE,
        Capability.REGISTRATION_REVIEW,
        Capability.PII_REVEAL,
        Capability.WORKORDER_VIEW,
        Capability.WORKORDER_MANAGE,
        Capability.ANNOUNCEMENT_PUBLISH,
        Capability.EQUIPMENT_VIEW,
        Capability.BILL_VIEW,
        Capability.PARKING_VIEW,
        Capability.PARKING_MANAGE,
    },
    Role.TECHNICIAN: _STAFF_BASE
    | {
        Capability.WORKORDER_VIEW,
        Capability.WORKORDER_WORK,
        Capability.METER_READING_RECORD,
        Capability.EQUIPMENT_VIEW,
        Capability.EQUIPMENT_WORK,
    },
    Role.FINANCE: _STAFF_BASE
    | {
        Capability.RESIDENT_VIEW,
        Capability.PII_REVEAL,
        Capability.BILL_VIEW,
        Capability.FEE_SETUP,
        Capability.METER_READING_RECORD,
        Capability.PAYMENT_RECORD,
        Capability.WAIVER_REQUEST,
        Capability.FINANCE_REPORT,
        Capability.PAYMENT_REFUND,
        Capability.PARKING_VIEW,
    },
    Role.OWNER: frozenset(),
}

# Set on a user object once its role is known (by the token lookup or the first check in a request),
# so a request asks the database at most once.
_ROLE_ATTR = "_wuye_role"
_NO_ROLE = ""


def role_of(user: Any) -> Role | None:
    """The role of a logged-in account of this company; None for anonymous callers and for staff
    accounts that hold no role (they may log in and see ``me``, nothing else)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if not user.is_staff:
        return Role.OWNER
    cached = getattr(user, _ROLE_ATTR, None)
    if cached is None:
        name = user.groups.filter(name__in=STAFF_ROLE_NAMES).values_list("name", flat=True).first()
        cached = name or _NO_ROLE
        setattr(user, _ROLE_ATTR, cached)
    return Role(cached) if cached else None


def remember_role(user: Any, name: str | None) -> None:
    """Record a role read together with the user (the token lookup annotates it)."""
    setattr(user, _ROLE_ATTR, name if name in STAFF_ROLE_NAMES else _NO_ROLE)


def forget_role(user: Any) -> None:
    if hasattr(user, _ROLE_ATTR):
        delattr(user, _ROLE_ATTR)


def may(user: Any, capability: Capability) -> bool:
    role = role_of(user)
    return role is not None and capability in ROLE_CAPABILITIES[role]


def capabilities_of(user: Any) -> frozenset[Capability]:
    role = role_of(user)
    return ROLE_CAPABILITIES[role] if role is not None else frozenset()


STAFF_ROLE_NAMES = tuple(role.value for role in Role if role.is_staff_role)


def role_group(role: Role) -> Group:
    group, _ = Group.objects.get_or_create(name=role.value)
    return group
