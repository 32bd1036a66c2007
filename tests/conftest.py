"""Two session-scoped companies cloned once from the template; every test runs in a rolled-back
transaction on top of them, so no test creates a schema it does not itself need."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from django_tenants.utils import tenant_context

from saas.accounts.models import User
from tenants.models import Company, Plan
from tenants.schemas import activate_public
from tenants.services.provisioning import (
    AdminAccount,
    CompanyProfile,
    spare_pool_fill,
    template_ensure,
    tenant_host,
    tenant_provision,
)
from tests.conftest_values import PASSWORD
from tests.factories import UserFactory
from tests.graphql import GraphQLClient

PUBLIC_HOST = "localhost"


def _company(slug: str, name: str, phone: str) -> Company:
    return tenant_provision(
        profile=CompanyProfile(
            name=name,
            slug=slug,
            contact_name="测试联系人",
            contact_phone=phone,
            contact_email=f"{slug}@example.com",
            city="北京",
            houses_managed=100,
        ),
        admin=AdminAccount(username="admin", password=PASSWORD, display_name="管理员", phone=phone, email=""),
        plan=Plan.objects.get(code="professional"),
    ).company


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: pytest.FixtureRequest) -> Iterator[None]:
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        template_ensure()
        _company("alpha", "北京阿尔法物业有限公司", "13800000001")
        _company("beta", "北京贝塔物业有限公司", "13800000002")
        spare_pool_fill(size=1)
    yield


@pytest.fixture(autouse=True)
def _public_schema_and_clean_caches() -> Iterator[None]:
    activate_public()
    # The server's default language: an English request (LocaleMiddleware activates its language
    # for the thread and leaves it) must not make a later test's messages English.
    translation.activate(settings.LANGUAGE_CODE)
    for alias in ("default", "platform"):
        caches[alias].clear()
    yield
    activate_public()


@pytest.fixture
def company_a(db: None) -> Company:
    return Company.objects.get(domains__domain=tenant_host("alpha"))


@pytest.fixture
def company_b(db: None) -> Company:
    return Company.objects.get(domains__domain=tenant_host("beta"))


@pytest.fixture
def public_client(db: None) -> GraphQLClient:
    return GraphQLClient(PUBLIC_HOST)


@pytest.fixture
def client_a(db: None) -> GraphQLClient:
    return GraphQLClient(tenant_host("alpha"))


@pytest.fixture
def client_b(db: None) -> GraphQLClient:
    return GraphQLClient(tenant_host("beta"))


@pytest.fixture
def admin_a(company_a: Company) -> User:
    with tenant_context(company_a):
        return User.objects.get(username="admin")


@pytest.fixture
def vendor_staff(db: None) -> User:
    return UserFactory(username="vendor-ops", is_staff=True)


@pytest.fixture
def public_customer(db: None) -> User:
    """A public-schema account without staff rights."""
    return UserFactory(username="not-staff", is_staff=False)


def _tenant_user(company: Company, *, username: str, is_staff: bool) -> User:
    with tenant_context(company):
        return UserFactory(username=username, is_staff=is_staff)  # type: ignore[no-any-return]


def _client_for(company: Company, user: User, host: str) -> GraphQLClient:
    from saas.accounts.services import api_token_issue

    with tenant_context(company):
        return GraphQLClient(host, token=api_token_issue(user=user).raw)


@pytest.fixture
def staff_a(company_a: Company, admin_a: User) -> GraphQLClient:
    """The company's admin (the admin role: every community) on alpha's host."""
    return _client_for(company_a, admin_a, tenant_host("alpha"))


@pytest.fixture
def owner_user_a(company_a: Company) -> User:
    """A non-staff account on alpha (an owner once an occupancy links them to a house)."""
    return _tenant_user(company_a, username="13700009999", is_staff=False)


@pytest.fixture
def owner_a(company_a: Company, owner_user_a: User) -> GraphQLClient:
    return _client_for(company_a, owner_user_a, tenant_host("alpha"))


@pytest.fixture
def in_a(company_a: Company) -> Iterator[Company]:
    """Run the test body inside alpha's schema (for factories); requests still route by host."""
    with tenant_context(company_a):
        yield company_a
