"""Who a company-wide notice's reach lists to whom: a publisher limited to some communities sees
only the unread staff working there and the unread houses there (never those of other
communities, nor the admin); staff phones are masked unless the viewer manages staff."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from tests.graphql import GraphQLClient, error_codes
from tests.notices.conftest import Notices, result
from tests.notices.test_receipts import _publish as _publish_to_residents
from tests.notices.test_staff_notices import REACH, _publish

HOUSES = "query($id: ID!) { announcementUnreachedHouses(id: $id) { totalCount edges { node { roomNumber } } } }"
URL = "query($id: ID!) { announcementReach(id: $id) { unreachedHousesDownloadUrl } }"


def _masked(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:]


def test_a_scoped_desk_lists_only_the_unread_staff_of_its_communities_masked(notices: Notices) -> None:
    wide = _publish(notices, by=notices.admin, targetLevel="COMPANY", targets=[])
    anonymous = GraphQLClient(notices.company.domains.get(is_primary=True).domain)
    assert error_codes(anonymous.execute(REACH, {"id": wide})) == ["UNAUTHENTICATED"]
    for user in (notices.owner, notices.technician):  # an owner; staff without ANNOUNCEMENT_PUBLISH
        assert set(error_codes(notices.client(user).execute(REACH, {"id": wide}))) == {"FORBIDDEN"}

    # 清河嘉园's desk: only herself, not 京华园's staff nor the admin; her phone masked too.
    seen_by_y = result(notices.client(notices.desk_y).execute(REACH, {"id": wide}), "announcementReach")
    assert seen_by_y["unreachedStaff"] == [{"name": "李娜", "phone": _masked(notices.desk_y.phone)}]
    seen_by_x = result(notices.client(notices.desk).execute(REACH, {"id": wide}), "announcementReach")
    assert seen_by_x["unreachedStaff"] == [
        {"name": "孙丽", "phone": _masked(notices.desk.phone)},
        {"name": "马强", "phone": _masked(notices.technician.phone)},
    ]
    # The admin (STAFF_MANAGE): everyone, in full.
    seen_by_admin = result(notices.client(notices.admin).execute(REACH, {"id": wide}), "announcementReach")
    assert {(r["name"], r["phone"]) for r in seen_by_admin["unreachedStaff"]} == {
        (user.display_name or user.username, user.phone)
        for user in (notices.desk, notices.technician, notices.desk_y, notices.admin)
    }


def test_a_scoped_desk_lists_and_downloads_only_the_unread_houses_of_its_communities(notices: Notices) -> None:
    wide = _publish_to_residents(notices, by="admin", targetLevel="COMPANY", targets=[])
    anonymous = GraphQLClient(notices.company.domains.get(is_primary=True).domain)
    assert error_codes(anonymous.execute(HOUSES, {"id": wide})) == ["UNAUTHENTICATED"]
    for user in (notices.owner, notices.technician):
        assert set(error_codes(notices.client(user).execute(HOUSES, {"id": wide}))) == {"FORBIDDEN"}

    def rooms(user: object) -> list[str]:
        body = notices.client(user).execute(HOUSES, {"id": wide})  # type: ignore[arg-type]
        return sorted(e["node"]["roomNumber"] for e in result(body, "announcementUnreachedHouses")["edges"])

    assert rooms(notices.desk_y) == ["0808"]
    assert rooms(notices.desk) == ["0301", "1502", "1601"]
    assert rooms(notices.admin) == ["0301", "0808", "1502", "1601"]

    desk_y = notices.client(notices.desk_y)
    url = result(desk_y.execute(URL, {"id": wide}), "announcementReach")["unreachedHousesDownloadUrl"]
    response = desk_y.http.get(url, HTTP_AUTHORIZATION=f"Bearer {desk_y.token}")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet is not None
    rows = [list(r) for r in sheet.iter_rows(values_only=True)][2:]
    assert [(row[0], row[3], row[4]) for row in rows] == [("清河嘉园", "0808", "李明")]
