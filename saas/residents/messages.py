"""What registration tells people: the desk (staff who review registrations in that community)
hears of a new request; the applicant hears the answer. In-app, and by SMS / WeChat through the
outbox, in the request's or the review's transaction."""

from __future__ import annotations

from permissions.roles import Capability
from permissions.scoping import staff_holding
from saas.accounts.models import User
from saas.notifications.models import NotificationKind
from saas.notifications.outbox import Letter, messages_send
from saas.notifications.services import NotificationText, Target
from saas.notifications.templates import MessageKind
from saas.residents.models import RegistrationRequest, RegistrationStatus


def _house(request: RegistrationRequest) -> str:
    house = request.house
    return f"{house.community.name}{house.building.name}{house.unit.name}{house.room_number}"


def registration_submitted_tell(request: RegistrationRequest) -> int:
    house = _house(request)
    text = NotificationText(
        title="新的住户认证申请",
        body=f"{request.name} 申请认证 {house}，请审核。",
        title_en="New registration request",
        body_en=f"{request.name} asks to be registered at {house}.",
    )
    reviewers = (
        User.objects.filter(staff_holding(Capability.REGISTRATION_REVIEW, request.house.community_id))
        .distinct()
        .values_list("pk", "phone")
    )
    letters = [
        Letter(
            key=f"g{request.pk}.new.u{user_id}",
            user_id=user_id,
            phone=phone,
            params={"house": house, "name": request.name},
            text=text,
            community_id=request.house.community_id,
        )
        for user_id, phone in reviewers
    ]
    messages_send(
        kind=MessageKind.REGISTRATION_SUBMITTED,
        letters=letters,
        in_app_kind=NotificationKind.REGISTRATION_SUBMITTED,
        target=Target("RegistrationRequest", request.pk),
    )
    return len(letters)


def registration_reviewed_tell(request: RegistrationRequest) -> None:
    approved = request.status == RegistrationStatus.APPROVED
    house = _house(request)
    result, result_en = ("已通过", "was approved") if approved else ("未通过", "was not approved")
    reason = "" if approved else f"原因：{request.reject_reason}"
    text = NotificationText(
        title=f"住户认证{result}",
        body=f"您对 {house} 的住户认证{result}。{reason}",
        title_en=f"Registration {result_en}",
        body_en=f"Your registration at {house} {result_en}." + ("" if approved else f" {request.reject_reason}"),
    )
    letter = Letter(
        key=f"g{request.pk}.{request.status}.u{request.user_id}",
        user_id=request.user_id,
        phone=request.phone,
        params={"house": house, "result": result},
        text=text,
        community_id=request.house.community_id,
    )
    messages_send(
        kind=MessageKind.REGISTRATION_REVIEWED,
        letters=[letter],
        in_app_kind=NotificationKind.REGISTRATION_REVIEWED,
        target=Target("RegistrationRequest", request.pk),
    )
