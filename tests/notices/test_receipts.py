"""Owners find their notices (pinned first, unread counted), read and acknowledge them; nobody
reads another's."""

from __future__ import annotations

import datetime
from typing import Any

from django_tenants.utils import tenant_context

from saas.notices.models import AnnouncementReceipt
from tests.graphql import QueryLog, error_codes
from tests.notices.conftest import Notices, codes, gid, mutate, outage, result

MINE = (
    "query($first: Int) { myAnnouncements(first: $first) { totalCount unreadCount "
    "edges { node { id title isPinned readAt acknowledgedAt status } } } }"
)


def _publish(notices: Notices, by: str = "desk", **overrides: Any) -> str:
    desk = notices.client(getattr(notices, by))
    draft = mutate(desk, "announcementCreate", outage(notices, **overrides))["announcement"]
    assert mutate(desk, "announcementPublish", {"id": draft["id"]})["errors"] == []
    pk: str = draft["id"]
    return pk


def test_my_notices_come_pinned_first_with_the_unread_count(notices: Notices) -> None:
    routine = _publish(notices, title="电梯年检", category="ROUTINE", pinnedUntil=None)
    pinned = _publish(notices)
    training = _publish(notices, title="员工培训", audience="STAFF")
    _publish(
        notices, "desk_y", title="清河嘉园通知", targetLevel="COMMUNITIES", targets=[gid("Community", notices.y.pk)]
    )
    owner = notices.client(notices.owner)
    mine = result(owner.execute(MINE), "myAnnouncements")
    assert [e["node"]["id"] for e in mine["edges"]] == [pinned, routine]
    assert mine["unreadCount"] == 2 and mine["totalCount"] == 2
    read = mutate(owner, "announcementRead", {"id": routine})
    assert read["errors"] == [] and read["announcement"]["readAt"] is not None
    mutate(owner, "announcementRead", {"id": routine})  # again: one receipt
    assert result(owner.execute(MINE), "myAnnouncements")["unreadCount"] == 1
    assert result(notices.client(notices.owner_y).execute(MINE), "myAnnouncements")["totalCount"] == 1
    # Staff list the staff notices addressed to them, not the residents' ones of their community.
    staff = result(notices.client(notices.desk).execute(MINE), "myAnnouncements")
    assert [e["node"]["id"] for e in staff["edges"]] == [training] and staff["unreadCount"] == 1


def test_acknowledging_only_where_asked(notices: Notices) -> None:
    asked = _publish(notices, requiresAcknowledgement=True)
    not_asked = _publish(notices, title="日常通知")
    owner = notices.client(notices.owner)
    assert codes(mutate(owner, "announcementAcknowledge", {"id": not_asked})) == [
        ("id", "ACKNOWLEDGEMENT_NOT_REQUIRED")
    ]
    confirmed = mutate(owner, "announcementAcknowledge", {"id": asked})["announcement"]
    assert confirmed["acknowledgedAt"] is not None and confirmed["readAt"] is not None
    with tenant_context(notices.company):
        assert AnnouncementReceipt.objects.count() == 1


def test_nobody_reads_a_notice_they_did_not_receive(notices: Notices) -> None:
    notice = _publish(notices)
    document = "mutation($i: AnnouncementReadInput!) { announcementRead(input: $i) { errors { code } } }"
    assert error_codes(notices.client(notices.owner_y).execute(document, {"i": {"id": notice}})) == ["FORBIDDEN"]
    with tenant_context(notices.company):
        assert AnnouncementReceipt.objects.count() == 0


def test_a_scheduled_notice_shows_from_its_start(notices: Notices) -> None:
    later = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)).isoformat()
    _publish(notices, validFrom=later)
    assert result(notices.client(notices.owner).execute(MINE), "myAnnouncements")["totalCount"] == 0
    staff = result(
        notices.client(notices.desk).execute("{ announcements { edges { node { status } } } }"), "announcements"
    )
    assert staff["edges"] == [{"node": {"status": "SCHEDULED"}}]


# token, the page, its count, the unread count
MINE_STATEMENTS = 4


def test_my_notices_cost_the_same_for_2_or_6(notices: Notices) -> None:
    for n in range(6):
        _publish(notices, title=f"通知 {n}", pinnedUntil=None if n % 2 else outage(notices)["pinnedUntil"])
    owner = notices.client(notices.owner)
    owner.data(MINE, {"first": 1})
    counts = []
    for first in (2, 6):
        with QueryLog() as log:
            assert len(owner.data(MINE, {"first": first})["myAnnouncements"]["edges"]) == first
        counts.append(log.count())
    assert counts == [MINE_STATEMENTS, MINE_STATEMENTS]
