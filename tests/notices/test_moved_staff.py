"""A recipient keeps what it received: staff moved to another community still list, count, read
and confirm the staff notices addressed to them (one rule for the list, the unread count and the
receipts), but gain no publisher's view of them."""

from __future__ import annotations

from django_tenants.utils import tenant_context

from permissions.services import community_scope_set
from tests.graphql import error_codes
from tests.notices.conftest import Notices, mutate, result
from tests.notices.test_staff_notices import MINE, REACH, _publish


def test_staff_moved_to_another_community_keep_reading_and_clearing_what_they_received(notices: Notices) -> None:
    drill = _publish(notices)  # 京华园's staff and the admin
    with tenant_context(notices.company):
        community_scope_set(user=notices.technician, communities=[notices.y.pk])  # now at 清河嘉园
        community_scope_set(user=notices.desk, communities=[notices.y.pk])
    technician = notices.client(notices.technician)
    mine = result(technician.execute(MINE), "myAnnouncements")
    assert (mine["totalCount"], mine["unreadCount"]) == (1, 1)
    assert [e["node"]["title"] for e in mine["edges"]] == ["京华园消防演练"]
    assert (
        mutate(technician, "announcementAcknowledge", {"id": drill}, fields="id readAt acknowledgedAt")["errors"] == []
    )
    mine = result(technician.execute(MINE), "myAnnouncements")
    assert (mine["totalCount"], mine["unreadCount"]) == (1, 0)
    assert mine["edges"][0]["node"]["acknowledgedAt"] is not None

    # The desk moved too: it still reads its copy, but no longer sees 京华园's reach.
    desk = notices.client(notices.desk)
    assert mutate(desk, "announcementRead", {"id": drill}, fields="id")["errors"] == []
    assert set(error_codes(desk.execute(REACH, {"id": drill}))) == {"FORBIDDEN"}
    # 清河嘉园's own desk, who never received it, still neither lists nor reads it.
    desk_y = notices.client(notices.desk_y)
    assert result(desk_y.execute(MINE), "myAnnouncements")["totalCount"] == 0
    assert error_codes(
        desk_y.execute(
            "mutation($i: AnnouncementReadInput!) { announcementRead(input: $i) { errors { code } } }",
            {"i": {"id": drill}},
        )
    ) == ["FORBIDDEN"]
