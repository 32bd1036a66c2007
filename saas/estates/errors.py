"""Error codes of the estate services, one enum per thing a mutation changes.

Codes several enums share take their words from ``EstateTexts`` so each message is written once.
"""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class EstateTexts:
    PLAN_LIMIT_REACHED = (
        "已达到当前套餐的房屋上限（{limit} 套，现有 {existing} 套），请联系我们升级套餐。",
        "Your plan allows {limit} houses ({existing} exist); contact us to upgrade the plan.",
    )
    AREA_NOT_POSITIVE = ("面积须大于 0。", "The area must be greater than 0.")
    AREA_PRECISION = ("面积最多保留两位小数。", "The area may have at most two decimal places.")
    AREA_TOO_LARGE = ("面积须小于 {limit} ㎡。", "The area must be less than {limit} m².")
    USABLE_EXCEEDS_BUILDING = (
        "使用面积不能大于建筑面积。",
        "The usable area cannot be larger than the building area.",
    )
    LAYOUT_INVALID = (
        "户型格式应如“3室2厅1卫”或“3室2厅1厨2卫”（可留空）。",
        "Write the layout like 3室2厅1卫 or 3室2厅1厨2卫 (bedrooms, living rooms, kitchens, bathrooms) "
        "or leave it blank.",
    )
    KIND_INVALID = ("房屋类型无效。", "Unknown house kind.")
    STATUS_INVALID = ("房屋状态无效。", "Unknown house status.")
    FLOOR_OUT_OF_RANGE = (
        "楼层须在 {low} 到 {high} 之间，且不能为 0。",
        "The floor must be between {low} and {high}, and not 0.",
    )
    ROOM_NUMBER_TAKEN = ("该单元已有房号“{number}”。", "The unit already has a house numbered “{number}”.")
    IN_USE = (
        "仍有其他数据引用该{thing}，不能删除。",
        "Other records still refer to this {thing}; it cannot be deleted.",
    )


class CommunityErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该小区。", "No such community."
    NAME_TAKEN = "NAME_TAKEN", "已有名为“{name}”的小区。", "A community named “{name}” already exists."
    DISTRICT_INVALID = "DISTRICT_INVALID", "请选择北京市的区。", "Choose a district of Beijing."
    AREA_NOT_POSITIVE = ("AREA_NOT_POSITIVE", *EstateTexts.AREA_NOT_POSITIVE)
    AREA_PRECISION = ("AREA_PRECISION", *EstateTexts.AREA_PRECISION)
    AREA_TOO_LARGE = ("AREA_TOO_LARGE", *EstateTexts.AREA_TOO_LARGE)
    HAS_BUILDINGS = (
        "HAS_BUILDINGS",
        "该小区下还有 {count} 栋楼，请先删除楼栋。",
        "The community still has {count} building(s); delete them first.",
    )
    IN_USE = "IN_USE", EstateTexts.IN_USE[0].format(thing="小区"), EstateTexts.IN_USE[1].format(thing="community")


