"""Channel settings: an admin enters a provider's credentials once (encrypted at rest like merchant
keys, never read back out: the API shows the last four characters of each), the SMS signature, one
template id per message kind, and the SMS daily budget. One provider per channel is enabled."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from saas.core.crypto import decrypt, encrypt
from saas.core.errors import DomainError, ErrorCollector
from saas.notifications.channels import FIELDS, sender_build
from saas.notifications.channels.base import Sender
from saas.notifications.errors import ChannelErrorCode
from saas.notifications.models import PROVIDER_CHANNEL, Channel, ChannelAccount
from saas.notifications.templates import KINDS

FIELD_LIMIT = 4096
SIGN_LIMIT = 40
BUDGET_MAX = 1_000_000
TEMPLATE_ID_RE = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
WECHAT_KEY_RE = re.compile(r"^[a-z_]+[0-9]*$")


@dataclass(frozen=True)
class Template:
    template_id: str
    fields: Mapping[str, str]  # WeChat keyword → parameter name; empty: the parameter names themselves


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _clean_secrets(provider: str, values: Mapping[str, str]) -> dict[str, str]:
    errors = ErrorCollector()
    cleaned = {}
    for name in FIELDS[provider]:
        value = (values.get(name) or "").strip()
        if not value:
            errors.add(ChannelErrorCode.REQUIRED, field=camel(name))
        elif len(value) > FIELD_LIMIT:
            errors.add(ChannelErrorCode.TOO_LONG, field=camel(name), limit=FIELD_LIMIT)
        cleaned[name] = value
    errors.raise_if_any()
    return cleaned


def _clean_templates(templates: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    cleaned: dict[str, dict[str, Any]] = {}
    for kind, value in templates.items():
        if kind not in KINDS:
            raise DomainError(ChannelErrorCode.TEMPLATE_KIND_UNKNOWN, field="templates", kind=str(kind)[:40])
        template_id = value.get("id", "") if isinstance(value, Mapping) else value
        fields = value.get("fields", {}) if isinstance(value, Mapping) else {}
        if not isinstance(template_id, str) or not TEMPLATE_ID_RE.match(template_id.strip()):
            raise DomainError(ChannelErrorCode.TEMPLATE_ID_INVALID, field="templates")
        params = KINDS[kind].params
        if not isinstance(fields, Mapping) or any(
            not isinstance(k, str) or not WECHAT_KEY_RE.match(k) or v not in params for k, v in fields.items()
        ):
            raise DomainError(ChannelErrorCode.TEMPLATE_ID_INVALID, field="templates")
        cleaned[kind] = {"id": template_id.strip(), "fields": dict(fields)}
    return cleaned


@transaction.atomic
def channel_account_configure(
    *,
    provider: str,
    values: Mapping[str, str] | None,
    sign_name: str = "",
    templates: Mapping[str, Any] | None = None,
    daily_budget: int | None = None,
    enabled: bool = True,
    user: Any = None,
) -> ChannelAccount:
    """Store (replace) one provider's settings. ``values`` None keeps the stored credentials
    (switching, templates, budget); enabling it switches off the channel's other provider."""
    channel = PROVIDER_CHANNEL[provider]
    account = ChannelAccount.objects.select_for_update().filter(provider=provider).first()
    errors = ErrorCollector()
    sign_name = sign_name.strip()
    if channel == Channel.SMS and provider != "console_sms" and not sign_name:
        errors.add(ChannelErrorCode.SIGN_NAME_REQUIRED, field="signName")
    elif len(sign_name) > SIGN_LIMIT:
        errors.add(ChannelErrorCode.TOO_LONG, field="signName", limit=SIGN_LIMIT)
    if daily_budget is not None and not 1 <= daily_budget <= BUDGET_MAX:
        errors.add(ChannelErrorCode.BUDGET_INVALID, field="dailyBudget")
    errors.raise_if_any()
    cleaned_templates = _clean_templates(templates or {})
    if values is None and account is None and FIELDS[provider]:
        raise DomainError(ChannelErrorCode.DETAILS_MISSING, field="values")
    account = account or ChannelAccount(provider=provider, channel=channel)
    if values is not None or account.pk is None:
        secrets = _clean_secrets(provider, values or {})
        account.secrets = encrypt(json.dumps(secrets))
        account.hints = {camel(name): value[-4:] for name, value in secrets.items()}
    if enabled:
        ChannelAccount.objects.filter(channel=channel, enabled=True).exclude(provider=provider).update(enabled=False)
    account.enabled = enabled
    account.sign_name = sign_name
    account.templates = cleaned_templates
    account.daily_budget = daily_budget if channel == Channel.SMS else None
    account.updated_by = user
    account.updated_at = timezone.now()
    account.save()
    return account


def enabled_accounts() -> dict[str, ChannelAccount]:
    """Channel → its enabled account (one query)."""
    return {a.channel: a for a in ChannelAccount.objects.filter(enabled=True)}


def template_of(account: ChannelAccount, kind: str) -> Template | None:
    found = account.templates.get(kind)
    if not found:
        return None
    return Template(template_id=found["id"], fields=found.get("fields") or {})


def sender_for(account: ChannelAccount) -> Sender:
    """The provider client for ``account``, built once per process for these exact credentials."""
    from django.conf import settings

    from tenants.schemas import current_schema_name

    endpoints = (settings.ALIYUN_SMS_ENDPOINT, settings.TENCENT_SMS_ENDPOINT, settings.WECHAT_API_BASE)
    key = (current_schema_name(), account.provider, account.secrets, account.sign_name, *endpoints)
    sender = _senders.get(key)
    if sender is None:
        secrets: dict[str, str] = json.loads(decrypt(account.secrets)) if account.secrets else {}
        sender = sender_build(account.provider, secrets, sign_name=account.sign_name)
        if len(_senders) >= SENDER_CACHE_SIZE:
            _senders.pop(next(iter(_senders)))
        _senders[key] = sender
    return sender


SENDER_CACHE_SIZE = 256
_senders: dict[tuple[str, ...], Sender] = {}
