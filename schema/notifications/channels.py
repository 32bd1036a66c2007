"""Messages outside the app in GraphQL: the company's channel settings (admin; credentials write
only), the outbox as staff see it (failed messages, retry), and each account's own choices."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

import strawberry
import strawberry_django
from django.db.models import QuerySet
from django.utils import timezone
from strawberry import auto, relay

from permissions.masking import mask_middle
from permissions.roles import Capability
from permissions.scoping import visible_to
from saas.notifications.accounts import camel, channel_account_configure
from saas.notifications.channels import FIELDS
from saas.notifications.delivery import outbox_message_retry
from saas.notifications.models import (
    PROVIDER_CHANNEL,
    Channel,
    ChannelAccount,
    MessageCategory,
    OutboxMessage,
    OutboxState,
    Provider,
    SmsDailyUsage,
)
from saas.notifications.preferences import channel_preference_set, preferences_of
from saas.notifications.templates import MessageKind
from schema.billing.types import CredentialHintType
from schema.core.context import Info
from schema.core.errors import payload_of
from schema.core.fields import model_type
from schema.core.permissions import HasCapability, IsAuthenticated, authorize
from schema.core.relay import CountedConnection, pk_from_global_id
from schema.notifications.errors import MessageChannelError

strawberry.enum(Channel, name="MessageChannel", description="Where a message goes outside the app.")
strawberry.enum(Provider, name="MessageProvider", description="Who carries a channel for the company.")
strawberry.enum(MessageCategory, name="MessageCategory", description="What people choose channels for.")
strawberry.enum(MessageKind, name="MessageKind", description="The kinds of message sent outside the app.")
strawberry.enum(OutboxState, name="OutboxMessageState", description="Where a message is on its way.")

ADMIN = [HasCapability(Capability.COMPANY_SETTINGS)]
OUTBOX = [HasCapability(Capability.MESSAGE_OUTBOX)]
_CAMEL = {name: camel(name) for names in FIELDS.values() for name in names}


@strawberry.type(name="MessageTemplateField", description="A WeChat template keyword and the value it shows.")
class TemplateFieldType:
    key: str = strawberry.field(description="The keyword in the WeChat template (thing1, time2 …).")
    param: str = strawberry.field(description="Which value of the message kind it shows.")


@strawberry.type(name="MessageTemplate", description="The provider's template for one kind of message.")
class TemplateType:
    kind: MessageKind = strawberry.field(description="The kind of message.")
    template_id: str = strawberry.field(description="The provider's template id (code).")
    fields: list[TemplateFieldType] = strawberry.field(description="WeChat keywords; empty: the value names.")


@strawberry.type(name="MessageChannelSetting", description="消息渠道 One provider's settings for the company.")
class ChannelSettingType:
    provider: Provider = strawberry.field(description="The provider.")
    channel: Channel = strawberry.field(description="The channel it carries.")
    configured: bool = strawberry.field(description="True once its credentials were entered.")
    enabled: bool = strawberry.field(description="True when it carries its channel now (one per channel).")
    credential_fields: list[str] = strawberry.field(description="The credentials it needs (write only).")
    hints: list[CredentialHintType] = strawberry.field(description="Last four characters of each credential.")
    sign_name: str = strawberry.field(description="The SMS signature (短信签名), empty for WeChat.")
    templates: list[TemplateType] = strawberry.field(description="One template per kind of message it sends.")
    daily_budget: int | None = strawberry.field(description="SMS per Beijing day at most (emergencies aside).")
    sent_today: int = strawberry.field(description="SMS counted against today's budget.")
    updated_at: datetime | None = strawberry.field(description="When it was last changed (+08:00).")


def channel_settings() -> list[ChannelSettingType]:
    stored = {a.provider: a for a in ChannelAccount.objects.all()}
    today = SmsDailyUsage.objects.filter(day=timezone.localdate()).values_list("sent", flat=True).first() or 0
    return [_setting(provider, stored.get(provider), today) for provider in Provider]


def _setting(provider: str, account: ChannelAccount | None, sent_today: int) -> ChannelSettingType:
    channel = PROVIDER_CHANNEL[provider]
    return ChannelSettingType(
        provider=Provider(provider),
        channel=Channel(channel),
        configured=account is not None,
        enabled=bool(account and account.enabled),
        credential_fields=[_CAMEL[name] for name in FIELDS[provider]],
        hints=[CredentialHintType(name=k, last4=v) for k, v in (account.hints if account else {}).items()],
        sign_name=account.sign_name if account else "",
        templates=[
            TemplateType(
                kind=MessageKind(kind),
                template_id=value["id"],
                fields=[TemplateFieldType(key=k, param=v) for k, v in value.get("fields", {}).items()],
            )
            for kind, value in (account.templates if account else {}).items()
        ],
        daily_budget=account.daily_budget if account else None,
        sent_today=sent_today if channel == Channel.SMS else 0,
        updated_at=account.updated_at if account else None,
    )


@strawberry.input(description="One credential: its name (as credentialFields lists it) and value.")
class CredentialInput:
    field: str = strawberry.field(description="accessKeyId, accessKeySecret, secretId, secretKey, sdkAppId …")
    value: str = strawberry.field(description="The secret value; stored encrypted, never shown again.")


@strawberry.input(description="A WeChat template keyword and the value it shows.")
class TemplateFieldInput:
    key: str = strawberry.field(description="The keyword in the WeChat template (thing1, time2 …).")
    param: str = strawberry.field(description="Which value of the message kind it shows.")


@strawberry.input(description="The provider's template for one kind of message.")
class TemplateInput:
    kind: MessageKind = strawberry.field(description="The kind of message.")
    template_id: str = strawberry.field(description="The provider's template id (code).")
    fields: list[TemplateFieldInput] = strawberry.field(
        default_factory=list, description="WeChat keywords; leave empty for SMS."
    )


@strawberry.input(description="A provider's settings. Credentials left out keep the stored ones.")
class MessageChannelConfigureInput:
    provider: Provider = strawberry.field(description="The provider.")
    credentials: list[CredentialInput] | None = strawberry.field(
        default=None, description="All its credentials (see credentialFields); null keeps the stored ones."
    )
    sign_name: str = strawberry.field(default="", description="The SMS signature (短信签名); SMS only.")
    templates: list[TemplateInput] = strawberry.field(
        default_factory=list, description="One template per kind of message it should send (replaces all)."
    )
    daily_budget: int | None = strawberry.field(default=None, description="SMS per day at most; null: none.")
    enabled: bool = strawberry.field(default=True, description="Carry the channel now (switches the other off).")


@strawberry.type
class MessageChannelConfigurePayload:
    errors: list[MessageChannelError]
    setting: ChannelSettingType | None = None


def _address(root: OutboxMessage) -> str:
    if root.channel == Channel.SMS:
        return mask_middle(root.address)
    return mask_middle(root.address, keep_start=4, keep_end=4)


@model_type(OutboxMessage, name="OutboxMessage", description="出站消息 One message to one person on one channel.")
class OutboxMessageType(relay.Node):
    channel: Channel
    kind: MessageKind = strawberry_django.field(field_name="template", description="What the message is about.")
    category: MessageCategory
    urgent: auto
    state: OutboxState
    attempts: auto
    text: auto
    provider: auto
    error_code: auto
    error_message: auto
    permanent_failure: auto
    created_at: auto
    available_at: auto
    sent_at: auto
    failed_at: auto

    @strawberry_django.field(only=["address", "channel"], description="The phone or openid, masked.")
    def address(self, root: OutboxMessage) -> str:
        return _address(root)

    @strawberry_django.field(only=["target_type", "target_id"], description="The ID of what it is about, if anything.")
    def target(self, root: OutboxMessage) -> relay.GlobalID | None:
        if not root.target_type or root.target_id is None:
            return None
        return relay.GlobalID(root.target_type, str(root.target_id))

    @classmethod
    def get_queryset(cls, queryset: QuerySet[OutboxMessage], info: Info, **kwargs: Any) -> QuerySet[OutboxMessage]:
        """The admin sees every message, a manager those about their communities, anyone else
        (``node`` included) none."""
        return visible_to(info.context.viewer, queryset)


@strawberry.input(description="The failed message to send again.")
class OutboxMessageRetryInput:
    id: relay.GlobalID = strawberry.field(description="The OutboxMessage.")


@strawberry.type
class OutboxMessageRetryPayload:
    errors: list[MessageChannelError]
    message: OutboxMessageType | None = None


@strawberry.type(name="MessagePreference", description="Whether you receive one category on one channel.")
class MessagePreferenceType:
    category: MessageCategory = strawberry.field(description="What the messages are about.")
    channel: Channel = strawberry.field(description="The channel.")
    enabled: bool = strawberry.field(description="True: you receive them there (the default).")


@strawberry.input(description="Receive (or not) one category of messages on one channel.")
class MessagePreferenceSetInput:
    category: MessageCategory = strawberry.field(description="What the messages are about.")
    channel: Channel = strawberry.field(description="The channel.")
    enabled: bool = strawberry.field(description="False: no longer by this channel (in-app always arrives).")


@strawberry.type
class MessagePreferenceSetPayload:
    errors: list[MessageChannelError]
    preferences: list[MessagePreferenceType] | None = None


def _preferences(user: Any) -> list[MessagePreferenceType]:
    return [
        MessagePreferenceType(category=MessageCategory(c), channel=Channel(ch), enabled=on)
        for c, ch, on in preferences_of(user=user)
    ]


@strawberry.type
class MessageChannelQueries:
    @strawberry.field(
        permission_classes=ADMIN,
        description="Each message provider: configured or not, enabled, last four characters of each credential, "
        "signature, templates, SMS budget and today's count. Admin only.",
    )
    def message_channels(self) -> list[ChannelSettingType]:
        return channel_settings()

    @strawberry_django.connection(
        CountedConnection[OutboxMessageType],
        permission_classes=OUTBOX,
        description="Messages sent outside the app, newest first (state FAILED: what needs a look): the admin "
        "sees all, a manager those about their communities.",
    )
    def outbox_messages(
        self,
        info: Info,
        state: Annotated[OutboxState | None, strawberry.argument(description="Only messages in this state.")] = None,
        channel: Annotated[Channel | None, strawberry.argument(description="Only this channel.")] = None,
        target: Annotated[
            relay.GlobalID | None,
            strawberry.argument(description="Only messages about this object (an Announcement, a Bill …)."),
        ] = None,
    ) -> QuerySet[OutboxMessage]:
        queryset = visible_to(info.context.viewer, OutboxMessage.objects.order_by("-created_at", "-id"))
        if state is not None:
            queryset = queryset.filter(state=state)
        if channel is not None:
            queryset = queryset.filter(channel=channel)
        if target is not None:
            node_id = int(target.node_id) if target.node_id.isdigit() else -1
            queryset = queryset.filter(target_type=target.type_name, target_id=node_id)
        return queryset

    @strawberry.field(
        permission_classes=[IsAuthenticated],
        description="Your choices: every category on every channel, and whether you receive it there.",
    )
    def my_message_preferences(self, info: Info) -> list[MessagePreferenceType]:
        return _preferences(info.context.viewer)


@strawberry.type
class MessageChannelMutations:
    @strawberry.mutation(
        permission_classes=ADMIN,
        description="Enter a message provider's credentials (stored encrypted, never shown again), its SMS "
        "signature, templates and SMS budget, or switch it on/off. Admin only.",
    )
    def message_channel_configure(
        self, info: Info, input: MessageChannelConfigureInput
    ) -> MessageChannelConfigurePayload:
        def change() -> ChannelSettingType:
            values = None
            if input.credentials is not None:
                by_camel = {camel: name for name, camel in _CAMEL.items()}
                values = {by_camel.get(c.field, c.field): c.value for c in input.credentials}
            account = channel_account_configure(
                provider=input.provider.value,
                values=values,
                sign_name=input.sign_name,
                templates={
                    t.kind.value: {"id": t.template_id, "fields": {f.key: f.param for f in t.fields}}
                    for t in input.templates
                },
                daily_budget=input.daily_budget,
                enabled=input.enabled,
                user=info.context.viewer,
            )
            return next(s for s in channel_settings() if s.provider == account.provider)

        return payload_of(MessageChannelConfigurePayload, MessageChannelError, "setting", change)

    @strawberry.mutation(
        permission_classes=OUTBOX,
        description="Send a failed message again (after fixing the number, the template or the account): the "
        "admin any, a manager those about their communities.",
    )
    def outbox_message_retry(self, info: Info, input: OutboxMessageRetryInput) -> OutboxMessageRetryPayload:
        message_id = pk_from_global_id(input.id, "OutboxMessage")
        authorize(info, Capability.MESSAGE_OUTBOX, OutboxMessage, message_id)
        return payload_of(
            OutboxMessageRetryPayload,
            MessageChannelError,
            "message",
            lambda: outbox_message_retry(message_id=message_id),
        )

    @strawberry.mutation(
        permission_classes=[IsAuthenticated],
        description="Receive (or stop receiving) one category of messages on one channel; in-app always arrives.",
    )
    def message_preference_set(self, info: Info, input: MessagePreferenceSetInput) -> MessagePreferenceSetPayload:
        user = info.context.viewer

        def change() -> list[MessagePreferenceType]:
            channel_preference_set(
                user=user, category=input.category.value, channel=input.channel.value, enabled=input.enabled
            )
            return _preferences(user)

        return payload_of(MessagePreferenceSetPayload, MessageChannelError, "preferences", change)
