"""``rows_update`` and ``rows_insert`` write several rows in one statement and refuse what the columns refuse."""

from __future__ import annotations

import pytest
from django.db import DataError, transaction

from saas.core.rows import rows_insert, rows_update
from saas.estates.models import Community
from saas.notifications.models import Notification, NotificationKind
from tests.factories import CommunityFactory, UserFactory

pytestmark = pytest.mark.usefixtures("in_a")


def test_rows_are_written_in_one_statement() -> None:
    first: Community = CommunityFactory()
    second: Community = CommunityFactory()
    first.name, second.name, second.address = "京华园北区", "清河嘉园南区", "北京市海淀区清河路2号"
    assert rows_update([first, second], ["name", "address"]) == 2
    stored = dict(Community.objects.filter(pk__in=[first.pk, second.pk]).values_list("pk", "name"))
    assert stored == {first.pk: "京华园北区", second.pk: "清河嘉园南区"}
    assert Community.objects.get(pk=second.pk).address == "北京市海淀区清河路2号"


def test_an_over_long_text_is_refused_not_cut() -> None:
    community: Community = CommunityFactory()
    community.name = "园" * 101  # max_length=100: a cast to varchar(100) would have cut it silently
    with pytest.raises(DataError), transaction.atomic():
        rows_update([community], ["name"])
    assert Community.objects.get(pk=community.pk).name != community.name


def _notifications(count: int, title: str = "新工单") -> list[Notification]:
    recipient = UserFactory()
    return [
        Notification(
            recipient=recipient, kind=NotificationKind.WORK_ORDER_ASSIGNED, title=f"{title}{n}"[:101], body="派给您",
            title_en="New order", body_en="Assigned to you", target_type="WorkOrder", target_id=n,
        )
        for n in range(count)
    ]  # fmt: skip


def test_rows_insert_saves_what_bulk_create_would_and_gives_the_keys_back() -> None:
    rows = _notifications(3)
    rows_insert(rows)
    assert all(row.pk for row in rows) and [row.pk for row in rows] == sorted(row.pk for row in rows)
    assert not any(row._state.adding for row in rows)
    saved = {n.pk: n for n in Notification.objects.filter(pk__in=[row.pk for row in rows])}
    assert [(saved[r.pk].title, saved[r.pk].target_id, saved[r.pk].created_at) for r in rows] == [
        (r.title, r.target_id, r.created_at) for r in rows
    ]
    rows_insert([])  # nothing to do


def test_rows_insert_refuses_an_over_long_text_as_the_column_does() -> None:
    rows = _notifications(1, title="长" * 100)  # max_length=100, and a digit more
    with pytest.raises(DataError), transaction.atomic():
        rows_insert(rows)
    assert rows[0].pk is None


def test_rows_insert_saves_several_groups_in_one_go() -> None:
    notices, communities = _notifications(2), [Community(name="京华园", address="北京市朝阳区望京西路1号")]
    rows_insert(notices, communities, [])
    assert Notification.objects.filter(pk__in=[n.pk for n in notices]).count() == 2
    assert Community.objects.get(pk=communities[0].pk).name == "京华园"
