"""GraphQL error types of the notifications payloads: ``{ field, message, code }``, each ``code`` an enum
of the app's error codes (declared once, in the app's ``errors.py``)."""

from __future__ import annotations

import strawberry

from saas.notifications.errors import ChannelErrorCode, NotificationErrorCode, WechatBindingErrorCode
from schema.core.errors import CODE_DESCRIPTION, PayloadError

strawberry.enum(NotificationErrorCode, name="NotificationErrorCode", description="Codes of NotificationError.")


@strawberry.type(description="Why marking notifications failed.")
class NotificationError(PayloadError):
    code: NotificationErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(ChannelErrorCode, name="MessageChannelErrorCode", description="Codes of MessageChannelError.")


@strawberry.type(description="Why a message channel setting, a retry or a preference was refused.")
class MessageChannelError(PayloadError):
    code: ChannelErrorCode = strawberry.field(description=CODE_DESCRIPTION)


strawberry.enum(
    WechatBindingErrorCode,
    name="WechatBindingErrorCode",
    description="Codes of WechatBindingError. WECHAT_UNAVAILABLE is worth retrying (with a new code from WeChat "
    "if the old one is over five minutes old); CODE_INVALID and CODE_USED need a new code.",
)


@strawberry.type(description="Why binding or unbinding WeChat was refused.")
class WechatBindingError(PayloadError):
    code: WechatBindingErrorCode = strawberry.field(description=CODE_DESCRIPTION)
