"""The unread houses of a notice as an XLSX sheet, for the 管家's door-to-door round: who may
download it (the reach's right on that notice), and what it lists."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from tests.graphql import GraphQLClient
from tests.notices.conftest import Notices, mutate, result
from tests.notices.test_receipts import _publish

REACH = "query($id: ID!) { announcementReach(id: $id) { housesNotReached unreachedHousesDownloadUrl } }"


def _get(client: GraphQLClient | None, url: str, notices: Notices) -> object:
    if client is None:
        return notices.client(notices.owner).http.get(url)
    return client.http.get(url, HTTP_AUTHORIZATION=f"Bearer {client.token}")


def test_the_desk_downloads_the_houses_nobody_read_it_in(notices: Notices) -> None:
    notice = _publish(notices)  # building 3 of 京华园: 1502 (张伟, 刘芳) and 1601 (张伟)
    desk = notices.client(notices.desk)
    mutate(notices.client(notices.wife), "announcementRead", {"id": notice})  # 1502 is reached
    reach = result(desk.execute(REACH, {"id": notice}), "announcementReach")
    assert reach["housesNotReached"] == 1
    response = _get(desk, reach["unreachedHousesDownloadUrl"], notices)
    assert response.status_code == 200  # type: ignore[attr-defined]
    sheet = load_workbook(io.BytesIO(response.content)).active  # type: ignore[attr-defined]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "公告：3号楼停水通知"
    assert rows[1] == ["小区", "楼栋", "单元", "房号", "接收人"]
    assert rows[2:] == [["京华园", "3号楼", "1单元", "1601", "张伟"]]


def test_only_who_may_see_the_reach_downloads_it(notices: Notices) -> None:
    notice = _publish(notices)
    url = result(notices.client(notices.desk).execute(REACH, {"id": notice}), "announcementReach")[
        "unreachedHousesDownloadUrl"
    ]
    assert _get(None, url, notices).status_code == 401  # type: ignore[attr-defined]
    for user in (notices.owner, notices.technician, notices.desk_y):  # an owner, no right, another community
        assert _get(notices.client(user), url, notices).status_code == 403  # type: ignore[attr-defined]
    assert _get(notices.client(notices.admin), url, notices).status_code == 200  # type: ignore[attr-defined]
    missing = url.replace(url.split("/")[3], "999999")
    assert _get(notices.client(notices.admin), missing, notices).status_code == 404  # type: ignore[attr-defined]