class BuildingErrorCode(ErrorCode):
    PLAN_LIMIT_REACHED = ("PLAN_LIMIT_REACHED", *EstateTexts.PLAN_LIMIT_REACHED)
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该楼栋。", "No such building."
    COMMUNITY_NOT_FOUND = "COMMUNITY_NOT_FOUND", "找不到该小区。", "No such community."
    NAME_TAKEN = "NAME_TAKEN", "该小区已有名为“{name}”的楼栋。", "The community already has a building named “{name}”."
    FLOORS_ABOVE_INVALID = (
        "FLOORS_ABOVE_INVALID",
        "地上层数须在 1 到 {limit} 之间。",
        "Floors above ground must be between 1 and {limit}.",
    )
    FLOORS_BELOW_INVALID = (
        "FLOORS_BELOW_INVALID",
        "地下层数须在 0 到 {limit} 之间。",
        "Floors below ground must be between 0 and {limit}.",
    )
    ELEVATORS_INVALID = (
        "ELEVATORS_INVALID",
        "电梯数须在 0 到 {limit} 之间。",
        "Elevators must be between 0 and {limit}.",
    )
    FLOORS_EXCLUDE_HOUSES = (
        "FLOORS_EXCLUDE_HOUSES",
        "楼内有房屋位于第 {floor} 层，层数不能改到不含该层。",
        "A house is on floor {floor}; the building's floors must still include it.",
    )
    HAS_HOUSES = (
        "HAS_HOUSES",
        "该楼栋下还有 {count} 套房屋，请先删除房屋。",
        "The building still has {count} house(s); delete them first.",
    )
    IN_USE = "IN_USE", EstateTexts.IN_USE[0].format(thing="楼栋"), EstateTexts.IN_USE[1].format(thing="building")
    # Generating houses with the building (buildingCreate's generate block).
    UNITS_INVALID = "UNITS_INVALID", "单元数须在 1 到 {limit} 之间。", "Units must be between 1 and {limit}."
    HOUSES_PER_FLOOR_INVALID = (
        "HOUSES_PER_FLOOR_INVALID",
        "每层户数须在 1 到 {limit} 之间。",
        "Houses per floor must be between 1 and {limit}.",
    )
    FLOOR_RANGE_INVALID = (
        "FLOOR_RANGE_INVALID",
        "起止楼层须在 {low} 到 {high} 之间（没有 0 层），且起始楼层不高于结束楼层。",
        "The floors must run upwards within {low} to {high} (there is no floor 0).",
    )
    TOO_MANY_HOUSES = (
        "TOO_MANY_HOUSES",
        "一次最多生成 {limit} 套房屋（当前为 {count} 套）。",
        "At most {limit} houses can be generated at once ({count} requested).",
    )
    PATTERN_INVALID = (
        "PATTERN_INVALID",
        "编号规则格式有误：花括号须成对出现，如 {floor:02d}{index:02d}。",
        "The numbering pattern is malformed: braces must pair up, e.g. {floor:02d}{index:02d}.",
    )
    PATTERN_PLACEHOLDER_UNKNOWN = (
        "PATTERN_PLACEHOLDER_UNKNOWN",
        "编号规则中的“{{{name}}}”无法识别，只能使用 {allowed}。",
        "“{{{name}}}” is not a known placeholder; use {allowed}.",
    )
    PATTERN_FORMAT_INVALID = (
        "PATTERN_FORMAT_INVALID",
        "编号规则中“{name}”的格式无效，只能补零和设宽度，如 {{{name}:02d}}。",
        "The format of “{name}” is not allowed; only zero padding and width, e.g. {{{name}:02d}}.",
    )
    PATTERN_NOT_UNIQUE = (
        "PATTERN_NOT_UNIQUE",
        "按此编号规则会产生重复编号（如“{number}”），请加入 {{index}} 或 {{floor}}。",
        "The pattern gives duplicate numbers (e.g. “{number}”); include {{index}} or {{floor}}.",
    )
    NUMBER_TOO_LONG = (
        "NUMBER_TOO_LONG",
        "生成的编号“{number}”超过 {limit} 个字符。",
        "The generated number “{number}” is longer than {limit} characters.",
    )
    AREA_NOT_POSITIVE = ("AREA_NOT_POSITIVE", *EstateTexts.AREA_NOT_POSITIVE)
    AREA_PRECISION = ("AREA_PRECISION", *EstateTexts.AREA_PRECISION)
    AREA_TOO_LARGE = ("AREA_TOO_LARGE", *EstateTexts.AREA_TOO_LARGE)
    USABLE_EXCEEDS_BUILDING = ("USABLE_EXCEEDS_BUILDING", *EstateTexts.USABLE_EXCEEDS_BUILDING)
    LAYOUT_INVALID = ("LAYOUT_INVALID", *EstateTexts.LAYOUT_INVALID)
    KIND_INVALID = ("KIND_INVALID", *EstateTexts.KIND_INVALID)
    STATUS_INVALID = ("STATUS_INVALID", *EstateTexts.STATUS_INVALID)


class UnitErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该单元。", "No such unit."
    BUILDING_NOT_FOUND = "BUILDING_NOT_FOUND", "找不到该楼栋。", "No such building."
    NAME_TAKEN = "NAME_TAKEN", "该楼栋已有名为“{name}”的单元。", "The building already has a unit named “{name}”."
    HAS_HOUSES = (
        "HAS_HOUSES",
        "该单元下还有 {count} 套房屋，请先删除房屋。",
        "The unit still has {count} house(s); delete them first.",
    )
    IN_USE = "IN_USE", EstateTexts.IN_USE[0].format(thing="单元"), EstateTexts.IN_USE[1].format(thing="unit")


class HouseErrorCode(ErrorCode):
    PLAN_LIMIT_REACHED = ("PLAN_LIMIT_REACHED", *EstateTexts.PLAN_LIMIT_REACHED)
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该房屋。", "No such house."
    UNIT_NOT_FOUND = "UNIT_NOT_FOUND", "找不到该单元。", "No such unit."
    ROOM_NUMBER_TAKEN = ("ROOM_NUMBER_TAKEN", *EstateTexts.ROOM_NUMBER_TAKEN)
    FLOOR_OUT_OF_RANGE = ("FLOOR_OUT_OF_RANGE", *EstateTexts.FLOOR_OUT_OF_RANGE)
    AREA_NOT_POSITIVE = ("AREA_NOT_POSITIVE", *EstateTexts.AREA_NOT_POSITIVE)
    AREA_PRECISION = ("AREA_PRECISION", *EstateTexts.AREA_PRECISION)
    AREA_TOO_LARGE = ("AREA_TOO_LARGE", *EstateTexts.AREA_TOO_LARGE)
    USABLE_EXCEEDS_BUILDING = ("USABLE_EXCEEDS_BUILDING", *EstateTexts.USABLE_EXCEEDS_BUILDING)
    LAYOUT_INVALID = ("LAYOUT_INVALID", *EstateTexts.LAYOUT_INVALID)
    KIND_INVALID = ("KIND_INVALID", *EstateTexts.KIND_INVALID)
    STATUS_INVALID = ("STATUS_INVALID", *EstateTexts.STATUS_INVALID)
    HAS_RESIDENTS = (
        "HAS_RESIDENTS",
        "该房屋有 {count} 条住户入住记录，不能删除。",
        "The house has {count} occupancy record(s) (residents) and cannot be deleted.",
    )
    HAS_BILLS = "HAS_BILLS", "该房屋已有账单，不能删除。", "The house has bills and cannot be deleted."
    HAS_REGISTRATION_REQUESTS = (
        "HAS_REGISTRATION_REQUESTS",
        "该房屋有业主认证申请记录，不能删除。",
        "Owners have asked to be registered for this house; it cannot be deleted.",
    )
    IN_USE = "IN_USE", EstateTexts.IN_USE[0].format(thing="房屋"), EstateTexts.IN_USE[1].format(thing="house")
