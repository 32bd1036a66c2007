"""The matrix for messages outside the app: channel settings (admin only), the outbox (the admin;
managers the messages about their communities), and each account's own channel preferences."""

from __future__ import annotations

from django_tenants.utils import tenant_context

from saas.notifications.models import Channel, MessageCategory, OutboxMessage, OutboxState
from tests.authz.matrix import FORBIDDEN, OK, PUBLIC, Operation, outcomes, own_account, staff_list
from tests.authz.world import World, gid
from tests.notifications.events import console_sms

ADMIN_ONLY = {"with_role": "admin", "without_role": "manager"}
OUTBOX = {"with_role": "manager", "without_role": "service"}
ANY_ACCOUNT = outcomes(**dict.fromkeys(("owner", "other_owner", "elsewhere", "without", "with_", "admin"), PUBLIC))


def _failed(w: World) -> dict[str, str]:
    """A failed SMS to the owner about community X, with the console provider enabled (made once per
    world)."""
    if "messages" not in w.extra:
        with tenant_context(w.company):
            console_sms()
            message = OutboxMessage.objects.create(
                dedupe_key="n0.matrix:s",
                channel=Channel.SMS,
                template="notice",
                category=MessageCategory.NOTICE,
                user=w.owner,
                community_id=w.community_x.pk,
                address="13900000000",
                params={"community": "京华园", "title": "停水"},
                text="【京华园】新公告：停水",
                state=OutboxState.FAILED,
                error_code="isv.MOBILE_NUMBER_ILLEGAL",
                permanent_failure=True,
            )
        w.extra["messages"] = {"failed": gid("OutboxMessage", message.pk)}
    return dict(w.extra["messages"])


READS = [
    Operation(
        "messageChannels",
        "{ messageChannels { provider configured enabled } }",
        lambda w: {},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "outboxMessages",
        "{ outboxMessages(state: FAILED) { edges { node { id errorCode } } } }",
        lambda w: (_failed(w), {})[1],
        staff_list(),
        **OUTBOX,
        marker=lambda w: "isv.MOBILE_NUMBER_ILLEGAL",
    ),
    Operation("myWechatBindings", "{ myWechatBindings { channel available bound } }", lambda w: {}, own_account()),
    Operation(
        "myMessagePreferences",
        "{ myMessagePreferences { category channel enabled } }",
        lambda w: {},
        own_account(),
    ),
]

CHANGES = [
    Operation(
        "messageChannelConfigure",
        "mutation { messageChannelConfigure(input: {provider: CONSOLE_SMS, credentials: []}) { errors { code } } }",
        lambda w: {},
        outcomes(),
        **ADMIN_ONLY,
    ),
    Operation(
        "outboxMessageRetry",
        "mutation($id: ID!) { outboxMessageRetry(input: {id: $id}) { errors { code } message { state } } }",
        lambda w: {"id": _failed(w)["failed"]},
        outcomes(),
        **OUTBOX,
    ),
    Operation(
        "messagePreferenceSet",
        "mutation { messagePreferenceSet(input: {category: BILLING, channel: SMS, enabled: false}) "
        "{ errors { code } preferences { enabled } } }",
        lambda w: {},
        own_account(),
    ),
    # Anyone logged in binds their own account; the world has no WeChat channel switched on, so
    # the payload refuses (WECHAT_NOT_CONFIGURED / NOT_BOUND). tests/notifications binds for real.
    Operation(
        "wechatBind",
        'mutation { wechatBind(input: {channel: WECHAT_SUBSCRIBE, code: "081abcDEF"}) { errors { code } } }',
        lambda w: {},
        ANY_ACCOUNT,
    ),
    Operation(
        "wechatUnbind",
        "mutation { wechatUnbind(input: {channel: WECHAT_TEMPLATE}) { errors { code } } }",
        lambda w: {},
        ANY_ACCOUNT,
    ),
]

OPERATIONS = [*READS, *CHANGES]
__all__ = ["FORBIDDEN", "OK", "OPERATIONS"]
