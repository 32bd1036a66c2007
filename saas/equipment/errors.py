"""Error codes of the equipment domain, with their messages in Simplified Chinese and English."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts
from saas.workorders.errors import WorkOrderErrorCode as _Photos  # one wording for photo problems


class EquipmentErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该设备。", "No such equipment."
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "找不到该小区。", "No such community."
    CODE_TAKEN = "CODE_TAKEN", "本小区已有编号为“{value}”的设备。", "This community already has equipment {value}."
    BUILDING_NOT_IN_COMMUNITY = (
        "BUILDING_NOT_IN_COMMUNITY",
        "该楼栋不属于所选小区。",
        "The building is not in that community.",
    )
    UNIT_NOT_IN_BUILDING = "UNIT_NOT_IN_BUILDING", "该单元不属于所选楼栋。", "The unit is not in that building."
    PLACE_REQUIRED = (
        "PLACE_REQUIRED",
        "请选择楼栋，或填写公共区域（如 水泵房）。",
        "Choose a building, or name the public area (e.g. the pump room).",
    )
    REGISTRATION_REQUIRED = (
        "REGISTRATION_REQUIRED",
        "特种设备须填写使用登记证编号。",
        "Special equipment needs its registration number (使用登记证).",
    )
    RESPONSIBLE_NOT_FOUND = (
        "RESPONSIBLE_NOT_FOUND",
        "责任人须是在此小区工作的员工。",
        "The responsible person must be staff working in this community.",
    )
    DATES_OUT_OF_ORDER = (
        "DATES_OUT_OF_ORDER",
        "投用日期不能早于安装日期。",
        "Commissioning cannot precede installation.",
    )
    EQUIPMENT_NOT_COMPLIANT = (
        "EQUIPMENT_NOT_COMPLIANT",
        "该特种设备没有有效的定期检验报告，不能投入使用（特种设备安全法第四十条）。请先登记新的检验报告。",
        "This special equipment has no valid periodic inspection and must not run; record a new certificate first.",
    )
    STATUS_UNCHANGED = "STATUS_UNCHANGED", "设备已是该状态。", "The equipment already has that status."
    SCRAPPED = "SCRAPPED", "设备已报废，不能再变更。", "The equipment is scrapped; it cannot change any more."
    STATUS_NOT_SETTABLE = (
        "STATUS_NOT_SETTABLE",
        "“检验过期”由系统根据证书判定，不能手动设置。",
        "Inspection overdue is set by the system from the certificates, not by hand.",
    )


class CertificateErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该设备。", "No such equipment."
    VALIDITY_BEFORE_ISSUE = (
        "VALIDITY_BEFORE_ISSUE",
        "有效期须晚于发证日期。",
        "The certificate must be valid until a day after it was issued.",
    )
    ISSUED_IN_FUTURE = "ISSUED_IN_FUTURE", "发证日期不能晚于今天。", "The issue date cannot be in the future."


class MaintenanceErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该维保单。", "No such maintenance order."
    EQUIPMENT_NOT_FOUND = "EQUIPMENT_NOT_FOUND", "找不到该设备。", "No such equipment."
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "找不到该小区。", "No such community."
    EQUIPMENT_OR_CATEGORY = (
        "EQUIPMENT_OR_CATEGORY",
        "规则须针对一台设备或一个设备类别，二者选一。",
        "A rule is for one piece of equipment or for a category, exactly one of them.",
    )
    DAYS_OUT_OF_RANGE = (
        "DAYS_OUT_OF_RANGE",
        "周期须在 1 至 {limit} 天之间，预警天数不能超过周期。",
        "The interval must be 1 to {limit} days, and the warning no later than the interval.",
    )
    OVER_LEGAL_LIMIT = (
        "OVER_LEGAL_LIMIT",
        "电梯维保间隔不能超过 15 天（特种设备安全监察条例第三十一条）。",
        "Elevators must be maintained at least every 15 days (特种设备安全监察条例 art. 31).",
    )
    CHECKLIST_INVALID = (
        "CHECKLIST_INVALID",
        "检查项不能为空、不能重复，最多 50 项。",
        "Checklist items must be non-empty and distinct, at most 50.",
    )
    START_OUT_OF_RANGE = (
        "START_OUT_OF_RANGE",
        "起算日期须在今天前后一年以内。",
        "The start date must be within a year of today.",
    )
    ALREADY_DONE = "ALREADY_DONE", "该维保单已完成。", "This maintenance order is already done."
    CHECKLIST_INCOMPLETE = (
        "CHECKLIST_INCOMPLETE",
        "还有必检项未完成：{missing}",
        "Required checklist items not done: {missing}",
    )
    UNKNOWN_ITEM = "UNKNOWN_ITEM", "检查项“{item}”不在此规则中。", "{item} is not on this rule's checklist."
    PHOTOS_REQUIRED = (
        "PHOTOS_REQUIRED",
        "请至少上传 {limit} 张维保现场照片。",
        "Upload at least {limit} photos of the maintenance.",
    )
    PHOTOS_OUT_OF_RANGE = "PHOTOS_OUT_OF_RANGE", "照片数须在 0 至 {limit} 张之间。", "Photos: 0 to {limit}."
    TOO_MANY_PHOTOS = "TOO_MANY_PHOTOS", _Photos.TOO_MANY_PHOTOS.zh, _Photos.TOO_MANY_PHOTOS.en
    PHOTO_TOO_LARGE = "PHOTO_TOO_LARGE", _Photos.PHOTO_TOO_LARGE.zh, _Photos.PHOTO_TOO_LARGE.en
    PHOTO_TYPE_NOT_ALLOWED = (
        "PHOTO_TYPE_NOT_ALLOWED",
        _Photos.PHOTO_TYPE_NOT_ALLOWED.zh,
        _Photos.PHOTO_TYPE_NOT_ALLOWED.en,
    )


class FaultErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该设备。", "No such equipment."
    SCRAPPED = "SCRAPPED", "设备已报废。", "The equipment is scrapped."


class InspectionErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "找不到该小区。", "No such community."
    NAME_TAKEN = "NAME_TAKEN", "本小区已有同名的“{value}”。", "This community already has {value}."
    EQUIPMENT_NOT_FOUND = "EQUIPMENT_NOT_FOUND", "该设备不在此小区。", "No such equipment in this community."
    POSITION_INVALID = "POSITION_INVALID", "经纬度或半径无效。", "The position or radius is not valid."
    CHECKPOINT_NOT_FOUND = "CHECKPOINT_NOT_FOUND", "找不到该巡检点。", "No such checkpoint."
    ROUTE_NOT_FOUND = "ROUTE_NOT_FOUND", "找不到该巡检路线。", "No such route."
    STOPS_INVALID = (
        "STOPS_INVALID",
        "路线须有 1 至 {limit} 个不重复、属于本小区的巡检点。",
        "A route has 1 to {limit} distinct checkpoints of its community.",
    )
    CHECKPOINT_NOT_ON_ROUTE = (
        "CHECKPOINT_NOT_ON_ROUTE",
        "该巡检点不在此路线上。",
        "That checkpoint is not on the route.",
    )
    CHECKPOINT_TOKEN_INVALID = (
        "CHECKPOINT_TOKEN_INVALID",
        "二维码无效或已更换，请扫描现场张贴的最新二维码。",
        "The QR code is not valid or was replaced; scan the one posted at the checkpoint.",
    )
    SCAN_ID_TAKEN = "SCAN_ID_TAKEN", "该扫码编号已被他人使用。", "Someone else already used that scan id."
    PLAN_NOT_FOUND = "PLAN_NOT_FOUND", "找不到该巡检计划。", "No such inspection plan."
    SHIFTS_INVALID = (
        "SHIFTS_INVALID",
        "班次须有 1 至 {limit} 个，名称不重复，时长 10 分钟至 12 小时，且一天内互不重叠。",
        "A plan has 1 to {limit} shifts with distinct names, each 10 minutes to 12 hours, not overlapping in a day.",
    )
    ROSTER_INVALID = (
        "ROSTER_INVALID",
        "巡检人员须是 1 至 {limit} 名不重复、在此小区工作的技师或项目经理。",
        "The roster is 1 to {limit} distinct technicians or managers working in this community.",
    )
    START_OUT_OF_RANGE = (
        "START_OUT_OF_RANGE",
        "开始日期须在今天至一年之内。",
        "The plan starts today or within a year.",
    )
    ACTIVE_UNCHANGED = "ACTIVE_UNCHANGED", "巡检计划已是该状态。", "The plan is already in that state."
