"""Seed the demo company the vendor sells with, and a vendor staff account. Re-running reuses them;
``--reset`` drops the demo company (its schema and its rows) first and seeds it afresh."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.demo import DEMO_STAFF, seed_company_data
from saas.demo.estates import planned_house_count
from saas.demo.residents import DEMO_OWNER_PASSWORD, DEMO_OWNER_PHONE
from tenants.models import Company, DemoBooking, Domain, Plan
from tenants.routing import public_url, tenant_host, tenant_url
from tenants.schemas import activate_public
from tenants.services.provisioning import AdminAccount, CompanyProfile, tenant_provision

DEMO_SLUG = "demo"
DEMO_ADMIN = AdminAccount(
    username="admin",
    password="Wuye@demo2026",
    display_name="王建国",
    phone="13910020001",
    email="admin@demo.wuye.example",
)
VENDOR_STAFF = ("vendor", "Wuye@vendor2026", "物业云运营 李娜", "vendor@wuye.example")
DEMO_COMPANY = CompanyProfile(
    name="北京京华物业服务有限公司",
    slug=DEMO_SLUG,
    contact_name="王建国",
    contact_phone="13910020001",
    contact_email="admin@demo.wuye.example",
    city="北京",
    houses_managed=planned_house_count(),
)
DEMO_BOOKINGS = [
    ("北京朝阳安居物业管理有限公司", "刘晓梅", "13611112222", "朝阳区 6 个小区，约 3,200 户，现用 Excel 收费。", 3),
    ("北京海淀智园物业服务有限公司", "陈志强", "15810203040", "想了解支付宝缴费和报修派单。", 5),
    ("北京通州运河湾物业有限公司", "赵丽", "18701234567", "从旧系统迁移约 8,000 户历史账单。", 8),
]


def demo_company() -> Company | None:
    return Company.objects.filter(domains__domain=tenant_host(DEMO_SLUG)).first()


def demo_company_create() -> Company:
    """Provision the demo company and fill it, in one transaction (a failure leaves nothing)."""
    professional = Plan.objects.get(code="professional")
    with transaction.atomic():
        company = tenant_provision(profile=DEMO_COMPANY, admin=DEMO_ADMIN, plan=professional).company
        company.paid_until = timezone.localdate() + timedelta(days=365)
        company.save(update_fields=["paid_until"])
        with tenant_context(company):
            seed_company_data()
    return company


def demo_company_drop() -> bool:
    """Drop the demo company: its schema, its domains and its row. False when there is none."""
    activate_public()
    company = demo_company()
    if company is None:
        return False
    with transaction.atomic():
        Company.objects.filter(pk=company.pk).delete()  # its domains go with it
        with connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{company.schema_name}" CASCADE')
    return True


class Command(BaseCommand):
    help = "Create (or reuse) the demo company, its admin, a vendor staff account and sample demo bookings."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset", action="store_true", help="drop the demo company and all its data first, then seed it afresh"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        activate_public()
        if options["reset"] and demo_company_drop():
            self.stdout.write("demo company dropped")
        self._vendor_staff()
        self._demo_company()
        self._demo_bookings()
        self._print_urls()

    def _vendor_staff(self) -> None:
        username, password, name, email = VENDOR_STAFF
        if not User.objects.filter(username=username).exists():
            User.objects.create_superuser(username=username, password=password, email=email, display_name=name)

    def _demo_company(self) -> None:
        if Domain.objects.filter(domain=tenant_host(DEMO_SLUG)).exists():
            self.stdout.write("demo company exists: reusing it (--reset seeds it afresh)")
            return
        # The seeded notices' SMS go to the console provider, one log line each (~800): not while
        # a newcomer watches `make demo` set up; the outbox rows show them (outboxMessages).
        console = logging.getLogger("notifications.console")
        level = console.level
        console.setLevel(logging.WARNING)
        try:
            company = demo_company_create()
        finally:
            console.setLevel(level)
        self.stdout.write(f"demo company created in schema {company.schema_name}")

    def _demo_bookings(self) -> None:
        if DemoBooking.objects.exists():
            return
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        vendor = User.objects.get(username=VENDOR_STAFF[0])
        for n, (company_name, contact, phone, notes, days) in enumerate(DEMO_BOOKINGS):
            DemoBooking.objects.create(
                company_name=company_name,
                contact_name=contact,
                phone=phone,
                preferred_time=now + timedelta(days=days, hours=2),
                city="北京",
                notes=notes,
                # The first was taken by 李娜; the others are new (the console's badge shows 2).
                acknowledged_at=now - timedelta(hours=1) if n == 0 else None,
                acknowledged_by=vendor if n == 0 else None,
            )

    def _print_urls(self) -> None:
        base = public_url().rstrip("/")
        demo = tenant_url(tenant_host(DEMO_SLUG)).rstrip("/")
        vendor_user, vendor_password, _, _ = VENDOR_STAFF
        self.stdout.write(
            self.style.SUCCESS(
                "\n".join(
                    [
                        "",
                        "Wuye 物业云 demo is ready:",
                        f"  public GraphiQL (signup, plans, vendor console): {base}/graphql",
                        f"  demo company GraphiQL:                            {demo}/graphql",
                        f"  Django admin (vendor staff):                      {base}/admin/",
                        f"  vendor staff login:  {vendor_user} / {vendor_password}   (public host)",
                        f"  demo admin login:    {DEMO_ADMIN.username} / {DEMO_ADMIN.password}   (demo host)",
                        *[
                            f"  demo staff login:    {s.username} / {s.password}   ({s.name}, demo host)"
                            for s in DEMO_STAFF
                        ],
                        f"  demo owner login:    {DEMO_OWNER_PHONE} / {DEMO_OWNER_PASSWORD}   (业主 张伟, demo host)",
                        "",
                    ]
                )
            )
        )
