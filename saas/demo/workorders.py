"""Repairs in the demo company: technicians with skills and shifts, a dispatch mode per community,
and work orders in every state a salesperson wants to show — an elevator fault at 京华园 being
fixed right now, a water leak at 清河嘉园 waiting to be grabbed (log in as ``shifu`` to take it),
张伟's door lock assigned to 马强, a rated repair from last week, an overdue garage light at
运河湾畔 already escalated, and a cancelled request.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from permissions.roles import Role
from permissions.services import community_scope_set, role_set
from saas.accounts.models import User
from saas.estates.models import Building, Community, House
from saas.notifications.models import Notification
from saas.residents.models import Occupancy
from saas.workorders.models import CommunityDispatch, DispatchMode, TechnicianProfile, WorkOrder, WorkOrderEvent
from saas.workorders.services.submission import WorkOrderReport, work_order_submit
from saas.workorders.services.sweep import work_orders_escalate
from saas.workorders.services.transitions import (
    work_order_accept,
    work_order_arrive,
    work_order_assign,
    work_order_cancel,
    work_order_complete,
    work_order_rate,
)

TECHNICIAN_PASSWORD = "Wuye@staff2026"
# (login, name, phone, communities, skills, on duty); 马强 is DEMO_STAFF's ``shifu``.
TECHNICIANS = [
    ("dianti", "电梯技师 刘海波", "13910020011", ("京华园", "运河湾畔"), ["elevator", "access_control"], True),
    ("diangong", "电工 赵刚", "13910020012", ("清河嘉园", "运河湾畔"), ["electrical", "public_area"], True),
    ("shuinuan", "水暖工 吴建军", "13910020013", ("运河湾畔",), ["plumbing", "electrical"], False),
]
DISPATCH = {"京华园": DispatchMode.AUTO, "清河嘉园": DispatchMode.GRAB, "运河湾畔": DispatchMode.ASSIGN}


def _technicians() -> dict[str, User]:
    ids = dict(Community.objects.values_list("name", "id"))
    shifu = User.objects.get(username="shifu")
    TechnicianProfile.objects.create(user=shifu, skills=["plumbing", "doors_windows", "other"], on_duty=True)
    made = {"shifu": shifu}
    for username, name, phone, communities, skills, on_duty in TECHNICIANS:
        user = User.objects.create_user(
            username=username, password=TECHNICIAN_PASSWORD, display_name=name, phone=phone, is_staff=True
        )
        role_set(user=user, role=Role.TECHNICIAN)
        community_scope_set(user=user, communities=[ids[c] for c in communities])
        TechnicianProfile.objects.create(user=user, skills=skills, on_duty=on_duty)
        made[username] = user
    return made


def _back(order: WorkOrder, by: timedelta) -> None:
    """Move an order's whole history ``by`` into the past (the demo needs yesterday's repairs)."""
    fields = ["created_at", "respond_by", "on_site_by", "complete_by", "assigned_at", "accepted_at", "on_site_at"]
    fields += ["completed_at", "closed_at", "rated_at"]
    order.refresh_from_db()
    was = order.number
    for name in fields:
        if getattr(order, name) is not None:
            setattr(order, name, getattr(order, name) - by)
    order.save(update_fields=fields)
    for event in WorkOrderEvent.objects.filter(work_order=order):
        event.created_at -= by
        event.save(update_fields=["created_at"])
    _back_notifications(order, was, by)


def _back_notifications(order: WorkOrder, was: str, by: timedelta) -> None:
    """The order's notifications move with it and name its number as it now reads (the number
    carries the submission day)."""
    for notification in Notification.objects.filter(target_type="WorkOrder", target_id=order.pk):
        for name in ("title", "body", "title_en", "body_en"):
            setattr(notification, name, getattr(notification, name).replace(was, order.number))
        notification.created_at -= by
        notification.save(update_fields=["title", "body", "title_en", "body_en", "created_at"])


def _house(community: str, building: str, unit: str, room: str) -> House:
    return House.objects.get(community__name=community, building__name=building, unit__name=unit, room_number=room)


def seed_work_orders() -> None:
    technicians = _technicians()
    for name, mode in DISPATCH.items():
        CommunityDispatch.objects.create(community=Community.objects.get(name=name), mode=mode)
    desk = User.objects.get(username="kefu")
    owner = User.objects.get(username="13911112222")
    home = Occupancy.objects.active().get(resident__user=owner).house
    jinghua = Community.objects.get(name="京华园")

    # 京华园 (auto): 3号楼 2号电梯 stopped between floors; 刘海波 is on it.
    elevator = work_order_submit(
        reporter=desk,
        report=WorkOrderReport(
            category="elevator", priority="urgent", community_id=jinghua.pk,
            building_id=Building.objects.get(community=jinghua, name="3号楼").pk, location="2号电梯",
            description="2号电梯停在9层与10层之间，轿厢内1人已安抚，物业已到场", contact_name="客服 孙丽",
            contact_phone="13910020002",
        ),
    )  # fmt: skip
    work_order_accept(order_id=elevator.pk, technician=technicians["dianti"])
    work_order_arrive(order_id=elevator.pk, technician=technicians["dianti"], note="已到机房，准备盘车放人")

    # 张伟 (京华园 3号楼1单元1502): last week's floor drain, fixed and rated; today's door lock.
    drain = work_order_submit(
        reporter=owner,
        report=WorkOrderReport(category="plumbing", description="卫生间地漏返臭味", house_id=home.pk, location="主卫"),
    )
    for step in (work_order_accept, work_order_arrive):
        step(order_id=drain.pk, technician=technicians["shifu"])
    work_order_complete(order_id=drain.pk, technician=technicians["shifu"], note="更换防臭地漏芯，疏通存水弯")
    work_order_rate(order_id=drain.pk, owner=owner, stars=5, comment="马师傅准时上门，修得很干净")
    _back(drain, timedelta(days=6, hours=3))
    work_order_submit(
        reporter=owner,
        report=WorkOrderReport(
            category="doors_windows", description="入户门锁卡顿，钥匙转不动", house_id=home.pk,
            preferred_visit_at=timezone.now() + timedelta(hours=20),
        ),
    )  # fmt: skip
    aircon = work_order_submit(
        reporter=owner,
        report=WorkOrderReport(category="other", priority="low", description="空调外机支架异响", house_id=home.pk),
    )
    work_order_cancel(order_id=aircon.pk, actor=owner, reason="是楼上的外机，不是我家的")
    _back(aircon, timedelta(days=2))

    # 清河嘉园 (grab): the flat's primary contact rang the desk about a kitchen leak dripping into the
    # flat below; offered to the plumbers on duty.
    leaking = _house("清河嘉园", "2号楼", "1单元", "602")
    caller = Occupancy.objects.active().filter(house=leaking).order_by("-is_primary_contact", "pk").first()
    assert caller is not None
    work_order_submit(
        reporter=desk,
        report=WorkOrderReport(
            category="plumbing", priority="urgent", house_id=leaking.pk,
            description="厨房水管接头漏水，楼下502天花板渗水", location="厨房",
            contact_phone=caller.resident.phone,
        ),
    )  # fmt: skip

    # 运河湾畔 (assign): nobody picked the garage lights up; the sweep escalated it.
    garage = work_order_submit(
        reporter=User.objects.get(username="admin"),
        report=WorkOrderReport(
            category="public_area", community_id=Community.objects.get(name="运河湾畔").pk,
            location="地下车库B2层C区", description="C区照明整排不亮，车位看不清",
        ),
    )  # fmt: skip
    _back(garage, timedelta(hours=5))
    work_orders_escalate()
    work_order_assign(order_id=garage.pk, technician_id=technicians["diangong"].pk, actor=desk, note="赵刚下午处理")
