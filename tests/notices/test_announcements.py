"""Staff write, publish, withdraw and correct notices (anonymous, owner, staff without the permission,
staff with it), within their communities; statutory display periods are the law's."""

from __future__ import annotations

import datetime
from typing import Any

from django_tenants.utils import tenant_context

from saas.notices.models import Announcement, AnnouncementRecipient
from tests.graphql import error_codes
from tests.notices.conftest import Notices, codes, gid, mutate, outage, result

LIST = (
    "query($s: [AnnouncementStatus!]) { announcements(statuses: $s) { totalCount edges { node { id title status } } } }"
)
REACH = (
    "query($id: ID!) { announcementReach(id: $id) { recipients houses read acknowledged housesNotReached } "
    "announcementUnreachedHouses(id: $id) { totalCount edges { node { roomNumber } } } }"
)


def _published(notices: Notices, **overrides: Any) -> dict[str, Any]:
    desk = notices.client(notices.desk)
    draft = mutate(desk, "announcementCreate", outage(notices, **overrides))["announcement"]
    payload = mutate(desk, "announcementPublish", {"id": draft["id"]})
    assert payload["errors"] == [], payload
    announcement: dict[str, Any] = payload["announcement"]
    return announcement


def _rows(notices: Notices) -> int:
    with tenant_context(notices.company):
        return Announcement.objects.count()


def test_only_staff_who_may_publish_write_notices(notices: Notices) -> None:
    from tests.graphql import GraphQLClient

    anonymous = GraphQLClient(notices.company.domains.get(is_primary=True).domain)
    document = "mutation($i: AnnouncementCreateInput!) { announcementCreate(input: $i) { errors { code } } }"
    assert error_codes(anonymous.execute(document, {"i": outage(notices)})) == ["UNAUTHENTICATED"]
    for user in (notices.owner, notices.technician, notices.desk_y):
        assert error_codes(notices.client(user).execute(document, {"i": outage(notices)})) == ["FORBIDDEN"]
    assert _rows(notices) == 0
    created = mutate(notices.client(notices.desk), "announcementCreate", outage(notices))
    assert created["errors"] == [] and created["announcement"]["status"] == "DRAFT"


def test_company_wide_notices_need_the_admin(notices: Notices) -> None:
    company_wide = outage(notices, targetLevel="COMPANY", targets=[])
    document = "mutation($i: AnnouncementCreateInput!) { announcementCreate(input: $i) { errors { code } } }"
    assert error_codes(notices.client(notices.desk).execute(document, {"i": company_wide})) == ["FORBIDDEN"]
    assert mutate(notices.client(notices.admin), "announcementCreate", company_wide)["errors"] == []


def test_body_is_sanitised_and_bad_input_is_refused_with_codes(notices: Notices) -> None:
    desk = notices.client(notices.desk)
    hostile = (
        '<p onclick="x()">停水<script>alert(1)</script><a href="javascript:x()">看</a><img src="https://a/b.png"></p>'
    )
    created = mutate(desk, "announcementCreate", outage(notices, body=hostile), "id body")
    body = created["announcement"]["body"]
    assert "script" not in body and "onclick" not in body and "javascript" not in body
    assert "停水" in body and '<img src="https://a/b.png">' in body
    refused = mutate(desk, "announcementCreate", outage(notices, title=" ", body="<script>x</script>", targets=[]))
    assert codes(refused) == [("title", "REQUIRED"), ("body", "REQUIRED")]
    refused = mutate(desk, "announcementCreate", outage(notices, targets=[]))
    assert codes(refused) == [("targets", "TARGETS_REQUIRED")]
    desk.language = "en"
    late = mutate(
        desk,
        "announcementCreate",
        outage(notices, validFrom="2026-12-10T00:00:00+08:00", validUntil="2026-12-09T00:00:00+08:00"),
    )
    assert codes(late) == [("validUntil", "VALIDITY_ORDER")]
    assert late["errors"][0]["message"] == "valid_until must be after valid_from."
    assert _rows(notices) == 1


def test_published_notices_are_fixed_and_corrected_by_a_new_version(notices: Notices) -> None:
    desk = notices.client(notices.desk)
    published = _published(notices)
    assert published["status"] == "PUBLISHED" and len(published["contentHash"]) == 64
    assert published["isPinned"] is True
    changed = mutate(desk, "announcementUpdate", {"id": published["id"], "title": "改标题"})
    assert codes(changed) == [("id", "NOT_DRAFT")]
    correction = mutate(
        desk,
        "announcementSupersede",
        {
            "id": published["id"],
            "title": "3号楼停水通知（更正）",
            "body": "<p>改为 13:00–15:00</p>",
            "reason": "时间有误",
        },
    )
    assert correction["errors"] == []
    assert correction["announcement"]["supersedes"] == {"id": published["id"]}
    assert correction["announcement"]["status"] == "PUBLISHED"
    statuses = {n["node"]["title"]: n["node"]["status"] for n in result(desk.execute(LIST), "announcements")["edges"]}
    assert statuses == {"3号楼停水通知": "WITHDRAWN", "3号楼停水通知（更正）": "PUBLISHED"}
    again = mutate(desk, "announcementSupersede", {"id": published["id"], "title": "再改", "body": "x", "reason": "y"})
    assert codes(again) == [("id", "ALREADY_SUPERSEDED")]


