"""The public schema, at /graphql on the base host: prospects and the vendor console."""

from __future__ import annotations

from strawberry.tools import merge_types

from schema.accounts.mutations import AccountMutations, AccountQueries
from schema.billing.public import PlatformBillingMutations, PlatformBillingQueries
from schema.core.coded_errors import WuyeSchema
from schema.core.descriptions import describe_schema
from schema.core.limits import schema_config, schema_extensions
from schema.core.relay import pin_node_id_attributes
from schema.tenants.mutations.console import ConsoleMutations
from schema.tenants.mutations.signup import SignupMutations
from schema.tenants.queries import ConsoleQueries, PublicQueries

Query = merge_types("Query", (PublicQueries, ConsoleQueries, AccountQueries, PlatformBillingQueries))
Mutation = merge_types("Mutation", (SignupMutations, ConsoleMutations, AccountMutations, PlatformBillingMutations))

schema = WuyeSchema(
    query=Query,
    mutation=Mutation,
    extensions=schema_extensions(),
    config=schema_config(),
)
pin_node_id_attributes()
describe_schema(
    schema,
    roots={
        "Query": "What the public host answers: plans and signup checks for anyone; companies, demo bookings "
        "and payment gateways for the vendor's console (平台运营) staff.",
        "Mutation": "Signing up for a trial, booking a demo, logging in; the vendor's console manages "
        "companies (租户), demo bookings and its own payment gateways.",
    },
)
