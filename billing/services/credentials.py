"""Merchant credentials: entered once by an admin, encrypted at rest, never read back out. What the
API shows is whether a gateway is configured and the last four characters of each field."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from billing.errors import GatewaySettingsErrorCode
from billing.gateways import FIELDS, gateway_build
from billing.gateways.base import GatewayError, PaymentGateway
from billing.models import MerchantCredentials, Provider
from billing.services.context import current_company, sandbox_allowed, sandbox_page_base, schema_name
from saas.core.crypto import decrypt, encrypt
from saas.core.errors import DomainError, ErrorCollector

APP_ID_RE = re.compile(r"^\d{16}$")
SELLER_ID_RE = re.compile(r"^2088\d{12}$")
FIELD_LIMIT = 8192
CAMEL = {
    "app_id": "appId",
    "app_private_key": "appPrivateKey",
    "alipay_public_key": "alipayPublicKey",
    "seller_id": "sellerId",
    "secret_key": "secretKey",
    "webhook_secret": "webhookSecret",
}


class GatewayNotConfigured(Exception):
    """No (enabled) credentials for this provider in the current schema."""


@dataclass(frozen=True)
class GatewaySetting:
    provider: str
    configured: bool
    enabled: bool
    hints: dict[str, str]
    updated_at: datetime | None
    tested_at: datetime | None
    test_ok: bool | None
    test_message: str


def _clean(provider: str, values: Mapping[str, str]) -> dict[str, str]:
    from billing.gateways.alipay import private_key_normalise, public_key_normalise

    errors = ErrorCollector()
    cleaned: dict[str, str] = {}
    for name in FIELDS[provider]:
        value = (values.get(name) or "").strip()
        if not value:
            errors.add(GatewaySettingsErrorCode.REQUIRED, field=CAMEL.get(name, name))
        elif len(value) > FIELD_LIMIT:
            errors.add(GatewaySettingsErrorCode.TOO_LONG, field=CAMEL.get(name, name), limit=FIELD_LIMIT)
        cleaned[name] = value
    errors.raise_if_any()
    if provider == Provider.ALIPAY:
        if not APP_ID_RE.match(cleaned["app_id"]):
            errors.add(GatewaySettingsErrorCode.APP_ID_INVALID, field="appId")
        if not SELLER_ID_RE.match(cleaned["seller_id"]):
            errors.add(GatewaySettingsErrorCode.SELLER_ID_INVALID, field="sellerId")
        try:
            cleaned["app_private_key"] = private_key_normalise(cleaned["app_private_key"])
        except ValueError:
            errors.add(GatewaySettingsErrorCode.PRIVATE_KEY_INVALID, field="appPrivateKey")
        try:
            cleaned["alipay_public_key"] = public_key_normalise(cleaned["alipay_public_key"])
        except ValueError:
            errors.add(GatewaySettingsErrorCode.PUBLIC_KEY_INVALID, field="alipayPublicKey")
    if provider == Provider.STRIPE:
        if not cleaned["secret_key"].startswith(("sk_", "rk_")):
            errors.add(GatewaySettingsErrorCode.SECRET_KEY_INVALID, field="secretKey")
        if not cleaned["webhook_secret"].startswith("whsec_"):
            errors.add(GatewaySettingsErrorCode.WEBHOOK_SECRET_INVALID, field="webhookSecret")
    errors.raise_if_any()
    return cleaned


def _hints(values: Mapping[str, str]) -> dict[str, str]:
    return {name: value[-4:] for name, value in values.items()}


@transaction.atomic
def credentials_configure(
    *, provider: str, values: Mapping[str, str] | None, enabled: bool = True, user: Any = None
) -> MerchantCredentials:
    """Store (replace) one provider's credentials, encrypted. The sandbox needs none: it gets a
    fresh HMAC key. ``values`` None with existing credentials only switches ``enabled``."""
    from billing.gateways.sandbox import sandbox_key_new

    existing = MerchantCredentials.objects.select_for_update().filter(provider=provider).first()
    if provider == Provider.SANDBOX:
        if not sandbox_allowed(current_company()):
            raise DomainError(GatewaySettingsErrorCode.SANDBOX_NOT_ALLOWED, field="gateway")
        if existing is not None and values is None:
            cleaned = None
        else:
            cleaned = {"hmac_key": sandbox_key_new(), "seller_id": f"SANDBOX{timezone.now():%Y%m%d%H%M%S}"}
    elif values is None:
        if existing is None:
            raise DomainError(GatewaySettingsErrorCode.DETAILS_MISSING, field=provider)
        cleaned = None
    else:
        cleaned = _clean(provider, values)
    credentials = existing or MerchantCredentials(provider=provider)
    if cleaned is not None:
        credentials.secrets = encrypt(json.dumps(cleaned))
        credentials.hints = _hints({k: v for k, v in cleaned.items() if k != "hmac_key"})
        credentials.tested_at = None
        credentials.test_ok = None
        credentials.test_message = ""
    credentials.enabled = enabled
    credentials.updated_by = user
    credentials.updated_at = timezone.now()
    credentials.save()
    return credentials


def credentials_settings() -> list[GatewaySetting]:
    """Each provider: configured or not, and the last four characters of each field."""
    stored = {c.provider: c for c in MerchantCredentials.objects.all()}
    settings = []
    for provider in Provider.values:
        found = stored.get(provider)
        settings.append(
            GatewaySetting(
                provider=provider,
                configured=found is not None,
                enabled=bool(found and found.enabled),
                hints=dict(found.hints) if found else {},
                updated_at=found.updated_at if found else None,
                tested_at=found.tested_at if found else None,
                test_ok=found.test_ok if found else None,
                test_message=found.test_message if found else "",
            )
        )
    return settings


def _secrets(credentials: MerchantCredentials) -> dict[str, str]:
    values: dict[str, str] = json.loads(decrypt(credentials.secrets))
    return values


def merchant_ids(provider: str) -> tuple[str, str]:
    """(app id, seller id) a notification must name for orders made now."""
    credentials = MerchantCredentials.objects.filter(provider=provider).first()
    if credentials is None:
        raise GatewayNotConfigured(provider)
    values = _secrets(credentials)
    if provider == Provider.SANDBOX:
        return "sandbox", values["seller_id"]
    return values.get("app_id", ""), values.get("seller_id", "")


def gateway_for(provider: str, *, require_enabled: bool = True) -> PaymentGateway:
    """The current schema's gateway for ``provider``. Notifications, reconciliation and refunds
    pass ``require_enabled=False``: switching a gateway off stops new checkouts, not money already
    on its way."""
    # Read on every notification: by hand (the ORM's compiling cost more CPU than the query).
    with connection.cursor() as cursor:
        cursor.execute(CREDENTIALS_SQL, [provider])
        row = cursor.fetchone()
    if row is None or (require_enabled and not row[0]):
        raise GatewayNotConfigured(provider)
    ciphertext = str(row[1])
    page_base = sandbox_page_base() if provider == Provider.SANDBOX else ""
    # Decrypting the keys, parsing them and building the SDK client cost more than the rest of a
    # notification: built once per process for these exact credentials. The key holds the stored
    # ciphertext (new on every change of keys) and the endpoints, so a change is never served stale.
    endpoints = (settings.ALIPAY_SERVER_URL, settings.STRIPE_API_BASE)
    key = (schema_name(), provider, ciphertext, page_base, *endpoints)
    gateway = _gateways.get(key)
    if gateway is None:
        gateway = gateway_build(provider, json.loads(decrypt(ciphertext)), pay_page_base=page_base)
        if len(_gateways) >= GATEWAY_CACHE_SIZE:
            _gateways.pop(next(iter(_gateways)))
        _gateways[key] = gateway
    return gateway


CREDENTIALS_SQL = "SELECT enabled, secrets FROM billing_merchantcredentials WHERE provider = %s"
GATEWAY_CACHE_SIZE = 256
_gateways: dict[tuple[str, ...], PaymentGateway] = {}


@transaction.atomic
def credentials_test(*, provider: str) -> MerchantCredentials:
    """Check the stored credentials against the provider; the result is kept and returned."""
    credentials = MerchantCredentials.objects.select_for_update().filter(provider=provider).first()
    if credentials is None:
        raise DomainError(GatewaySettingsErrorCode.NOT_CONFIGURED, field="gateway")
    gateway = gateway_build(
        provider,
        _secrets(credentials),
        pay_page_base=sandbox_page_base() if provider == Provider.SANDBOX else "",
    )
    try:
        gateway.credentials_check()
    except GatewayError as exc:
        credentials.test_ok, credentials.test_message = False, str(exc)[:200]
    else:
        credentials.test_ok, credentials.test_message = True, ""
    credentials.tested_at = timezone.now()
    credentials.save(update_fields=["test_ok", "test_message", "tested_at"])
    return credentials
