"""Error codes of the finance services, one enum per thing a mutation changes."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class FinanceTexts:
    NOT_MONTH_START = (
        "账期须为某月的第一天（如 2026-01-01）。",
        "A period is the first day of a month (e.g. 2026-01-01).",
    )
    AMOUNT_NOT_POSITIVE = ("金额须大于 0。", "The amount must be greater than 0.")
    AMOUNT_TOO_LARGE = ("金额过大。", "The amount is too large.")
    BILL_NOT_FOUND = ("找不到该账单。", "No such bill.")
    HOUSE_NOT_FOUND = ("找不到该房屋。", "No such house.")
    COMMUNITY_NOT_FOUND = ("找不到该小区。", "No such community.")
    REASON_REQUIRED = ("请填写原因。", "Give a reason.")


class FeeItemErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该收费项目。", "No such fee item."
    NAME_TAKEN = "NAME_TAKEN", "已有名为“{name}”的收费项目。", "A fee item named “{name}” already exists."
    METER_TYPE_REQUIRED = "METER_TYPE_REQUIRED", "按读数计费的项目须选择表类型。", "A metered fee needs a meter type."
    METER_TYPE_NOT_ALLOWED = (
        "METER_TYPE_NOT_ALLOWED",
        "只有按读数计费的项目才有表类型。",
        "Only metered fees have a meter type.",
    )
    PARKING_ITEM_EXISTS = (
        "PARKING_ITEM_EXISTS",
        "{community}在该期间已有车位收费项目“{name}”；每个小区同一时间只能有一个车位租金。",
        "{community} already has the parking fee “{name}” in force in that period; a community has one parking "
        "rent at a time.",
    )
    KIND_LOCKED = (
        "KIND_LOCKED",
        "该项目已出账，不能再修改计费方式或表类型。",
        "The fee has been billed; its kind and meter type can no longer change.",
    )
    PRICE_NEGATIVE = "PRICE_NEGATIVE", "单价不能为负数。", "The unit price cannot be negative."
    PRICE_PRECISION = "PRICE_PRECISION", "单价最多保留四位小数。", "The unit price may have at most four decimals."
    PRICE_TOO_LARGE = "PRICE_TOO_LARGE", "单价须小于 100000000 元。", "The unit price must be below 100,000,000 yuan."
    COMMUNITIES_REQUIRED = "COMMUNITIES_REQUIRED", "请至少选择一个小区。", "Choose at least one community."
    COMMUNITY_NOT_FOUND = ("COMMUNITY_NOT_FOUND", *FinanceTexts.COMMUNITY_NOT_FOUND)
    BUILDING_OUTSIDE_COMMUNITIES = (
        "BUILDING_OUTSIDE_COMMUNITIES",
        "限定的楼栋须属于所选小区。",
        "Narrowing buildings must belong to the chosen communities.",
    )
    PERIOD_NOT_MONTH_START = ("PERIOD_NOT_MONTH_START", *FinanceTexts.NOT_MONTH_START)
    EFFECTIVE_RANGE_INVALID = (
        "EFFECTIVE_RANGE_INVALID",
        "截止月份不能早于生效月份。",
        "The last month cannot come before the first.",
    )
    SORT_ORDER_INVALID = (
        "SORT_ORDER_INVALID",
        "排序须在 0 到 {limit} 之间。",
        "The order must be between 0 and {limit}.",
    )


class MeterReadingErrorCode(ErrorCode):
    HOUSE_NOT_FOUND = ("HOUSE_NOT_FOUND", *FinanceTexts.HOUSE_NOT_FOUND)
    PERIOD_NOT_MONTH_START = ("PERIOD_NOT_MONTH_START", *FinanceTexts.NOT_MONTH_START)
    READING_NEGATIVE = "READING_NEGATIVE", "读数不能为负数。", "A reading cannot be negative."
    READING_PRECISION = "READING_PRECISION", "读数最多保留两位小数。", "A reading may have at most two decimals."
    READING_TOO_LARGE = "READING_TOO_LARGE", "读数须小于 10000000000。", "A reading must be below 10,000,000,000."
    READING_BELOW_PREVIOUS = (
        "READING_BELOW_PREVIOUS",
        "读数 {reading} 小于上次读数 {previous}；如已换表，请标记为换表。",
        "The reading {reading} is below the previous one, {previous}; mark it as a meter replacement if the "
        "meter was changed.",
    )
    READING_EXISTS = (
        "READING_EXISTS",
        "该房屋的{meter}在该账期已有读数。",
        "The house's {meter} already has a reading for this period.",
    )
    PERIOD_BEFORE_LATEST = (
        "PERIOD_BEFORE_LATEST",
        "该表已有 {latest} 的读数，不能补录更早账期的读数。",
        "The meter already has a reading for {latest}; earlier periods can no longer be entered.",
    )


class BillingErrorCode(ErrorCode):
    PERIOD_NOT_MONTH_START = ("PERIOD_NOT_MONTH_START", *FinanceTexts.NOT_MONTH_START)
    PERIOD_TOO_FAR = (
        "PERIOD_TOO_FAR",
        "只能为下个月及以前的账期出账。",
        "Bills can be generated for next month at the latest.",
    )
    COMMUNITIES_REQUIRED = "COMMUNITIES_REQUIRED", "请至少选择一个小区。", "Choose at least one community."
    COMMUNITY_NOT_FOUND = ("COMMUNITY_NOT_FOUND", *FinanceTexts.COMMUNITY_NOT_FOUND)


class BillErrorCode(ErrorCode):
    NOT_FOUND = ("NOT_FOUND", *FinanceTexts.BILL_NOT_FOUND)
    ALREADY_CANCELLED = "ALREADY_CANCELLED", "该账单已作废。", "The bill has already been cancelled."
    HAS_SETTLEMENTS = (
        "HAS_SETTLEMENTS",
        "该账单已有缴费、减免或滞纳金，不能作废；请先冲正相关收款。",
        "The bill has payments, waivers or late fees; reverse the payments first.",
    )
    HAS_PENDING_WAIVERS = (
        "HAS_PENDING_WAIVERS",
        "该账单有待审批的减免申请，请先处理。",
        "The bill has pending waiver requests; decide them first.",
    )
    REASON_REQUIRED = ("REASON_REQUIRED", *FinanceTexts.REASON_REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)


class PaymentErrorCode(ErrorCode):
    HOUSE_NOT_FOUND = ("HOUSE_NOT_FOUND", *FinanceTexts.HOUSE_NOT_FOUND)
    NOT_FOUND = "NOT_FOUND", "找不到该收款记录。", "No such payment."
    BILL_NOT_FOUND = ("BILL_NOT_FOUND", *FinanceTexts.BILL_NOT_FOUND)
    BILL_OF_ANOTHER_HOUSE = (
        "BILL_OF_ANOTHER_HOUSE",
        "一笔收款只能缴纳同一房屋的账单。",
        "One payment can only pay bills of the same house.",
    )
    BILL_CANCELLED = "BILL_CANCELLED", "该账单已作废。", "The bill has been cancelled."
    BILL_REPEATED = "BILL_REPEATED", "同一账单只能列一次。", "List each bill once."
    METHOD_ONLINE_ONLY = (
        "METHOD_ONLINE_ONLY",
        "线上支付（支付宝、银行卡、模拟支付）由支付通知自动入账，不能手工登记。",
        "Online payments (Alipay, card, sandbox) are booked from the provider's notification, not by hand.",
    )
    AMOUNT_NOT_POSITIVE = ("AMOUNT_NOT_POSITIVE", *FinanceTexts.AMOUNT_NOT_POSITIVE)
    AMOUNT_TOO_LARGE = ("AMOUNT_TOO_LARGE", *FinanceTexts.AMOUNT_TOO_LARGE)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    REASON_REQUIRED = ("REASON_REQUIRED", *FinanceTexts.REASON_REQUIRED)
    ALREADY_REVERSED = "ALREADY_REVERSED", "该笔收款已冲正。", "The payment has already been reversed."
    REVERSAL_NOT_REVERSIBLE = (
        "REVERSAL_NOT_REVERSIBLE",
        "冲正记录不能再次冲正。",
        "A reversal cannot itself be reversed.",
    )
    PREPAID_ALREADY_SPENT = (
        "PREPAID_ALREADY_SPENT",
        "该笔收款中转入预存的 {amount} 元已被抵扣账单，不能冲正。",
        "{amount} yuan of this payment went to the prepaid balance and has since paid bills; it cannot be reversed.",
    )


class WaiverErrorCode(ErrorCode):
    NOT_FOUND = "NOT_FOUND", "找不到该减免申请。", "No such waiver request."
    BILL_NOT_FOUND = ("BILL_NOT_FOUND", *FinanceTexts.BILL_NOT_FOUND)
    BILL_CANCELLED = "BILL_CANCELLED", "该账单已作废。", "The bill has been cancelled."
    AMOUNT_NOT_POSITIVE = ("AMOUNT_NOT_POSITIVE", *FinanceTexts.AMOUNT_NOT_POSITIVE)
    EXCEEDS_BALANCE = (
        "EXCEEDS_BALANCE",
        "减免金额不能超过账单未缴金额 {balance} 元（含待审批的减免）。",
        "The waiver cannot exceed the bill's unpaid {balance} yuan (pending waivers included).",
    )
    REASON_REQUIRED = ("REASON_REQUIRED", *FinanceTexts.REASON_REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_PENDING = "NOT_PENDING", "该申请已处理。", "The request has already been decided."
    SAME_PERSON = (
        "SAME_PERSON",
        "减免须由申请人以外的人审批。",
        "A waiver must be decided by someone other than the person who asked for it.",
    )


class FinancePolicyErrorCode(ErrorCode):
    DUE_DAYS_INVALID = (
        "DUE_DAYS_INVALID",
        "缴费期限须在 0 到 {limit} 天之间。",
        "Due days must be between 0 and {limit}.",
    )
    RATE_INVALID = (
        "RATE_INVALID",
        "滞纳金日费率须在 0 到 0.01 之间（最多六位小数），如 0.0005 即万分之五。",
        "The daily late-fee rate must be between 0 and 0.01 with at most six decimals, e.g. 0.0005.",
    )
    GRACE_DAYS_INVALID = (
        "GRACE_DAYS_INVALID",
        "宽限期须在 0 到 {limit} 天之间。",
        "Grace days must be between 0 and {limit}.",
    )