def test_withdrawing_keeps_the_reason(notices: Notices) -> None:
    desk = notices.client(notices.desk)
    published = _published(notices)
    assert codes(mutate(desk, "announcementWithdraw", {"id": published["id"], "reason": ""})) == [
        ("reason", "REQUIRED")
    ]
    withdrawn = mutate(desk, "announcementWithdraw", {"id": published["id"], "reason": "已恢复供水"})
    assert withdrawn["announcement"]["status"] == "WITHDRAWN"
    assert withdrawn["announcement"]["withdrawalReason"] == "已恢复供水"
    assert codes(mutate(desk, "announcementWithdraw", {"id": published["id"], "reason": "再撤"})) == [
        ("id", "NOT_PUBLISHED")
    ]


def test_another_communitys_staff_cannot_touch_or_see_a_notice(notices: Notices) -> None:
    published = _published(notices)
    other = notices.client(notices.desk_y)
    document = "mutation($i: AnnouncementWithdrawInput!) { announcementWithdraw(input: $i) { errors { code } } }"
    assert error_codes(other.execute(document, {"i": {"id": published["id"], "reason": "x"}})) == ["FORBIDDEN"]
    assert result(other.execute(LIST), "announcements")["totalCount"] == 0
    assert result(notices.client(notices.technician).execute(LIST), "announcements")["totalCount"] == 1


def _topic(notices: Notices, meeting: datetime.date, **overrides: Any) -> dict[str, Any]:
    return outage(
        notices,
        title="业主大会议题公示",
        category="STATUTORY",
        statutoryKind="MEETING_TOPIC",
        statutoryDate=meeting.isoformat(),
        targetLevel="COMMUNITIES",
        targets=[gid("Community", notices.x.pk)],
        **overrides,
    )


def test_statutory_notices_keep_the_legal_display_periods(notices: Notices) -> None:
    desk = notices.client(notices.desk)
    today = datetime.date.today()
    missing = mutate(desk, "announcementCreate", outage(notices, category="STATUTORY"))
    assert codes(missing) == [("statutoryKind", "STATUTORY_KIND_REQUIRED")]
    too_late = mutate(desk, "announcementCreate", _topic(notices, today + datetime.timedelta(days=14)))["announcement"]
    refused = mutate(desk, "announcementPublish", {"id": too_late["id"]})
    assert codes(refused) == [("validFrom", "STATUTORY_TOPIC_TOO_LATE")]
    assert "15" in refused["errors"][0]["message"]
    on_time = mutate(desk, "announcementCreate", _topic(notices, today + datetime.timedelta(days=16)))["announcement"]
    assert mutate(desk, "announcementPublish", {"id": on_time["id"]})["errors"] == []
    decision = {
        "category": "STATUTORY",
        "statutoryKind": "MEETING_DECISION",
        "statutoryDate": (today - datetime.timedelta(days=4)).isoformat(),
    }
    late = mutate(desk, "announcementCreate", outage(notices, **decision))["announcement"]
    assert codes(mutate(desk, "announcementPublish", {"id": late["id"]})) == [("validFrom", "STATUTORY_DECISION_LATE")]
    with tenant_context(notices.company):
        assert Announcement.objects.filter(state="published").count() == 1


def test_reach_counts_people_once_and_lists_houses_not_reached(notices: Notices) -> None:
    published = _published(notices, targetLevel="COMMUNITIES", targets=[gid("Community", notices.x.pk)])
    with tenant_context(notices.company):
        # 张伟 in 1502 and 1601, 刘芳 in 1502, 陈静 in 0301: one row per person and house.
        assert AnnouncementRecipient.objects.filter(announcement_id=Announcement.objects.get().pk).count() == 4
    mutate(notices.client(notices.owner), "announcementRead", {"id": published["id"]})
    desk = notices.client(notices.desk)
    body = desk.execute(REACH, {"id": published["id"]})
    assert result(body, "announcementReach") == {
        "recipients": 3,
        "houses": 3,
        "read": 1,
        "acknowledged": 0,
        "housesNotReached": 1,
    }
    assert result(body, "announcementUnreachedHouses")["edges"] == [{"node": {"roomNumber": "0301"}}]
    for user in (notices.technician, notices.desk_y, notices.owner):
        assert set(error_codes(notices.client(user).execute(REACH, {"id": published["id"]}))) == {"FORBIDDEN"}


def test_owners_audience_reaches_owners_only(notices: Notices) -> None:
    _published(notices, audience="OWNERS")
    with tenant_context(notices.company):
        names = set(AnnouncementRecipient.objects.values_list("resident__name", "house__room_number"))
    assert names == {("张伟", "1502"), ("张伟", "1601")}
