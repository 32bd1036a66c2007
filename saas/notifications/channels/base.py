"""The boundary every message provider sits behind: one ``Sender`` per provider account, frozen
dataclasses in and out, and two kinds of failure. Only this package imports the providers' SDKs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Outgoing:
    """One message as a provider needs it."""

    dedupe_key: str  # the provider's idempotency / out id
    address: str  # a mainland mobile number, or an openid
    template_id: str
    params: Mapping[str, str]  # by name, in the kind's order
    text: str
    fields: Mapping[str, str] = field(default_factory=dict)  # WeChat keyword → our parameter name
    page: str = ""  # where a WeChat message opens in the mini program


@dataclass(frozen=True)
class Accepted:
    provider_message_id: str


class DeliveryError(Exception):
    permanent = False

    def __init__(self, code: str, message: str = "") -> None:
        self.code = code[:64]
        self.message = message[:200]
        super().__init__(f"{code}: {message}")


class TransientError(DeliveryError):
    """Try again later (throttled, busy, timeout, network)."""


class PermanentError(DeliveryError):
    """Never retry: the phone is invalid, the person does not follow the account, no quota left,
    the template or the credentials are wrong."""

    permanent = True


class Sender(Protocol):
    provider: str

    def send(self, message: Outgoing) -> Accepted: ...

    def find_sent(self, message: Outgoing, since: datetime) -> Accepted | None:
        """Whether the provider already accepted ``message`` (a worker died before recording it):
        ``None`` when it did not, so sending again is safe."""
        ...


def mainland(phone: str) -> str:
    return phone if phone.startswith("+") else f"+86{phone}"
