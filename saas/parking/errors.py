"""Error codes of the parking domain, with their messages in Simplified Chinese and English."""

from __future__ import annotations

from billing.errors import PaymentTexts
from saas.core.errors import ErrorCode, Texts


class ParkingErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "找不到该小区。", "No such community."
    AREA_NOT_FOUND = "AREA_NOT_FOUND", "找不到该停车区域。", "No such parking area."
    AREA_NAME_TAKEN = "AREA_NAME_TAKEN", "本小区已有同名停车区域。", "The community already has an area of that name."
    CAPACITY_OUT_OF_RANGE = (
        "CAPACITY_OUT_OF_RANGE",
        "车位数上限须在 1 至 {limit} 之间。",
        "The capacity must be between 1 and {limit}.",
    )
    AREA_FULL = "AREA_FULL", "该区域车位已达上限（{capacity} 个）。", "The area is full ({capacity} spaces)."
    SPACE_NOT_FOUND = "SPACE_NOT_FOUND", "找不到该车位。", "No such parking space."
    SPACE_NUMBER_TAKEN = (
        "SPACE_NUMBER_TAKEN",
        "该区域已有此编号的车位。",
        "The area already has a space with that number.",
    )
    SPACE_NUMBER_INVALID = (
        "SPACE_NUMBER_INVALID",
        "车位编号须为 1–16 位字母、数字或“-”。",
        "A space number is 1 to 16 letters, digits or '-'.",
    )
    OWNER_REQUIRED = "OWNER_REQUIRED", "产权车位须指定业主。", "An owned space needs its owner."
    OWNER_ONLY_FOR_OWNED = (
        "OWNER_ONLY_FOR_OWNED",
        "只有产权车位可以指定业主。",
        "Only an owned space has an owner.",
    )
    SPACE_NOT_RENTABLE = (
        "SPACE_NOT_RENTABLE",
        "该车位不对外出租（产权车位或临停车位）。",
        "This space is not for rent (owned or temporary).",
    )
    SPACE_UNAVAILABLE = (
        "SPACE_UNAVAILABLE",
        "该车位在所选期间已被占用或预留。",
        "The space is taken or reserved for part of that period.",
    )
    PLATE_INVALID = (
        "PLATE_INVALID",
        "请输入有效的车牌号，如 京A12345 或新能源 京AD12345。",
        "Enter a valid plate such as 京A12345, or 京AD12345 for a new-energy car.",
    )
    PLATE_TAKEN = "PLATE_TAKEN", "该车牌已登记。", "This plate is already registered."
    NOT_RESIDENT = (
        "NOT_RESIDENT",
        "该住户不是本小区的在住住户。",
        "That person does not live in this community.",
    )
    NOT_AN_OWNER = "NOT_AN_OWNER", "该住户不是本小区的业主。", "That person owns no house in this community."
    RESIDENT_NOT_FOUND = "RESIDENT_NOT_FOUND", "找不到该住户。", "No such resident."
    VEHICLE_NOT_FOUND = "VEHICLE_NOT_FOUND", "找不到该车辆，或车辆不属于申请人。", "No such vehicle of the applicant."
    MONTHS_OUT_OF_RANGE = "MONTHS_OUT_OF_RANGE", "月数须在 1 至 12 之间。", "Months must be between 1 and 12."
    MONTH_BY_MONTH_ONLY = (
        "MONTH_BY_MONTH_ONLY",
        "非业主只能按月租用车位（北京市物业管理条例第80条）。",
        "Non-owners rent month by month only (Beijing Property Management Regulations art. 80).",
    )
    START_IN_PAST = "START_IN_PAST", "开始日期不能早于今天。", "The start date is in the past."
    OWNER_PRIORITY = (
        "OWNER_PRIORITY",
        "本小区尚有业主在排队申请车位，暂不向非业主出租（北京市物业管理条例第80条）。",
        "Owners of this community are waiting for spaces; they come first (Beijing Property Management "
        "Regulations art. 80).",
    )
    APPLICATION_PENDING = (
        "APPLICATION_PENDING",
        "该车辆已有一份待处理的车位申请。",
        "This car already has an application waiting.",
    )
    APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND", "找不到该车位申请。", "No such parking application."
    NOT_PENDING = (
        "NOT_PENDING",
        "该申请当前为“{state}”，不能再处理。",
        "The application is {state_en}; it can no longer be handled.",
    )
    SPACE_IN_OTHER_COMMUNITY = (
        "SPACE_IN_OTHER_COMMUNITY",
        "该车位不属于申请的小区。",
        "The space is not in the application's community.",
    )
    LOTTERY_NOT_NEEDED = (
        "LOTTERY_NOT_NEEDED",
        "排队的业主申请（{candidates} 份）不多于车位（{spaces} 个），无需摇号，请直接分配。",
        "There are no more waiting owner applications ({candidates}) than spaces ({spaces}): offer them directly.",
    )
    TARIFF_MINUTES_OUT_OF_RANGE = (
        "TARIFF_MINUTES_OUT_OF_RANGE",
        "免费时长须在 0–1440 分钟，计费单位须在 1–1440 分钟之间。",
        "Free minutes must be 0–1440 and the unit 1–1440 minutes.",
    )
    PRICE_INVALID = (
        "PRICE_INVALID",
        "金额须为不小于 0 的数，最多两位小数。",
        "Amounts are 0 or more, with at most two decimals.",
    )
    CAP_BELOW_UNIT_PRICE = (
        "CAP_BELOW_UNIT_PRICE",
        "每 24 小时封顶金额不能低于单价。",
        "The daily cap cannot be below the unit price.",
    )
    OVERRIDE_REASON_REQUIRED = (
        "OVERRIDE_REASON_REQUIRED",
        "不足一个计费单位也收费须写明理由（北京市机动车停车条例第32条：默认不足一个单位不收费）。",
        "Charging part units needs a reason (by default a part unit is free: Beijing Motor Vehicle Parking "
        "Regulations art. 32(3)).",
    )
    TARIFF_PERIOD_TAKEN = (
        "TARIFF_PERIOD_TAKEN",
        "该区域自该日起已有收费标准，请从更晚的日期生效。",
        "The area already has a tariff from that day on: choose a later day.",
    )
    SESSION_OPEN = "SESSION_OPEN", "该车辆已在场内（尚未出场）。", "This car is already inside the area (no exit yet)."
    NO_OPEN_SESSION = "NO_OPEN_SESSION", "找不到该车辆在此区域的入场记录。", "No entry of this car in the area."
    EXIT_BEFORE_ENTRY = "EXIT_BEFORE_ENTRY", "出场时间不能早于入场时间。", "The exit is before the entry."
    EVENT_IN_FUTURE = "EVENT_IN_FUTURE", "道闸时间晚于当前时间。", "The gate's time is in the future."
    SPACES_REPEATED = "SPACES_REPEATED", "同一车位只能出现一次。", "Each space may be given once."
    PRICE_NOT_SET = (
        "PRICE_NOT_SET",
        "本小区尚未设置车位月租（类型为“车位”的收费项目）。",
        "The community has no parking rent yet (a fee item of kind PARKING).",
    )
    OFFER_EXPIRED = "OFFER_EXPIRED", "该车位分配已过期。", "The offer has expired."
    NOT_A_MONTHLY_PASS = (
        "NOT_A_MONTHLY_PASS",
        "只有本人有效的月卡可以续费。",
        "Only your own monthly pass can be renewed.",
    )
    RIGHT_NOT_FOUND = "RIGHT_NOT_FOUND", "找不到该车位权利。", "No such parking right."
    SESSION_NOT_FOUND = "SESSION_NOT_FOUND", "找不到该临停记录。", "No such stay."
    SESSION_NOT_CLOSED = (
        "SESSION_NOT_CLOSED",
        "车辆尚未出场，出场后再缴费。",
        "The car has not left yet; pay after the exit.",
    )
    NOTHING_TO_PAY = "NOTHING_TO_PAY", "本次停车无需缴费。", "Nothing is due for this stay."
    SESSION_ALREADY_PAID = "SESSION_ALREADY_PAID", "本次停车已缴费。", "This stay is already paid."
    ORDER_PENDING = (
        "ORDER_PENDING",
        "已有一笔待支付订单（{expires} 前有效），请完成该笔支付或到期后再试。",
        "An order is already waiting for payment (valid until {expires}); finish it or try again after that.",
    )
    GATEWAY_NOT_CONFIGURED = ("GATEWAY_NOT_CONFIGURED", *PaymentTexts.NOT_CONFIGURED)
    CHANNEL_NOT_SUPPORTED = ("CHANNEL_NOT_SUPPORTED", *PaymentTexts.CHANNEL_NOT_SUPPORTED)
    SANDBOX_NOT_ALLOWED = ("SANDBOX_NOT_ALLOWED", *PaymentTexts.SANDBOX_NOT_ALLOWED)
    GATEWAY_UNAVAILABLE = ("GATEWAY_UNAVAILABLE", *PaymentTexts.GATEWAY_UNAVAILABLE)
