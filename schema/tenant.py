"""The tenant schema, at /graphql on each company's host: everything a company does."""

from __future__ import annotations

import strawberry
import strawberry_django
from strawberry import relay
from strawberry.tools import merge_types

from schema.accounts.mutations import AccountMutations, AccountQueries
from schema.billing.mutations import BillingMutations
from schema.billing.queries import BillingQueries
from schema.core.coded_errors import WuyeSchema
from schema.core.descriptions import describe_schema
from schema.core.limits import schema_config, schema_extensions
from schema.core.relay import NodeIdCheck, pin_node_id_attributes
from schema.core.tenancy import TrialExpiredGuard
from schema.core.websocket import SubscriptionsOnlyOverWebsocket
from schema.equipment.mutations import EquipmentMutations
from schema.equipment.queries import EquipmentQueries
from schema.estates.mutations import EstateMutations
from schema.estates.queries import EstateQueries
from schema.finance.mutations import FinanceMutations
from schema.finance.queries import FinanceQueries
from schema.finance.reports import ReportQueries
from schema.home.queries import HomeQueries
from schema.imports.mutations import ImportMutations
from schema.imports.queries import ImportQueries
from schema.notices.mutations import NoticeMutations
from schema.notices.queries import NoticeQueries
from schema.notifications.channels import MessageChannelMutations, MessageChannelQueries
from schema.notifications.mutations import NotificationMutations
from schema.notifications.queries import NotificationQueries
from schema.notifications.subscriptions import NotificationSubscriptions
from schema.notifications.wechat import WechatBindingMutations, WechatBindingQueries
from schema.parking.mutations import ParkingMutations
from schema.parking.queries import ParkingQueries
from schema.privacy.queries import PrivacyQueries
from schema.residents.mutations import ResidentMutations
from schema.residents.queries import ResidentQueries
from schema.staff.mutations import StaffMutations
from schema.staff.queries import StaffQueries
from schema.tenants.cors import CorsMutations, CorsQueries
from schema.workorders.mutations import WorkOrderMutations
from schema.workorders.queries import WorkOrderQueries
from schema.workorders.subscriptions import WorkOrderSubscriptions


@strawberry.type
class NodeQueries:
    node: relay.Node | None = strawberry_django.node(
        description="Any object by its global ID, if you may see it.", extensions=[NodeIdCheck()]
    )


Query = merge_types(
    "Query",
    (
        NodeQueries,
        AccountQueries,
        EstateQueries,
        ResidentQueries,
        PrivacyQueries,
        StaffQueries,
        WorkOrderQueries,
        NoticeQueries,
        HomeQueries,
        EquipmentQueries,
        NotificationQueries,
        MessageChannelQueries,
        WechatBindingQueries,
        FinanceQueries,
        ReportQueries,
        BillingQueries,
        CorsQueries,
        ParkingQueries,
        ImportQueries,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        AccountMutations,
        EstateMutations,
        ResidentMutations,
        StaffMutations,
        WorkOrderMutations,
        NoticeMutations,
        EquipmentMutations,
        NotificationMutations,
        MessageChannelMutations,
        WechatBindingMutations,
        FinanceMutations,
        BillingMutations,
        CorsMutations,
        ParkingMutations,
        ImportMutations,
    ),
)
# Over the websocket only (schema/core/websocket.py).
Subscription = merge_types("Subscription", (WorkOrderSubscriptions, NotificationSubscriptions))

schema = WuyeSchema(
    query=Query,
    mutation=Mutation,
    subscription=Subscription,
    extensions=schema_extensions(TrialExpiredGuard, SubscriptionsOnlyOverWebsocket),
    config=schema_config(),
)
pin_node_id_attributes()
describe_schema(
    schema,
    roots={
        "Query": "Everything one company (物业公司) reads on its own host; each list shows only what the "
        "viewer may see (staff by role and community, owners their own houses).",
        "Mutation": "Everything one company changes on its own host; a refusal comes back in the payload's "
        "`errors`, a missing permission as a top-level FORBIDDEN.",
        "Subscription": "Live updates, over the websocket at /graphql only (graphql-transport-ws).",
    },
)
