"""The kinds of message sent outside the app: each names its preference category, the values a
provider template receives (in this order for Tencent's positional templates, by these names for
Aliyun's and WeChat's), and the plain text the console provider logs.

A company registers one template per kind with each provider (their ids go in its channel
settings); the variables of those templates are the names below.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from django.db import models

from saas.notifications.models import MessageCategory


class MessageKind(models.TextChoices):
    NOTICE = "notice", "公告通知"
    BILL_ISSUED = "bill_issued", "账单通知"
    PAYMENT_RECEIVED = "payment_received", "缴费成功"
    REGISTRATION_REVIEWED = "registration_reviewed", "认证结果"
    REGISTRATION_SUBMITTED = "registration_submitted", "新认证申请"
    REPAIR_UPDATED = "repair_updated", "报修进度"


@dataclass(frozen=True)
class KindSpec:
    category: str
    params: tuple[str, ...]
    text: str


KINDS: Mapping[str, KindSpec] = {
    MessageKind.NOTICE: KindSpec(MessageCategory.NOTICE, ("community", "title"), "【{community}】新公告：{title}"),
    MessageKind.BILL_ISSUED: KindSpec(
        MessageCategory.BILLING, ("house", "period", "amount"), "{house} {period} 账单已出，应缴 {amount} 元。"
    ),
    MessageKind.PAYMENT_RECEIVED: KindSpec(
        MessageCategory.BILLING, ("house", "amount", "receipt"), "{house} 已缴费 {amount} 元，收据号 {receipt}。"
    ),
    MessageKind.REGISTRATION_REVIEWED: KindSpec(
        MessageCategory.REGISTRATION, ("house", "result"), "您对 {house} 的住户认证{result}。"
    ),
    MessageKind.REGISTRATION_SUBMITTED: KindSpec(
        MessageCategory.REGISTRATION, ("house", "name"), "{name} 申请认证 {house}，请审核。"
    ),
    MessageKind.REPAIR_UPDATED: KindSpec(MessageCategory.REPAIR, ("number", "state"), "您的报修 {number} {state}。"),
}


def message_text(kind: str, params: Mapping[str, str]) -> str:
    return KINDS[kind].text.format(**params)[:500]
