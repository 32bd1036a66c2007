"""Binding your account to the company's WeChat official account or mini program: the front end
sends the one-time code WeChat gave it, never an openid, and is never shown one."""

from __future__ import annotations

from datetime import datetime

import strawberry
from django.conf import settings

from saas.notifications.bindings import BindingState, wechat_bind, wechat_bindings_of, wechat_unbind
from saas.notifications.errors import WechatBindingErrorCode
from saas.notifications.models import Channel
from schema.core.context import Info
from schema.core.errors import RateLimit, payload_of
from schema.core.permissions import IsAuthenticated
from schema.notifications import channels as _channels  # noqa: F401  # registers MessageChannel
from schema.notifications.errors import WechatBindingError


@strawberry.type(
    name="WechatBinding",
    description="微信绑定 Whether messages reach your account in the company's official account or mini program.",
)
class WechatBindingType:
    channel: Channel = strawberry.field(
        description="WECHAT_TEMPLATE: the official account (公众号); WECHAT_SUBSCRIBE: the mini program (小程序)."
    )
    available: bool = strawberry.field(description="True when the company has switched this channel on.")
    bound: bool = strawberry.field(description="True when your account is bound to a WeChat user there.")
    bound_at: datetime | None = strawberry.field(description="When it was bound (+08:00); null: not bound.")


def _binding(state: BindingState) -> WechatBindingType:
    return WechatBindingType(
        channel=Channel(state.channel),
        available=state.available,
        bound=state.bound_at is not None,
        bound_at=state.bound_at,
    )


@strawberry.input(description="The channel and the one-time code WeChat gave the front end.")
class WechatBindInput:
    channel: Channel = strawberry.field(
        description="WECHAT_SUBSCRIBE with the code of wx.login() in the mini program; WECHAT_TEMPLATE with the "
        "code the official account's web-page authorisation (snsapi_base) redirected with."
    )
    code: str = strawberry.field(description="The code, used once and within five minutes.")


@strawberry.input(description="The channel to stop receiving messages on.")
class WechatUnbindInput:
    channel: Channel = strawberry.field(description="WECHAT_TEMPLATE or WECHAT_SUBSCRIBE.")


@strawberry.type
class WechatBindingPayload:
    errors: list[WechatBindingError]
    binding: WechatBindingType | None = None


@strawberry.type
class WechatBindingQueries:
    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="The two WeChat channels for your own account: switched on by the company or not, bound or not "
        "(the openid is never shown).",
    )
    def my_wechat_bindings(self, info: Info) -> list[WechatBindingType]:
        return [_binding(state) for state in wechat_bindings_of(user=info.context.viewer)]


@strawberry.type
class WechatBindingMutations:
    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Bind your own account (owner or staff) to the WeChat user the code belongs to, so messages "
        "also arrive there; binding again replaces the earlier WeChat user. Limited per account (WECHAT_BIND_RATE, "
        "10 a minute by default).",
    )
    def wechat_bind(self, info: Info, input: WechatBindInput) -> WechatBindingPayload:
        user = info.context.viewer
        return payload_of(
            WechatBindingPayload,
            WechatBindingError,
            lambda state: {"binding": _binding(state)},
            lambda: wechat_bind(user=user, channel=input.channel.value, code=input.code),
            request=info.context.request,
            limits=[
                RateLimit(
                    "wechat_bind", settings.WECHAT_BIND_RATE, WechatBindingErrorCode.RATE_LIMITED, subject=f"u{user.pk}"
                )
            ],
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Stop WeChat messages to your own account on one channel; those not yet sent are cancelled.",
    )
    def wechat_unbind(self, info: Info, input: WechatUnbindInput) -> WechatBindingPayload:
        user = info.context.viewer
        return payload_of(
            WechatBindingPayload,
            WechatBindingError,
            lambda state: {"binding": _binding(state)},
            lambda: wechat_unbind(user=user, channel=input.channel.value),
        )
