"""Sending text messages. ``settings.SMS_BACKEND`` names the class; a real provider (Aliyun SMS,
Tencent Cloud SMS) is one more class with the same ``send`` method."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class SmsBackend(Protocol):
    def send(self, phone: str, message: str) -> None: ...


@dataclass(frozen=True)
class SmsMessage:
    phone: str
    message: str


class ConsoleSmsBackend:
    """Development: the message goes to the log instead of a phone."""

    def send(self, phone: str, message: str) -> None:
        logger.info("SMS to %s: %s", phone, message)


# What RecordingSmsBackend sent, oldest first; tests read and clear it.
outbox: list[SmsMessage] = []


class RecordingSmsBackend:
    """Tests: keeps every message in ``outbox``."""

    def send(self, phone: str, message: str) -> None:
        outbox.append(SmsMessage(phone=phone, message=message))


def sms_backend() -> SmsBackend:
    backend_class: type[SmsBackend] = import_string(settings.SMS_BACKEND)
    return backend_class()
