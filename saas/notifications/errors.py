"""Error codes of the notification centre and its outbox."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class NotificationErrorCode(ErrorCode):
    TOO_MANY = "TOO_MANY", "一次最多处理 {limit} 条通知。", "At most {limit} notifications at a time."


class ChannelErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    DETAILS_MISSING = (
        "DETAILS_MISSING",
        "该渠道尚未配置，请填写密钥。",
        "This provider is not configured yet: enter its credentials.",
    )
    SIGN_NAME_REQUIRED = "SIGN_NAME_REQUIRED", "短信渠道须填写短信签名。", "An SMS provider needs a signature."
    TEMPLATE_KIND_UNKNOWN = (
        "TEMPLATE_KIND_UNKNOWN",
        "模板对应的消息类型不存在：{kind}。",
        "No such message kind for a template: {kind}.",
    )
    TEMPLATE_ID_INVALID = (
        "TEMPLATE_ID_INVALID",
        "模板编号须为 1–64 个字母、数字、下划线或连字符。",
        "A template id is 1–64 letters, digits, underscores or hyphens.",
    )
    BUDGET_INVALID = (
        "BUDGET_INVALID",
        "每日短信上限须在 1 到 1000000 之间，或留空表示不限。",
        "The daily SMS budget is between 1 and 1,000,000, or empty for none.",
    )
    MESSAGE_NOT_FOUND = "MESSAGE_NOT_FOUND", "找不到该消息。", "No such message."
    MESSAGE_NOT_FAILED = (
        "MESSAGE_NOT_FAILED",
        "只有发送失败的消息可以重发。",
        "Only a failed message can be retried.",
    )
    CHANNEL_NOT_CONFIGURED = (
        "CHANNEL_NOT_CONFIGURED",
        "该消息的渠道未启用，请先在消息渠道设置中启用。",
        "The message's channel is not enabled: enable it in the channel settings first.",
    )


class WechatBindingErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    CHANNEL_NOT_WECHAT = (
        "CHANNEL_NOT_WECHAT",
        "只能绑定公众号或小程序。",
        "Only the official account or the mini program can be bound.",
    )
    WECHAT_NOT_CONFIGURED = (
        "WECHAT_NOT_CONFIGURED",
        "物业尚未开通该微信渠道。",
        "The company has not set up this WeChat channel.",
    )
    CODE_INVALID = (
        "CODE_INVALID",
        "微信登录凭证无效或已过期，请重新授权。",
        "The WeChat login code is invalid or expired: ask WeChat for a new one.",
    )
    CODE_USED = (
        "CODE_USED",
        "该微信登录凭证已使用过，请重新授权。",
        "This WeChat login code was used already: ask WeChat for a new one.",
    )
    OPENID_BOUND_ELSEWHERE = (
        "OPENID_BOUND_ELSEWHERE",
        "该微信已绑定本物业的另一个账户，请先在那个账户解除绑定。",
        "This WeChat user is bound to another account of this company: unbind it there first.",
    )
    WECHAT_UNAVAILABLE = (
        "WECHAT_UNAVAILABLE",
        "微信暂时繁忙或无法连接，请稍后重试。",
        "WeChat is busy or could not be reached: try again shortly.",
    )
    WECHAT_REFUSED = (
        "WECHAT_REFUSED",
        "微信拒绝了请求（错误码 {errcode}），请联系物业检查微信设置。",
        "WeChat refused the request (error {errcode}): ask the company to check its WeChat settings.",
    )
    NOT_BOUND = "NOT_BOUND", "该渠道尚未绑定微信。", "This channel is not bound to WeChat."
    RATE_LIMITED = "RATE_LIMITED", "绑定请求过于频繁，请稍后再试。", "Too many binding attempts; try again later."
