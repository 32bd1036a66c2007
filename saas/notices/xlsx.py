"""未读房屋 The houses a notice reached where nobody has read it yet, as an XLSX sheet for the
管家's door-to-door round: community, building, unit, room and the recipients' names (no phones)."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from saas.notices.models import Announcement, AnnouncementRecipient
from saas.notices.selectors import houses_not_reached

HEADERS = ["小区", "楼栋", "单元", "房号", "接收人"]


def unreached_houses_xlsx(announcement: Announcement, viewer: Any) -> bytes:
    """Two queries: the houses ``viewer`` may see (with their community, building, unit) and the
    recipients' names."""
    houses = list(
        houses_not_reached(announcement.pk, viewer)
        .select_related("community", "building", "unit")
        .order_by("community__name", "building__name", "unit__name", "room_number")
    )
    names: dict[int, list[str]] = {}
    recipients = (
        AnnouncementRecipient.objects.filter(announcement=announcement, house_id__in=[h.pk for h in houses])
        .order_by("resident__name")
        .values_list("house_id", "resident__name")
    )
    for house_id, name in recipients:
        names.setdefault(house_id, []).append(name)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "未读房屋"
    sheet.append([f"公告：{announcement.title}"])
    sheet.append(HEADERS)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for house in houses:
        sheet.append(
            [
                house.community.name,
                house.building.name,
                house.unit.name,
                house.room_number,
                "、".join(names.get(house.pk, [])),
            ]
        )
    for column, width in zip("ABCDE", (16, 10, 10, 10, 30), strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
