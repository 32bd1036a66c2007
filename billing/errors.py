"""Error codes of the payment services, one enum per thing a mutation does."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class PaymentTexts:
    NOT_CONFIGURED = (
        "该支付渠道尚未配置或已停用。",
        "This payment gateway is not configured or is switched off.",
    )
    CHANNEL_NOT_SUPPORTED = ("该支付渠道不支持此支付方式。", "The gateway does not offer this way of paying.")
    SANDBOX_NOT_ALLOWED = (
        "模拟支付仅用于试用和演示，不能收取真实费用。",
        "The sandbox is for trials and demos only; it cannot collect real money.",
    )
    GATEWAY_UNAVAILABLE = (
        "支付渠道暂时无法处理，请稍后再试。",
        "The payment provider could not be reached; try again shortly.",
    )


class BillsPayErrorCode(ErrorCode):
    BILLS_REQUIRED = "BILLS_REQUIRED", "请选择要缴纳的账单。", "Choose the bills to pay."
    TOO_MANY_BILLS = "TOO_MANY_BILLS", "一次最多缴纳 {limit} 张账单。", "Pay at most {limit} bills at once."
    BILL_REPEATED = "BILL_REPEATED", "同一账单只能列一次。", "List each bill once."
    BILL_NOT_FOUND = "BILL_NOT_FOUND", "找不到该账单。", "No such bill."
    BILLS_OF_SEVERAL_HOUSES = (
        "BILLS_OF_SEVERAL_HOUSES",
        "一次只能缴纳同一房屋的账单。",
        "Pay the bills of one house at a time.",
    )
    BILL_NOT_OPEN = (
        "BILL_NOT_OPEN",
        "账单 {period} 已缴清或已作废。",
        "The {period} bill is already settled or cancelled.",
    )
    ORDER_PENDING = (
        "ORDER_PENDING",
        "这些账单已有一笔待支付订单（{expires} 前有效），请完成该笔支付或到期后再试。",
        "These bills already have an order waiting for payment (valid until {expires}); finish it or try "
        "again after that.",
    )
    GATEWAY_NOT_CONFIGURED = ("GATEWAY_NOT_CONFIGURED", *PaymentTexts.NOT_CONFIGURED)
    CHANNEL_NOT_SUPPORTED = ("CHANNEL_NOT_SUPPORTED", *PaymentTexts.CHANNEL_NOT_SUPPORTED)
    SANDBOX_NOT_ALLOWED = ("SANDBOX_NOT_ALLOWED", *PaymentTexts.SANDBOX_NOT_ALLOWED)
    GATEWAY_UNAVAILABLE = ("GATEWAY_UNAVAILABLE", *PaymentTexts.GATEWAY_UNAVAILABLE)


class GatewaySettingsErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    APP_ID_INVALID = "APP_ID_INVALID", "支付宝应用 ID 为 16 位数字。", "An Alipay app id is 16 digits."
    SELLER_ID_INVALID = (
        "SELLER_ID_INVALID",
        "支付宝商户号（PID）为 2088 开头的 16 位数字。",
        "An Alipay seller id (PID) is 16 digits starting with 2088.",
    )
    PRIVATE_KEY_INVALID = (
        "PRIVATE_KEY_INVALID",
        "应用私钥须为 2048 位及以上的 RSA 私钥（PKCS#1 或 PKCS#8）。",
        "The app private key must be an RSA private key of at least 2048 bits (PKCS#1 or PKCS#8).",
    )
    PUBLIC_KEY_INVALID = (
        "PUBLIC_KEY_INVALID",
        "支付宝公钥须为 2048 位及以上的 RSA 公钥。",
        "The Alipay public key must be an RSA public key of at least 2048 bits.",
    )
    SECRET_KEY_INVALID = (
        "SECRET_KEY_INVALID",
        "Stripe 密钥须以 sk_ 或 rk_ 开头。",
        "A Stripe secret key starts with sk_ or rk_.",
    )
    WEBHOOK_SECRET_INVALID = (
        "WEBHOOK_SECRET_INVALID",
        "Stripe Webhook 签名密钥须以 whsec_ 开头。",
        "A Stripe webhook signing secret starts with whsec_.",
    )
    DETAILS_MISSING = (
        "DETAILS_MISSING",
        "请填写该支付渠道的密钥。",
        "Give this gateway's credentials.",
    )
    NOT_CONFIGURED = ("NOT_CONFIGURED", *PaymentTexts.NOT_CONFIGURED)
    SANDBOX_NOT_ALLOWED = ("SANDBOX_NOT_ALLOWED", *PaymentTexts.SANDBOX_NOT_ALLOWED)
    CHECK_FAILED = "CHECK_FAILED", "密钥校验未通过：{detail}", "The credentials did not check out: {detail}"


class RefundErrorCode(ErrorCode):
    NOT_FOUND = "NOT_FOUND", "找不到该支付订单。", "No such payment order."
    NOT_PAID = "NOT_PAID", "该订单未支付，无需退款。", "The order was not paid; there is nothing to refund."
    ALREADY_REFUNDED = "ALREADY_REFUNDED", "该订单已退款。", "The order has already been refunded."
    NOT_REFUNDABLE = "NOT_REFUNDABLE", "该订单不能在此退款。", "This order cannot be refunded here."
    REASON_REQUIRED = "REASON_REQUIRED", "请填写退款原因。", "Give a reason for the refund."
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    PREPAID_ALREADY_SPENT = (
        "PREPAID_ALREADY_SPENT",
        "该笔支付转入预存的 {amount} 元已被抵扣账单，不能原路退款。",
        "{amount} yuan of this payment went to the prepaid balance and has since paid bills; it cannot be "
        "refunded to the payer.",
    )
    GATEWAY_NOT_CONFIGURED = ("GATEWAY_NOT_CONFIGURED", *PaymentTexts.NOT_CONFIGURED)
    GATEWAY_FAILED = (
        "GATEWAY_FAILED",
        "支付渠道未能完成退款，账务未作改动：{detail}",
        "The provider did not refund; the ledger is unchanged: {detail}",
    )


class SubscriptionErrorCode(ErrorCode):
    PLAN_NOT_FOUND = "PLAN_NOT_FOUND", "找不到该套餐。", "No such plan."
    PLAN_NOT_PAID = "PLAN_NOT_PAID", "请选择付费套餐。", "Choose a paid plan."
    MONTHS_INVALID = "MONTHS_INVALID", "订阅月数须在 1 到 {limit} 之间。", "Subscribe for 1 to {limit} months."
    LINK_INVALID = (
        "LINK_INVALID",
        "支付链接无效或已过期，请回到公司后台重新发起。",
        "The checkout link is invalid or has expired; start again from your company's console.",
    )
    COMPANY_NOT_FOUND = "COMPANY_NOT_FOUND", "找不到该物业公司。", "No such company."
    GATEWAY_NOT_CONFIGURED = ("GATEWAY_NOT_CONFIGURED", *PaymentTexts.NOT_CONFIGURED)
    CHANNEL_NOT_SUPPORTED = ("CHANNEL_NOT_SUPPORTED", *PaymentTexts.CHANNEL_NOT_SUPPORTED)
    SANDBOX_NOT_ALLOWED = ("SANDBOX_NOT_ALLOWED", *PaymentTexts.SANDBOX_NOT_ALLOWED)
    GATEWAY_UNAVAILABLE = ("GATEWAY_UNAVAILABLE", *PaymentTexts.GATEWAY_UNAVAILABLE)
