"""The tenant schema, at /graphql on each company's host: everything a company does."""

from __future__ import annotations

import strawberry
from strawberry.tools import merge_types

from schema.accounts.mutations import AccountMutations, AccountQueries
from schema.core.limits import schema_config, schema_extensions
from schema.core.tenancy import TrialExpiredGuard

Query = merge_types("Query", (AccountQueries,))
Mutation = merge_types("Mutation", (AccountMutations,))

schema = strawberry.Schema(
    query=Query,
    mutation=Mutation,
    extensions=schema_extensions(TrialExpiredGuard),
    config=schema_config(),
)
