"""Error codes of announcements, with their messages in Simplified Chinese and English."""

from __future__ import annotations

from saas.core.errors import ErrorCode, Texts


class AnnouncementErrorCode(ErrorCode):
    REQUIRED = ("REQUIRED", *Texts.REQUIRED)
    TOO_LONG = ("TOO_LONG", *Texts.TOO_LONG)
    NOT_FOUND = "NOT_FOUND", "找不到该公告。", "No such announcement."
    TARGETS_REQUIRED = (
        "TARGETS_REQUIRED",
        "请选择公告发给哪些小区、楼栋、单元或房屋。",
        "Choose the communities, buildings, units or houses the notice is for.",
    )
    TARGET_NOT_FOUND = (
        "TARGET_NOT_FOUND",
        "所选范围中有不存在的小区、楼栋、单元或房屋。",
        "A chosen community, building, unit or house does not exist.",
    )
    TARGETS_NOT_ALLOWED = (
        "TARGETS_NOT_ALLOWED",
        "全公司公告不能再选择具体范围。",
        "A company-wide notice takes no targets.",
    )
    VALIDITY_ORDER = "VALIDITY_ORDER", "失效时间须晚于生效时间。", "valid_until must be after valid_from."
    NOT_DRAFT = (
        "NOT_DRAFT",
        "公告已发布，不能修改；如需更正请发布更正版本。",
        "The notice is published and cannot change; publish a correction instead.",
    )
    NOT_PUBLISHED = "NOT_PUBLISHED", "公告未发布或已撤回。", "The notice is not published (or was withdrawn)."
    ALREADY_SUPERSEDED = "ALREADY_SUPERSEDED", "该公告已有更正版本。", "This notice has already been corrected."
    STATUTORY_KIND_REQUIRED = (
        "STATUTORY_KIND_REQUIRED",
        "法定公示须注明类型（业主大会议题或决定）及会议或决定日期。",
        "A statutory notice needs its kind (meeting topic or decision) and the meeting or decision date.",
    )
    STATUTORY_TOPIC_TOO_LATE = (
        "STATUTORY_TOPIC_TOO_LATE",
        "业主大会议题须在会议召开 {days} 日前公示（北京市物业管理条例）。",
        "Owners'-meeting topics must be shown at least {days} days before the meeting (Beijing regulation).",
    )
    STATUTORY_TOPIC_TOO_SHORT = (
        "STATUTORY_TOPIC_TOO_SHORT",
        "业主大会议题须公示至会议召开之日。",
        "Owners'-meeting topics must stay shown until the meeting.",
    )
    STATUTORY_DECISION_LATE = (
        "STATUTORY_DECISION_LATE",
        "业主大会的决定须在作出之日起 {days} 日内公告（北京市物业管理条例）。",
        "An owners'-meeting decision must be published within {days} days (Beijing regulation).",
    )
    ACKNOWLEDGEMENT_NOT_REQUIRED = (
        "ACKNOWLEDGEMENT_NOT_REQUIRED",
        "该公告不需要确认收到。",
        "This notice does not ask for an acknowledgement.",
    )
