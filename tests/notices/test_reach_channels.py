"""A notice's reach per channel, from its in-app notifications and outbox rows: sent, waiting
(quiet hours, a scheduled start), failed and cancelled, in a fixed number of statements."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils import timezone
from django_tenants.utils import tenant_context

from saas.notifications.accounts import channel_account_configure
from saas.notifications.delivery import outbox_deliver
from saas.notifications.templates import MessageKind
from tests.graphql import QueryLog, error_codes
from tests.notices.conftest import Notices, gid, mutate, outage, result
from tests.notifications.events import console_sms

REACH = (
    "query($id: ID!) { announcementReach(id: $id) { recipients channels { channel sent failed waiting cancelled } } }"
)
# token, scope check, the notice exists, the reach's one statement, in-app counted, outbox grouped
REACH_STATEMENTS = 6


def _publish(notices: Notices, **overrides: Any) -> str:
    desk = notices.client(notices.desk)
    draft = mutate(desk, "announcementCreate", outage(notices, **overrides))["announcement"]
    assert mutate(desk, "announcementPublish", {"id": draft["id"]})["errors"] == []
    pk: str = draft["id"]
    return pk


def _channels(notices: Notices, notice: str) -> dict[str, tuple[int, int, int, int]]:
    reach = result(notices.client(notices.desk).execute(REACH, {"id": notice}), "announcementReach")
    return {c["channel"]: (c["sent"], c["failed"], c["waiting"], c["cancelled"]) for c in reach["channels"]}


def _beijing(days: int, hour: int) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=timezone.get_current_timezone())


def _deliver(notices: Notices, at: datetime.datetime) -> None:
    with tenant_context(notices.company):
        outbox_deliver(worker="test", now=at)


def test_reach_per_channel_follows_the_outbox(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
    # 京华园 3号楼: 张伟 and 刘芳 (accounts: in-app and SMS); 陈静 lives in 5号楼.
    notice = _publish(notices)
    assert _channels(notices, notice) == {
        "IN_APP": (2, 0, 0, 0),
        "SMS": (0, 0, 2, 0),
        "WECHAT_TEMPLATE": (0, 0, 0, 0),
        "WECHAT_SUBSCRIBE": (0, 0, 0, 0),
    }
    _deliver(notices, _beijing(1, 23))  # quiet hours: put off, still waiting
    assert _channels(notices, notice)["SMS"] == (0, 0, 2, 0)
    _deliver(notices, _beijing(2, 12))
    assert _channels(notices, notice)["SMS"] == (2, 0, 0, 0)

    # The whole of 京华园 (3 people); the notice template is then removed: they fail for good.
    failing = _publish(notices, targetLevel="COMMUNITIES", targets=[gid("Community", notices.x.pk)])
    with tenant_context(notices.company):
        channel_account_configure(
            provider="console_sms", values={}, templates={MessageKind.BILL_ISSUED.value: "SMS_0002"}
        )
    _deliver(notices, _beijing(2, 12))
    assert _channels(notices, failing)["SMS"] == (0, 3, 0, 0)

    # Scheduled, then withdrawn before it starts: nothing in the app, the SMS cancelled.
    with tenant_context(notices.company):
        console_sms()
    start = (timezone.now() + datetime.timedelta(days=3)).isoformat()
    scheduled = _publish(notices, validFrom=start, pinnedUntil=None)
    assert _channels(notices, scheduled)["SMS"] == (0, 0, 2, 0)
    withdrawn = mutate(notices.client(notices.desk), "announcementWithdraw", {"id": scheduled, "reason": "改期"})
    assert withdrawn["errors"] == []
    assert _channels(notices, scheduled) == {
        "IN_APP": (0, 0, 0, 0),
        "SMS": (0, 0, 0, 2),
        "WECHAT_TEMPLATE": (0, 0, 0, 0),
        "WECHAT_SUBSCRIBE": (0, 0, 0, 0),
    }


def test_reach_per_channel_costs_the_same_for_any_number_of_messages(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
    few = _publish(notices, targetLevel="HOUSES", targets=[gid("House", notices.house_5.pk)])
    many = _publish(notices, targetLevel="COMMUNITIES", targets=[gid("Community", notices.x.pk)])
    desk = notices.client(notices.desk)
    counts = []
    for notice in (few, many):
        with QueryLog() as log:
            result(desk.execute(REACH, {"id": notice}), "announcementReach")
        counts.append(log.count())
    assert counts == [REACH_STATEMENTS, REACH_STATEMENTS]


def test_only_who_may_see_the_reach_sees_its_channels(notices: Notices) -> None:
    notice = _publish(notices)
    for user in (notices.owner, notices.technician, notices.desk_y):
        assert error_codes(notices.client(user).execute(REACH, {"id": notice})) == ["FORBIDDEN"]
    from tests.graphql import GraphQLClient

    anonymous = GraphQLClient(notices.company.domains.get(is_primary=True).domain)
    assert error_codes(anonymous.execute(REACH, {"id": notice})) == ["UNAUTHENTICATED"]
    assert len(_channels(notices, notice)) == 4
