"""Platform-level refusals, shared by HTTP and GraphQL: their codes are part of the contract."""

from saas.core.errors import ErrorCode


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
    TRIAL_EXPIRED = (
        "TRIAL_EXPIRED",
        "试用期已结束，数据仍可查看；如需继续修改数据，请升级为付费套餐。",
        "The free trial has ended: data can still be read, but changes need a paid plan.",
    )
