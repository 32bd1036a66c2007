"""The matrix for announcements. The rows of the world (made once, on first use): a draft for X, and
a published notice for X's residents that asks for acknowledgement (the owner received it)."""

from __future__ import annotations

from typing import Any

from django_tenants.utils import tenant_context

from saas.accounts.models import User
from saas.notices.services.announcements import AnnouncementDraft, announcement_create, announcement_publish
from tests.authz.matrix import FORBIDDEN, HIDDEN, OK, Operation, by_id, outcomes, staff_list
from tests.authz.world import World, gid


def _rows(w: World) -> dict[str, Any]:
    if "notices" not in w.extra:
        with tenant_context(w.company):
            admin = User.objects.get(username="admin")
            drafts = [
                announcement_create(
                    actor=admin,
                    draft=AnnouncementDraft(
                        title=title,
                        body="<p>明日停水</p>",
                        category="outage",
                        audience="residents",
                        target_level="communities",
                        target_ids=[w.community_x.pk],
                        requires_acknowledgement=True,
                    ),
                )
                for title in ("草稿", "已发布")
            ]
            announcement_publish(announcement_id=drafts[1].pk, actor=admin)
            w.extra["notices"] = {
                "draft": gid("Announcement", drafts[0].pk),
                "published": gid("Announcement", drafts[1].pk),
            }
    rows: dict[str, Any] = w.extra["notices"]
    return rows


def _id(key: str) -> Any:
    return lambda w: {"id": _rows(w)[key]}


def _marker(key: str) -> Any:
    return lambda w: _rows(w)[key]


DESK = {"with_role": "service", "without_role": "technician"}
READER = {"with_role": "technician", "without_role": None}

READS = [
    Operation(
        "announcement",
        "query($id: ID!) { announcement(id: $id) { id } }",
        _id("published"),
        by_id(),
        marker=_marker("published"),
        **READER,
    ),
    Operation(
        "announcements",
        "{ announcements { edges { node { id } } } }",
        lambda w: (_rows(w), {})[1],
        staff_list(),
        marker=_marker("published"),
        **READER,
    ),
    Operation(
        "myAnnouncements",
        "{ myAnnouncements { unreadCount edges { node { id } } } }",
        lambda w: (_rows(w), {})[1],
        # staff list only the staff notices addressed to them (tests/notices/test_staff_notices.py)
        outcomes(owner=OK, other_owner=HIDDEN, elsewhere=HIDDEN, with_=HIDDEN, admin=HIDDEN),
        marker=_marker("published"),
        **READER,
    ),
    Operation(
        "home",
        "{ home { unreadAnnouncements totalOwed openRepairs announcements { id } } }",
        lambda w: (_rows(w), {})[1],
        outcomes(owner=OK, other_owner=HIDDEN, with_=FORBIDDEN, admin=FORBIDDEN),
        marker=_marker("published"),
        **READER,
    ),
    Operation(
        "announcementReach",
        "query($id: ID!) { announcementReach(id: $id) { recipients } }",
        _id("published"),
        outcomes(),
        **DESK,
    ),
    Operation(
        "announcementUnreachedHouses",
        "query($id: ID!) { announcementUnreachedHouses(id: $id) { edges { node { id } } } }",
        _id("published"),
        outcomes(),
        marker=lambda w: gid("House", w.house_x.pk),
        **DESK,
    ),
]

CHANGES = [
    Operation(
        "announcementCreate",
        'mutation($c: ID!) { announcementCreate(input: {title: "停水", body: "<p>停水</p>", category: OUTAGE, '
        "audience: RESIDENTS, targetLevel: COMMUNITIES, targets: [$c]}) { errors { code } } }",
        lambda w: {"c": gid("Community", w.community_x.pk)},
        outcomes(),
        **DESK,
    ),
    Operation(
        "announcementUpdate",
        'mutation($id: ID!) { announcementUpdate(input: {id: $id, title: "改"}) { errors { code } } }',
        _id("draft"),
        outcomes(),
        **DESK,
    ),
    Operation(
        "announcementPublish",
        "mutation($id: ID!) { announcementPublish(input: {id: $id}) { errors { code } } }",
        _id("draft"),
        outcomes(),
        **DESK,
    ),
    Operation(
        "announcementWithdraw",
        'mutation($id: ID!) { announcementWithdraw(input: {id: $id, reason: "已恢复"}) { errors { code } } }',
        _id("published"),
        outcomes(),
        **DESK,
    ),
    Operation(
        "announcementSupersede",
        'mutation($id: ID!) { announcementSupersede(input: {id: $id, title: "更正", body: "<p>改期</p>", '
        'reason: "时间有误"}) { errors { code } } }',
        _id("published"),
        outcomes(),
        **DESK,
    ),
    Operation(
        "announcementRead",
        "mutation($id: ID!) { announcementRead(input: {id: $id}) { errors { code } } }",
        _id("published"),
        outcomes(owner=OK),
        **READER,
    ),
    Operation(
        "announcementAcknowledge",
        "mutation($id: ID!) { announcementAcknowledge(input: {id: $id}) { errors { code } } }",
        _id("published"),
        outcomes(owner=OK),
        **READER,
    ),
]

OPERATIONS = [*READS, *CHANGES]
__all__ = ["FORBIDDEN", "OPERATIONS"]
