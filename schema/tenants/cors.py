"""The company host's allowed browser origins (CORS), set by its admin (tenants/cors.py)."""

from __future__ import annotations

import strawberry

from permissions.roles import Capability
from schema.core.errors import payload_of
from schema.core.permissions import HasCapability
from schema.tenants.errors import CorsError
from tenants.cors import company_origins_set
from tenants.models import Company


@strawberry.input(description="The complete list of origins allowed to call this company's /graphql from a browser.")
class CorsOriginsSetInput:
    origins: list[str] = strawberry.field(
        description="Each `http(s)://host[:port]` (no path, no wildcard), e.g. `https://app.jinghua-wuye.cn`; "
        "at most 20. An empty list allows none."
    )


@strawberry.type(description="The result of corsOriginsSet.")
class CorsOriginsSetPayload:
    errors: list[CorsError] = strawberry.field(description="Why nothing changed; empty on success.")
    origins: list[str] | None = strawberry.field(default=None, description="The origins now allowed, normalised.")


def _company(info: strawberry.Info) -> Company:
    return Company.objects.get(pk=info.context.request.tenant.pk)


@strawberry.type
class CorsQueries:
    @strawberry.field(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="Browser origins (your owner and staff apps) allowed to call this company's /graphql (admins).",
    )
    def cors_origins(self, info: strawberry.Info) -> list[str]:
        return list(_company(info).cors_origins)


@strawberry.type
class CorsMutations:
    @strawberry.mutation(
        permission_classes=[HasCapability(Capability.COMPANY_SETTINGS)],
        description="Replace the browser origins allowed to call this company's /graphql (admins). Apps send "
        "`Authorization: Bearer <token>`; cookies never cross origins. In force from the next request.",
    )
    def cors_origins_set(self, info: strawberry.Info, input: CorsOriginsSetInput) -> CorsOriginsSetPayload:
        return payload_of(
            CorsOriginsSetPayload,
            CorsError,
            "origins",
            lambda: company_origins_set(company=_company(info), origins=input.origins),
        )
