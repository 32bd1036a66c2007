"""Error codes of the platform, with their messages: the platform-level refusals shared by HTTP and
GraphQL (``PlatformMessage``, top-level codes of the contract), signup, demo bookings and the vendor
console's company lifecycle."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class PlatformMessage(ErrorCode):
    UNKNOWN_HOST = (
        "UNKNOWN_HOST",
        "找不到域名 {host} 对应的物业公司，请检查网址。",
        "No property company is served at {host}; check the address.",
    )
    TENANT_SUSPENDED = (
        "TENANT_SUSPENDED",
        "“{company}”的账户已被停用，请联系物业云客服恢复服务。",
        "The account of “{company}” is suspended; contact Wuye support to restore service.",
    )
    SERVER_BUSY = (
        "SERVER_BUSY",
        "服务器繁忙，请 {seconds} 秒后重试。",
        "The server is busy; retry in {seconds} s.",
    )
    TRIAL_EXPIRED = (
        "TRIAL_EXPIRED",
        "试用期已结束，数据仍可查看；如需继续修改数据，请升级为付费套餐。",
        "The free trial has ended: data can still be read, but changes need a paid plan.",
    )


class DemoBookingErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    PHONE_INVALID = ("PHONE_INVALID", *Texts.PHONE_INVALID)
    EMAIL_INVALID = ("EMAIL_INVALID", *Texts.EMAIL_INVALID)
    TIME_IN_PAST = "TIME_IN_PAST", "请选择将来的时间。", "Choose a time in the future."
    HOUSES_INVALID = "HOUSES_INVALID", "在管房屋数不能为负数。", "Houses managed cannot be negative."
    URL_INVALID = "URL_INVALID", "请输入有效的会议链接。", "Enter a valid meeting link."
    NOT_FOUND = "NOT_FOUND", "找不到该演示预约。", "No such demo booking."
    PRESENTER_INVALID = (
        "PRESENTER_INVALID",
        "演示顾问须为在职的平台员工。",
        "The presenter must be active vendor staff.",
    )
    CLOSED = (
        "CLOSED",
        "该预约已完成或已取消，不能再修改。",
        "The booking is done or cancelled and can no longer change.",
    )
    RATE_LIMITED = "RATE_LIMITED", "预约请求过于频繁，请稍后再试。", "Too many booking requests; try again later."
    ALREADY_ACKNOWLEDGED = (
        "ALREADY_ACKNOWLEDGED",
        "该预约已由 {name} 认领。",
        "{name} has already taken this booking.",
    )


class TenantErrorCode(ErrorCode):
    NOT_FOUND = "NOT_FOUND", "找不到该物业公司。", "No such company."
    NOT_TRIAL = "NOT_TRIAL", "该公司不在试用期，无法延长试用。", "The company is not on a trial."
    DAYS_INVALID = (
        "DAYS_INVALID",
        "延长天数须在 1 到 {limit} 天之间。",
        "The extension must be between 1 and {limit} days.",
    )
    PLAN_NOT_FOUND = "PLAN_NOT_FOUND", "找不到该套餐。", "No such plan."
    PLAN_NOT_PAID = "PLAN_NOT_PAID", "请选择付费套餐。", "Choose a paid plan."
    PAID_UNTIL_INVALID = "PAID_UNTIL_INVALID", "付费截止日期须晚于今天。", "The paid-until date must be after today."
    ALREADY_SUSPENDED = "ALREADY_SUSPENDED", "该公司已处于停用状态。", "The company is already suspended."
    NOT_SUSPENDED = "NOT_SUSPENDED", "该公司未被停用。", "The company is not suspended."
    REASON_REQUIRED = "REASON_REQUIRED", "请填写停用原因。", "Give a reason for the suspension."


class SignupErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    SLUG_INVALID = (
        "SLUG_INVALID",
        "子域名须为 3–30 位小写字母、数字或连字符，且不能以连字符开头或结尾。",
        "The subdomain must be 3–30 lowercase letters, digits or hyphens, not starting or ending with a hyphen.",
    )
    SLUG_RESERVED = "SLUG_RESERVED", "子域名“{slug}”为系统保留，请换一个。", "The subdomain “{slug}” is reserved."
    SLUG_TAKEN = "SLUG_TAKEN", "子域名“{slug}”已被使用，请换一个。", "The subdomain “{slug}” is already taken."
    PHONE_INVALID = ("PHONE_INVALID", *Texts.PHONE_INVALID)
    EMAIL_INVALID = ("EMAIL_INVALID", *Texts.EMAIL_INVALID)
    PASSWORD_WEAK = "PASSWORD_WEAK", "{reason}", "{reason}", "密码强度不足"
    HOUSES_INVALID = (
        "HOUSES_INVALID",
        "在管房屋数须为 0 到 10,000,000 之间的整数。",
        "Houses managed must be a whole number between 0 and 10,000,000.",
    )
    RATE_LIMITED = (
        "RATE_LIMITED",
        "注册请求过于频繁，请稍后再试。",
        "Too many signup attempts from this address; try again later.",
    )


class CorsErrorCode(ErrorCode):
    ORIGIN_INVALID = (
        "ORIGIN_INVALID",
        "来源须为 http(s)://主机名[:端口]，不含路径、通配符或账号：{origin}",
        "An origin is http(s)://host[:port], with no path, wildcard or user: {origin}",
    )
    TOO_MANY_ORIGINS = "TOO_MANY_ORIGINS", "最多 {limit} 个来源。", "At most {limit} origins."
