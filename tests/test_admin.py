"""The Django admin on the public host, as the vendor's staff use it after `make demo`."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import Client

from saas.accounts.models import User
from tenants.models import Company, DemoBooking
from tests.conftest_values import PASSWORD

HOST = "localhost"


@pytest.fixture
def vendor(db: None) -> Client:
    """Logs in through the admin's own login form, as a person would."""
    User.objects.create_superuser(username="vendor", password=PASSWORD, email="", display_name="运营")
    client = Client(HTTP_HOST=HOST)
    response = client.post("/admin/login/?next=/admin/", {"username": "vendor", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    return client


def test_vendor_opens_every_registered_admin_page(vendor: Client, company_a: Company) -> None:
    DemoBooking.objects.create(
        company_name="北京测试物业",
        contact_name="王经理",
        phone="13700000000",
        preferred_time="2026-01-05T10:00+08:00",
        city="北京",
    )
    index = vendor.get("/admin/")
    assert index.status_code == 200 and "物业公司" in index.content.decode()

    opened = []
    for model, model_admin in admin.site._registry.items():
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        changelist = vendor.get(base)
        assert changelist.status_code == 200, base
        opened.append(base)
        if model_admin.has_add_permission(changelist.wsgi_request):
            assert vendor.get(f"{base}add/").status_code == 200, f"{base}add/"
            opened.append(f"{base}add/")
        row = model_admin.get_queryset(changelist.wsgi_request).first()
        if row is not None:
            assert vendor.get(f"{base}{row.pk}/change/").status_code == 200, f"{base}{row.pk}/change/"
            opened.append(f"{base}{row.pk}/change/")
    assert "/admin/tenants/company/" in opened and f"/admin/tenants/company/{company_a.pk}/change/" in opened
    assert "/admin/tenants/demobooking/add/" in opened and len(opened) >= 3 * 2


def test_admin_refuses_a_company_host(company_a: Company) -> None:
    response = Client(HTTP_HOST="alpha.localhost").get("/admin/")
    assert response.status_code == 404
