"""The README's demo story is how the vendor sells: every concrete claim it makes about the demo
company is checked here against a freshly seeded one, so the story stays true.

The demo company is seeded once for this module (committed, like ``make demo``) and dropped after
it with the same code ``seed_demo --reset`` uses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.db.models import Max, Min, Sum
from django.utils import timezone
from django_tenants.utils import tenant_context
from strawberry.relay import to_base64

from billing.models import OrderState, PaymentOrder, Provider
from permissions.models import PiiAccessLog
from permissions.roles import Role, role_of
from permissions.services import community_scope_of
from saas.accounts.models import User
from saas.estates.models import Community, House
from saas.finance.amounts import add_months, month_start
from saas.finance.models import OPEN_STATUSES, Bill, FeeItem, Payment, PrepaidEntry, Waiver, WaiverStatus
from saas.notifications.models import Notification
from saas.parking.models import (
    ApplicationState,
    ParkingApplication,
    ParkingArea,
    ParkingRight,
    ParkingSession,
    ParkingSpace,
    ParkingTariff,
    RightKind,
    RightState,
    SpaceKind,
)
from saas.parking.periods import add_months as parking_add_months
from saas.residents.models import Occupancy, RegistrationRequest, RegistrationStatus
from saas.workorders.models import CommunityDispatch, WorkOrder
from tenants.management.commands.seed_demo import (
    DEMO_ADMIN,
    demo_company,
    demo_company_create,
    demo_company_drop,
)
from tenants.models import Company
from tenants.routing import tenant_host
from tenants.schemas import activate_public
from tenants.services.provisioning import spare_pool_fill
from tests.graphql import GraphQLClient, client_for

README_STAFF = {  # username: (role, communities, phones in full in)
    "kefu": (Role.SERVICE, {"京华园", "清河嘉园"}, {"京华园"}),
    "jingli": (Role.MANAGER, {"京华园"}, {"京华园"}),
    "shifu": (Role.TECHNICIAN, {"京华园", "清河嘉园"}, set()),
    "caiwu": (Role.FINANCE, {"京华园", "清河嘉园", "运河湾畔"}, set()),
}
OWNER = "13911112222"
NUMBER = re.compile(r"BX\d{8}-\d+")


@pytest.fixture(scope="module")
def demo(django_db_setup: None, django_db_blocker: Any) -> Iterator[Company]:
    with django_db_blocker.unblock():
        activate_public()
        assert demo_company() is None
        company = demo_company_create()
        try:
            yield company
        finally:
            assert demo_company_drop()
            assert demo_company() is None
            spare_pool_fill(size=1)  # the demo took the session's spare; later tests expect one


@pytest.fixture
def inside(demo: Company, db: None) -> Iterator[Company]:
    with tenant_context(demo):
        yield demo


def _names(ids: list[int]) -> set[str]:
    return set(Community.objects.filter(pk__in=ids).values_list("name", flat=True))


def test_accounts_and_their_roles(inside: Company) -> None:
    admin = User.objects.get(username=DEMO_ADMIN.username)
    assert admin.check_password("Wuye@demo2026") and role_of(admin) is Role.ADMIN
    for username, (role, communities, pii) in README_STAFF.items():
        user = User.objects.get(username=username)
        assert user.check_password("Wuye@staff2026"), username
        assert role_of(user) is role, username
        scope, pii_scope = community_scope_of(user)
        assert (_names(scope), _names(pii_scope)) == (communities, pii), username
    assert User.objects.get(username="shifu").display_name.endswith("马强")
    for username in ("dianti", "diangong", "shuinuan"):
        user = User.objects.get(username=username)
        assert user.check_password("Wuye@staff2026") and role_of(user) is Role.TECHNICIAN
    owner = User.objects.get(username=OWNER)
    assert owner.check_password("Wuye@owner2026") and role_of(owner) is Role.OWNER
    home = (
        Occupancy.objects.active()
        .select_related("house__building", "house__unit", "resident")
        .get(resident__user=owner, role="owner")
    )
    assert home.resident.name == "张伟"
    house = home.house
    assert (house.community.name, house.building.name, house.unit.name, house.room_number) == (
        "京华园",
        "3号楼",
        "1单元",
        "1502",
    )


def test_communities_districts_and_house_count(inside: Company) -> None:
    assert dict(Community.objects.values_list("name", "district")) == {
        "京华园": "chaoyang",
        "清河嘉园": "haidian",
        "运河湾畔": "tongzhou",
    }
    houses = House.objects.count()
    assert houses == 1052  # the README says 1,052 houses and shops
    assert inside.houses_managed == houses  # what the vendor console shows
    assert House.objects.filter(kind="shop").count() == 20
    kinds = set(Occupancy.objects.active().values_list("role", flat=True))
    assert kinds == {"owner", "family", "tenant"}


def test_registrations_consents_and_access_log(inside: Company) -> None:
    assert RegistrationRequest.objects.filter(status=RegistrationStatus.PENDING).count() == 2
    assert PiiAccessLog.objects.count() == 2
    from saas.residents.models import Consent

    assert Consent.objects.exists()


def test_fees_and_prices(inside: Company) -> None:
    prices = dict(FeeItem.objects.values_list("name", "unit_price"))
    assert prices["物业费（京华园）"] == Decimal("2.80")
    assert prices["物业费（清河嘉园）"] == Decimal("1.95")
    assert prices["物业费（运河湾畔）"] == Decimal("2.40")
    assert prices["水费"] == Decimal("5.00")
    assert prices["电费"] == Decimal("0.4883")
    assert {"商铺物业费", "垃圾清运费"} <= prices.keys()
    assert FeeItem.objects.get(name="电费").house_kinds == ["shop"]


def test_bills_payments_arrears_prepayment_reversal(inside: Company) -> None:
    today = timezone.localdate()
    periods = Bill.objects.aggregate(first=Min("period"), last=Max("period"))
    assert periods == {"first": add_months(month_start(today), -5), "last": month_start(today)}
    assert Bill.objects.filter(status="paid").count() > Bill.objects.count() / 2  # most paid
    methods = set(Payment.objects.filter(amount_fen__gt=0).values_list("method", flat=True))
    assert {"cash", "bank_transfer", "pos"} <= methods
    oldest_open = Bill.objects.filter(status__in=OPEN_STATUSES).aggregate(p=Min("period"))["p"]
    assert oldest_open == periods["first"]  # arrears up to five months old
    balances = PrepaidEntry.objects.values("house").annotate(total=Sum("amount_fen"))
    assert any(row["total"] > 0 for row in balances)  # a prepayment
    assert Payment.objects.filter(reversal_of__isnull=False, amount_fen__lt=0).count() == 1


def test_receipts_are_never_dated_in_the_future(inside: Company) -> None:
    now = timezone.now()
    assert not Payment.objects.filter(received_at__gt=now).exists()
    assert not Payment.objects.filter(created_at__gt=now).exists()
    assert not Bill.objects.filter(created_at__gt=now).exists()
    numbers = list(Payment.objects.order_by("receipt_no").values_list("receipt_no", flat=True))
    assert numbers == list(range(1, len(numbers) + 1))  # and numbered without gaps


def test_the_waiver_awaiting_jingli_is_his_to_decide(inside: Company) -> None:
    pending = Waiver.objects.select_related("bill__community").get(status=WaiverStatus.PENDING)
    assert pending.bill.community.name == "京华园"
    approved = Waiver.objects.select_related("bill__community").get(status=WaiverStatus.APPROVED)
    assert approved.decided_by.username == "jingli" and approved.bill.community.name == "京华园"
    jingli = client_for(inside, User.objects.get(username="jingli"))
    body = jingli.data("{ waivers(status: PENDING) { edges { node { id status } } } }")
    assert len(body["waivers"]["edges"]) == 1


def test_repairs_as_described(inside: Company) -> None:
    modes = dict(CommunityDispatch.objects.values_list("community__name", "mode"))
    assert modes == {"京华园": "auto", "清河嘉园": "grab", "运河湾畔": "assign"}
    orders = WorkOrder.objects.select_related("community", "building", "assignee", "house")
    elevator = orders.get(category="elevator")
    assert (elevator.community.name, elevator.building.name, elevator.state) == ("京华园", "3号楼", "on_site")
    assert elevator.assignee.username == "dianti"
    leak = orders.get(community__name="清河嘉园", category="plumbing")
    assert leak.state == "submitted" and leak.dispatch_mode == "grab" and leak.assignee is None
    assert User.objects.get(username="shifu").pk in leak.offers.values_list("technician_id", flat=True)
    mine = orders.filter(reporter__username=OWNER)
    rated = mine.get(state="rated")
    assert timedelta(days=5) < timezone.now() - rated.rated_at < timedelta(days=8)  # last week
    lock = mine.get(category="doors_windows")
    assert lock.state == "assigned" and lock.assignee.username == "shifu"
    garage = orders.get(community__name="运河湾畔")
    assert garage.overdue_at is not None and garage.escalation_level >= 1
    for order in orders.filter(house__isnull=False):
        assert order.contact_phone, order.number  # the technician always has someone to call


def test_equipment_as_described(inside: Company) -> None:
    from saas.equipment.models import (
        Certificate,
        CheckpointScan,
        Equipment,
        Fault,
        GapLevel,
        InspectionRound,
        MaintenanceGap,
        MaintenancePhoto,
    )

    jingli = User.objects.get(username="jingli")
    today = timezone.localdate()
    expiring = Certificate.objects.get(equipment__code="DT-3-2", equipment__community__name="京华园",
                                       kind="periodic_inspection")  # fmt: skip
    assert (expiring.valid_until - today).days == 20
    assert sorted(expiring.alerts.values_list("threshold_days", flat=True)) == [30, 60]
    assert Certificate.objects.filter(equipment__community__name="清河嘉园", kind="periodic_inspection").exists()
    latest = MaintenanceGap.objects.filter(equipment__code="DT-3-2", level=GapLevel.WARNING).latest("recorded_on")
    assert (latest.equipment.community.name, latest.recorded_on, latest.gap_days) == ("京华园", today, 12)
    assert not MaintenanceGap.objects.filter(level=GapLevel.VIOLATION).exists()
    assert Notification.objects.filter(recipient=jingli, target_type="Equipment", title="维保即将超期").exists()
    fault = Fault.objects.select_related("work_order__assignee").get()
    assert (fault.equipment.code, fault.state, fault.work_order.state) == ("SB-1", "open", "assigned")
    assert fault.work_order.assignee.username == "shifu"
    scan = CheckpointScan.objects.select_related("route", "checkpoint").get(fault=fault)
    assert (scan.result, scan.anomalies, scan.checkpoint.name) == ("abnormal", [], "地下一层水泵房")
    assert scan.route.name == "京华园夜间设备巡检" and scan.route.stops.count() >= 3
    mine = Equipment.objects.filter(community__name="京华园")
    assert mine.filter(category="elevator", is_special=True).exclude(registration_number="").count() >= 2
    expected = mine.count()
    assert MaintenancePhoto.objects.filter(order__community__name="京华园").exists()  # completions carry photos
    rounds = InspectionRound.objects.filter(plan__name="京华园设备巡检计划", route=scan.route, day=today)
    assert sorted(rounds.values_list("shift__name", "assignee__username")) == [("夜班", "shifu"), ("早班", "dianti")]
    stops = scan.route.stops.count()
    dianti = User.objects.get(username="dianti")
    ledger = client_for(inside, jingli).data("{ equipmentLedger { totalCount } maintenanceGaps { totalCount } }")
    assert ledger["equipmentLedger"]["totalCount"] == expected
    walks = client_for(inside, dianti).data("{ myInspectionRounds { edges { node { shiftName stopsTotal } } } }")
    assert [(r["node"]["shiftName"], r["node"]["stopsTotal"]) for r in walks["myInspectionRounds"]["edges"]] == [
        ("早班", stops)
    ]


def test_a_sandbox_order_waits_for_zhang_wei(inside: Company) -> None:
    owner = User.objects.get(username=OWNER)
    waiting = PaymentOrder.objects.get(payer=owner, provider=Provider.SANDBOX, state=OrderState.PENDING)
    assert waiting.expires_at > timezone.now() + timedelta(days=1)
    assert Bill.objects.filter(pk__in=waiting.bill_ids, status__in=OPEN_STATUSES).count() == 1
    assert PaymentOrder.objects.filter(provider=Provider.SANDBOX, state=OrderState.PAID).count() == 4
    assert Payment.objects.filter(method="sandbox").count() == 4  # settled into the ledger
    # and its checkout page (the link billsPay hands back) opens, ready to pay
    url = urlsplit(waiting.checkout["redirect_url"])
    assert url.path == f"/payments/sandbox/{waiting.out_trade_no}"
    page = GraphQLClient(tenant_host("demo")).http.get(f"{url.path}?{url.query}")
    activate_public()
    assert page.status_code == 200


def test_notifications_name_real_orders(inside: Company) -> None:
    notifications = Notification.objects.filter(target_type="WorkOrder")
    assert notifications.exists()
    orders = {o.pk: o for o in WorkOrder.objects.all()}
    now = timezone.now()
    for notification in notifications:
        named = set(NUMBER.findall(notification.title + notification.body + notification.title_en))
        assert named == {orders[notification.target_id].number}, notification.title
        assert notification.created_at <= now


def test_parking_as_described(inside: Company) -> None:
    garage = ParkingArea.objects.get(community__name="京华园", name="地下车库B1")
    spaces = ParkingSpace.objects.filter(area=garage)
    assert spaces.filter(kind=SpaceKind.OWNED, owner__isnull=False).count() == 20
    assert spaces.exclude(kind__in=[SpaceKind.OWNED, SpaceKind.TEMPORARY]).count() == 22
    leases = ParkingRight.objects.filter(space__area=garage, kind=RightKind.LEASE, state=RightState.ACTIVE)
    assert leases.count() == 10
    assert all(r.period.upper == parking_add_months(r.period.lower, 12) for r in leases)  # a year each
    offered = ParkingApplication.objects.get(state=ApplicationState.OFFERED)
    assert offered.right.state == RightState.RESERVED and offered.space.area_id == garage.pk
    surface = ParkingArea.objects.get(community__name="京华园", name="地面停车场")
    assert ParkingSpace.objects.filter(area=surface, kind=SpaceKind.TEMPORARY).count() == 20
    zhang = ParkingApplication.objects.get(applicant__user__username=OWNER)
    assert (zhang.state, zhang.months, zhang.vehicle.plate, zhang.is_owner) == ("submitted", 12, "京N8K2J6", True)
    assert ParkingSpace.objects.filter(community__name="清河嘉园").count() == 30
    tariffs = {t.area.name: t for t in ParkingTariff.objects.select_related("area")}
    assert {n: (t.free_minutes, t.unit_minutes, t.unit_price_fen, t.daily_cap_fen) for n, t in tariffs.items()} == {
        "地下车库B1": (15, 60, 600, 6000),
        "地面停车场": (15, 60, 500, 4000),
    }
    assert not any(t.charge_part_units for t in tariffs.values())
    parked = ParkingSession.objects.get(exited_at=None)
    assert (parked.plate, parked.area.name) == ("冀F3M7Q2", "地面停车场")
    due = ParkingRight.objects.get(holder__user__username=OWNER, kind=RightKind.MONTHLY)
    assert due.state == RightState.ACTIVE and (due.period.upper - timezone.localdate()).days == 5
    assert due.vehicle.plate == "京Q5H3P8"
    rents = dict(FeeItem.objects.filter(kind="parking").values_list("name", "unit_price"))
    assert rents == {"车位租金（京华园）": Decimal("300.00"), "车位租金（清河嘉园）": Decimal("200.00")}
    zhang_user = User.objects.get(username=OWNER)
    jingli = client_for(inside, User.objects.get(username="jingli"))
    review = jingli.data("{ parkingApplications(states: [SUBMITTED]) { edges { node { vehicle { plate } } } } }")
    assert {"node": {"vehicle": {"plate": "京N8K2J6"}}} in review["parkingApplications"]["edges"]
    owner_app = client_for(inside, zhang_user)
    renewal = owner_app.data(
        "mutation($r: ID!) { parkingPassRenew(input: {right: $r, months: 1, gateway: SANDBOX, channel: PAGE}) "
        "{ errors { code } order { amount } } }",
        {"r": to_base64("ParkingRight", due.pk)},
    )["parkingPassRenew"]
    assert renewal == {"errors": [], "order": {"amount": "300.00"}}


def test_notices_as_described(inside: Company) -> None:
    from saas.notices.models import Announcement, AnnouncementReceipt, State
    from saas.notices.selectors import reach

    notices = {a.title: a for a in Announcement.objects.all()}
    outage = notices["京华园3号楼停水通知"]
    assert outage.state == State.PUBLISHED and outage.is_pinned_at() and outage.requires_acknowledgement
    counted = reach(outage.pk, outage.audience)
    assert counted.acknowledged == 1 and counted.houses_not_reached > 0  # 张伟 confirmed, neighbours not yet
    topic = notices["关于召开京华园业主大会的公告（议题公示）"]
    assert topic.category == "statutory" and (topic.statutory_date - topic.published_at.date()).days >= 15
    withdrawn = notices["京华园1号楼电梯停运检修"]
    assert withdrawn.state == State.WITHDRAWN and withdrawn.withdrawal_reason
    assert AnnouncementReceipt.objects.filter(user__username=OWNER).count() == 2
    heating = notices["京华园供暖季室温报修指引"]  # the owner app opens on one unread notice
    assert not AnnouncementReceipt.objects.filter(user__username=OWNER, announcement=heating).exists()
    drill = notices["京华园员工消防演练"]
    staff = reach(drill.pk, drill.audience)  # 京华园's staff and the admin; 李娜-like outsiders not
    assert (staff.read, staff.acknowledged) == (2, 1) and staff.staff_not_reached == staff.recipients - 2 > 0
    assert set(drill.recipients.values_list("user__username", flat=True)) >= {"jingli", "kefu", "shifu", "admin"}
    home = client_for(inside, User.objects.get(username=OWNER)).data("{ home { unreadAnnouncements } }")
    assert home["home"]["unreadAnnouncements"] == 1  # a request: the schema is public again after it


def test_messages_outside_the_app_point_nowhere_real(inside: Company) -> None:
    from saas.notifications.bindings import wechat_bindings_of
    from saas.notifications.models import ChannelAccount, OutboxMessage, OutboxState

    zhang = User.objects.get(username=OWNER)
    official, mini = wechat_bindings_of(user=zhang)  # bound to the official account, which is now off
    assert (official.bound_at is not None, official.available, mini.bound_at) == (True, False, None)
    accounts = {a.provider: a for a in ChannelAccount.objects.all()}
    assert accounts["console_sms"].enabled and not accounts["wechat_official"].enabled
    assert "demo-secret" not in accounts["wechat_official"].secrets  # encrypted
    notices = OutboxMessage.objects.filter(template="notice")
    assert notices.filter(state=OutboxState.SENT, channel="sms").count() > 10
    assert not notices.filter(state__in=[OutboxState.PENDING, OutboxState.SENDING]).exists()
    failed = OutboxMessage.objects.filter(state=OutboxState.FAILED)
    assert failed.exists()
    assert set(failed.values_list("channel", "error_code", "user__username")) == {
        ("wechat_template", "CHANNEL_NOT_CONFIGURED", OWNER)
    }
