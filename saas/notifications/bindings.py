"""微信绑定 An account's own openid in the company's official account or mini program, so the
outbox can reach it there.

The front end never sees or sends an openid: it sends the one-time ``code`` WeChat gave it
(``wx.login()`` in the mini program, the official account's web-page authorisation redirect), and
the server trades the code for the openid with the company's own app id and secret. Nothing is
written when WeChat refuses or cannot be reached; the trade happens before any transaction.

An openid belongs to one account of the company per channel (someone who is both staff and an
owner chooses which account WeChat messages reach). Unbinding cancels the messages still waiting
for that channel; binding again moves them to the new openid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from saas.core.errors import DomainError
from saas.notifications.accounts import enabled_accounts, sender_for
from saas.notifications.channels.base import PermanentError, TransientError
from saas.notifications.channels.wechat import CODE_INVALID, CODE_USED, WechatSender
from saas.notifications.errors import WechatBindingErrorCode
from saas.notifications.models import Channel, OutboxMessage, OutboxState, WechatBinding

WECHAT_CHANNELS = (Channel.WECHAT_TEMPLATE, Channel.WECHAT_SUBSCRIBE)
CODE_RE = re.compile(r"^[\x21-\x7e]{1,128}$")  # WeChat's codes: 32 printable ASCII characters today
UNBOUND = "WECHAT_UNBOUND"  # the error code a message cancelled by an unbinding carries


@dataclass(frozen=True)
class BindingState:
    channel: str
    available: bool  # the company has this channel switched on
    bound_at: datetime | None  # None: not bound


def wechat_bindings_of(*, user: Any) -> list[BindingState]:
    """Both WeChat channels for ``user`` (two statements), never the openids."""
    bound = dict(WechatBinding.objects.filter(user_id=user.pk).values_list("channel", "bound_at"))
    enabled = enabled_accounts()
    return [BindingState(c, c in enabled, bound.get(c)) for c in WECHAT_CHANNELS]


def _wechat_channel(channel: str) -> Channel:
    if channel not in WECHAT_CHANNELS:
        raise DomainError(WechatBindingErrorCode.CHANNEL_NOT_WECHAT, field="channel")
    return Channel(channel)


def _openid_for(channel: Channel, code: str) -> str:
    account = enabled_accounts().get(channel)
    if account is None:
        raise DomainError(WechatBindingErrorCode.WECHAT_NOT_CONFIGURED, field="channel")
    sender = sender_for(account)
    assert isinstance(sender, WechatSender)
    try:
        return sender.openid_of(code)
    except TransientError as error:  # busy (-1), frequency limit (45011), the network, a 5xx
        raise DomainError(WechatBindingErrorCode.WECHAT_UNAVAILABLE, field="code") from error
    except PermanentError as error:
        if error.code == str(CODE_INVALID):
            raise DomainError(WechatBindingErrorCode.CODE_INVALID, field="code") from error
        if error.code == str(CODE_USED):
            raise DomainError(WechatBindingErrorCode.CODE_USED, field="code") from error
        # 40013 / 40125 (the company's app id or secret), 40226 (WeChat blocked a risky login) …
        raise DomainError(WechatBindingErrorCode.WECHAT_REFUSED, field="code", errcode=error.code) from error


def wechat_bind(*, user: Any, channel: str, code: str) -> BindingState:
    """Bind ``user`` to whoever ``code`` belongs to in the company's app for ``channel``."""
    wechat = _wechat_channel(channel)
    code = code.strip()
    if not code:
        raise DomainError(WechatBindingErrorCode.REQUIRED, field="code")
    if not CODE_RE.match(code):
        raise DomainError(WechatBindingErrorCode.CODE_INVALID, field="code")
    openid = _openid_for(wechat, code)
    binding = wechat_binding_save(user=user, channel=wechat, openid=openid)
    return BindingState(wechat, True, binding.bound_at)


@transaction.atomic
def wechat_binding_save(*, user: Any, channel: str, openid: str) -> WechatBinding:
    """Record ``user``'s openid for ``channel`` (the seed calls this directly). The same openid
    again changes nothing; a new one replaces the old and takes over the messages still waiting."""
    if WechatBinding.objects.filter(channel=channel, openid=openid).exclude(user_id=user.pk).exists():
        raise DomainError(WechatBindingErrorCode.OPENID_BOUND_ELSEWHERE, field="code")
    binding = WechatBinding.objects.select_for_update().filter(user_id=user.pk, channel=channel).first()
    if binding is not None and binding.openid == openid:
        return binding
    try:
        with transaction.atomic():  # a savepoint: two binds racing for one openid or one account
            if binding is None:
                binding = WechatBinding.objects.create(user_id=user.pk, channel=channel, openid=openid)
            else:
                binding.openid, binding.bound_at = openid, timezone.now()
                binding.save(update_fields=["openid", "bound_at"])
    except IntegrityError:
        same = WechatBinding.objects.filter(user_id=user.pk, channel=channel, openid=openid).first()
        if same is not None:  # this account's other request bound the same openid first
            return same
        raise DomainError(WechatBindingErrorCode.OPENID_BOUND_ELSEWHERE, field="code") from None
    _waiting(user, channel).update(address=openid)
    return binding


def _waiting(user: Any, channel: str) -> Any:
    return OutboxMessage.objects.filter(user_id=user.pk, channel=channel, state=OutboxState.PENDING)


@transaction.atomic
def wechat_unbind(*, user: Any, channel: str) -> BindingState:
    """Forget ``user``'s openid for ``channel``; its messages not yet sent are cancelled."""
    wechat = _wechat_channel(channel)
    deleted, _ = WechatBinding.objects.filter(user_id=user.pk, channel=wechat).delete()
    if not deleted:
        raise DomainError(WechatBindingErrorCode.NOT_BOUND, field="channel")
    _waiting(user, wechat).update(
        state=OutboxState.CANCELLED,
        lease_until=None,
        claimed_by="",
        error_code=UNBOUND,
        error_message="用户已解除微信绑定",
    )
    return BindingState(wechat, wechat in enabled_accounts(), None)
