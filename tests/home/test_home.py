"""The owner app's home page: notices first (pinned, then unread), then what is due and open repairs,
in a fixed handful of statements."""

from __future__ import annotations

import datetime

from django_tenants.utils import tenant_context

from saas.finance.models import Bill, BillingRun
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from tests.graphql import GraphQLClient, QueryLog, error_codes
from tests.notices.conftest import Notices, gid, mutate, outage

HOME = """
{ home { unreadAnnouncements openBills totalOwed overdue openRepairs
         announcements { title isPinned readAt publishedByName supersedes { id } } } }
"""


def _publish(notices: Notices, by: str = "desk", **overrides: object) -> str:
    desk = notices.client(getattr(notices, by))
    draft = mutate(desk, "announcementCreate", outage(notices, **overrides))["announcement"]
    assert mutate(desk, "announcementPublish", {"id": draft["id"]})["errors"] == []
    pk: str = draft["id"]
    return pk


def _bill(notices: Notices, amount_fen: int, due: datetime.date) -> None:
    period = due.replace(day=1)
    Bill.objects.create(
        house=notices.house,
        community=notices.x,
        building=notices.building_3,
        billing_run=BillingRun.objects.create(period=period, community_ids=[notices.x.pk]),
        period=period,
        due_date=due,
        amount_fen=amount_fen,
    )


def test_home_puts_pinned_and_unread_notices_first_then_what_is_due(notices: Notices) -> None:
    read = _publish(notices, title="已读通知", pinnedUntil=None)
    _publish(notices, title="未读通知", pinnedUntil=None)
    _publish(notices, title="置顶停水")
    owner = notices.client(notices.owner)
    mutate(owner, "announcementRead", {"id": read})
    today = datetime.date.today()
    with tenant_context(notices.company):
        _bill(notices, 30000, today - datetime.timedelta(days=40))
        _bill(notices, 12050, today + datetime.timedelta(days=20))
        work_order_submit(
            reporter=notices.owner,
            report=WorkOrderReport(category="plumbing", description="厨房漏水", house_id=notices.house.pk),
        )
    home = owner.data(HOME)["home"]
    assert [a["title"] for a in home["announcements"]] == ["置顶停水", "未读通知", "已读通知"]
    assert home["announcements"][0]["isPinned"] is True and home["announcements"][2]["readAt"] is not None
    assert home["announcements"][0]["publishedByName"] == "孙丽"
    assert (home["unreadAnnouncements"], home["openBills"], home["openRepairs"]) == (2, 2, 1)
    assert (home["totalOwed"], home["overdue"]) == ("420.50", "300.00")
    assert notices.client(notices.owner_y).data(HOME)["home"]["openBills"] == 0


def test_home_counts_unread_as_my_announcements_does_only_what_the_owner_may_see_now(notices: Notices) -> None:
    later = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=2)).isoformat()
    _publish(notices, "admin", title="全公司通知", targetLevel="COMPANY", targets=[], pinnedUntil=None)
    read_by_wife = _publish(notices, title="楼栋通知", pinnedUntil=None)
    y = [gid("Community", notices.y.pk)]
    _publish(notices, "desk_y", title="清河嘉园通知", targetLevel="COMMUNITIES", targets=y)
    _publish(notices, title="定时通知", validFrom=later)
    withdrawn = _publish(notices, title="撤回通知")
    mutate(notices.client(notices.desk), "announcementWithdraw", {"id": withdrawn, "reason": "已恢复供水"})
    mutate(notices.client(notices.wife), "announcementRead", {"id": read_by_wife})  # her receipt, not his
    owner = notices.client(notices.owner)
    home = owner.data(HOME)["home"]
    mine = owner.data("{ myAnnouncements { unreadCount } }")["myAnnouncements"]
    assert [a["title"] for a in home["announcements"]] == ["楼栋通知", "全公司通知"]
    assert home["unreadAnnouncements"] == mine["unreadCount"] == 2
    assert all(a["readAt"] is None for a in home["announcements"])
    wife = notices.client(notices.wife).data(HOME)["home"]
    assert (wife["unreadAnnouncements"], [a["readAt"] is not None for a in wife["announcements"]]) == (1, [False, True])
    assert notices.client(notices.owner_y).data(HOME)["home"]["unreadAnnouncements"] == 2  # company-wide, 清河嘉园


# token, the notices (receipt and publisher joined, the unread count as a window over them), the owner's
# homes (the bills' scope, as ids), bills' totals, open repairs
HOME_STATEMENTS = 5


def test_home_costs_the_same_for_1_or_6_notices(notices: Notices) -> None:
    owner = notices.client(notices.owner)

    def statements() -> int:
        owner.data(HOME)  # warm: host lookup cached, token's last use recorded
        with QueryLog() as log:
            owner.data(HOME)
        return log.count()

    _publish(notices)
    one = statements()
    for n in range(4):
        read = _publish(notices, title=f"通知 {n}", pinnedUntil=None)
    _publish(notices, "admin", title="全公司通知", targetLevel="COMPANY", targets=[])
    mutate(owner, "announcementRead", {"id": read})
    assert one == statements() == HOME_STATEMENTS


def test_home_is_for_owners(notices: Notices) -> None:
    anonymous = GraphQLClient(notices.company.domains.get(is_primary=True).domain)
    assert error_codes(anonymous.execute(HOME)) == ["UNAUTHENTICATED"]
    assert error_codes(notices.client(notices.desk).execute(HOME)) == ["FORBIDDEN"]
