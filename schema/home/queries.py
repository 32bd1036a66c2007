"""The owner app's home page in one query: notices first (pinned, then unread), then what is due
(open bills, total owed) and open repairs. Each part comes from its domain's selectors; the whole
answer takes a fixed handful of statements whatever the company's size."""

from __future__ import annotations

import strawberry

from permissions.scoping import visible_to
from saas.finance.selectors import bills, open_bill_totals
from saas.notices import selectors as notices
from saas.workorders import selectors as workorders
from schema.core.context import Info
from schema.core.permissions import IsOwnerAccount
from schema.core.scalars import Yuan
from schema.notices.types import AnnouncementType

HOME_NOTICES = 5


@strawberry.type(name="Home", description="首页 What an owner sees first.")
class HomeType:
    announcements: list[AnnouncementType] = strawberry.field(
        description=f"Up to {HOME_NOTICES} notices: pinned, then unread, then newest (all: myAnnouncements)."
    )
    unread_announcements: int = strawberry.field(description="Published notices you have not read yet.")
    open_bills: int = strawberry.field(description="Unpaid or partly paid bills of your houses (list: myBills).")
    total_owed: Yuan = strawberry.field(description="Unpaid on those bills, late fees included.")
    overdue: Yuan = strawberry.field(description="The part of totalOwed past its due date.")
    open_repairs: int = strawberry.field(description="Your repairs not yet completed (list: workOrders(openOnly)).")


@strawberry.type
class HomeQueries:
    @strawberry.field(permission_classes=[IsOwnerAccount], description="The owner app's home page, in one query.")
    def home(self, info: Info) -> HomeType:
        user = info.context.viewer
        due = open_bill_totals(visible_to(user, bills()))
        repairs = visible_to(user, workorders.work_orders(workorders.WorkOrderFilter(open_only=True)))
        first = notices.for_home(user, limit=HOME_NOTICES)
        return HomeType(
            announcements=first.announcements,  # type: ignore[arg-type]
            unread_announcements=first.unread,
            open_bills=due["count"],
            total_owed=Yuan(due["outstanding"]),
            overdue=Yuan(due["overdue"]),
            open_repairs=repairs.count(),
        )
