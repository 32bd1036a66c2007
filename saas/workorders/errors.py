"""Error codes of the work-order domain, with their messages in Simplified Chinese and English."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class WorkOrderErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    PHONE_INVALID = ("PHONE_INVALID", *Texts.PHONE_INVALID)
    NOT_FOUND = "NOT_FOUND", "找不到该工单。", "No such work order."
    HOUSE_NOT_FOUND = (
        "HOUSE_NOT_FOUND",
        "找不到该房屋，或您不是该房屋的住户。",
        "No such house, or you do not live there.",
    )
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "找不到该小区。", "No such community."
    BUILDING_NOT_IN_COMMUNITY = (
        "BUILDING_NOT_IN_COMMUNITY",
        "该楼栋不属于所选小区。",
        "The building is not in that community.",
    )
    PLACE_REQUIRED = (
        "PLACE_REQUIRED",
        "请选择房屋，或填写公共区域的位置（楼栋或具体位置）。",
        "Choose a house, or give the public area (a building or a place).",
    )
    HOUSE_OR_AREA = (
        "HOUSE_OR_AREA",
        "房屋报修和公共区域报修只能选其一。",
        "Report either for a house or for a public area, not both.",
    )
    CONTACT_REQUIRED = (
        "CONTACT_REQUIRED",
        "房屋报修须留联系电话（报修人本人或该户住户），维修师傅上门前要联系。",
        "A repair for a house needs a contact phone (yours or a resident's): the technician calls before coming.",
    )
    CONTACT_NOT_OF_HOUSE = (
        "CONTACT_NOT_OF_HOUSE",
        "联系电话须是报修人本人或该户在住住户的电话。",
        "The contact phone must be yours or that of someone living in the house.",
    )
    VISIT_TIME_PAST = "VISIT_TIME_PAST", "期望上门时间不能早于现在。", "The preferred visit time is in the past."
    TOO_MANY_PHOTOS = "TOO_MANY_PHOTOS", "最多上传 {limit} 张照片。", "At most {limit} photos."
    PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE", "每张照片不能超过 {limit} MB。", "Each photo must be at most {limit} MB."
    PHOTO_TYPE_NOT_ALLOWED = (
        "PHOTO_TYPE_NOT_ALLOWED",
        "照片须为 JPEG、PNG、WebP 或 HEIC/HEIF 格式。",
        "Photos must be JPEG, PNG, WebP or HEIC/HEIF images.",
    )
    ILLEGAL_TRANSITION = (
        "ILLEGAL_TRANSITION",
        "工单当前为“{current}”，不能变为“{target}”。",
        "The work order is {current_en}; it cannot become {target_en}.",
    )
    ALREADY_TAKEN = (
        "ALREADY_TAKEN",
        "手慢了，该工单已被其他师傅接走。",
        "Another technician has already taken this order.",
    )
    NOT_ASSIGNEE = "NOT_ASSIGNEE", "该工单未派给您。", "This work order is not assigned to you."
    NOT_REPORTER = "NOT_REPORTER", "只有报修人可以这样做。", "Only the person who reported it may do this."
    TECHNICIAN_NOT_FOUND = (
        "TECHNICIAN_NOT_FOUND",
        "该人员不是此小区的维修技师。",
        "That person is not a technician of this community.",
    )
    REOPEN_WINDOW_CLOSED = (
        "REOPEN_WINDOW_CLOSED",
        "完工已超过 {days} 天，不能再申请返修，请重新报修。",
        "The order was completed more than {days} days ago; report it again instead.",
    )
    RATING_OUT_OF_RANGE = "RATING_OUT_OF_RANGE", "评分须为 1–5 星。", "The rating must be 1 to 5 stars."


class WorkOrderSettingsErrorCode(ErrorCode):
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "找不到该小区。", "No such community."
    MINUTES_OUT_OF_RANGE = (
        "MINUTES_OUT_OF_RANGE",
        "时限须在 1 至 {limit} 分钟之间。",
        "Deadlines must be between 1 and {limit} minutes.",
    )
    DEADLINES_OUT_OF_ORDER = (
        "DEADLINES_OUT_OF_ORDER",
        "时限须满足：响应 ≤ 到场 ≤ 完成。",
        "Deadlines must satisfy respond ≤ on site ≤ complete.",
    )
    PRIORITY_REPEATED = "PRIORITY_REPEATED", "同一优先级只能设置一次。", "Each priority may be given once."
    REOPEN_DAYS_OUT_OF_RANGE = (
        "REOPEN_DAYS_OUT_OF_RANGE",
        "返修期须在 {low} 至 {high} 天之间。",
        "The reopen window must be {low} to {high} days.",
    )
    NOT_A_TECHNICIAN = "NOT_A_TECHNICIAN", "该人员不是维修技师。", "That person is not a technician."
