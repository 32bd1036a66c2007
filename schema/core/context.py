"""``info.context`` of every HTTP GraphQL call: the request, and what resolvers ask of it — who is
calling (``viewer``), in which company (``company``), with which role and capabilities. Resolvers
annotate ``info: Info`` and read these instead of reaching into ``info.context.request``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeAlias

import strawberry
from strawberry.django.context import StrawberryDjangoContext

from permissions.roles import Capability, Role, capabilities_of, role_of
from saas.core.ratelimit import client_address

if TYPE_CHECKING:
    from saas.accounts.models import User
    from tenants.models import Company


@dataclass
class RequestContext(StrawberryDjangoContext):
    @property
    def viewer(self) -> User:
        """The caller's account; an anonymous caller's ``is_authenticated`` is False (permission
        classes refuse anonymous callers before a resolver that needs an account runs)."""
        user: Any = self.request.user
        return user  # type: ignore[no-any-return]

    @property
    def company(self) -> Company | None:
        """The company whose host was called; None on the public host."""
        return getattr(self.request, "tenant", None)

    @property
    def role(self) -> Role | None:
        return role_of(self.viewer)

    @cached_property
    def capabilities(self) -> frozenset[Capability]:
        return capabilities_of(self.viewer)

    @property
    def client_address(self) -> str:
        return client_address(self.request)


Info: TypeAlias = strawberry.Info[RequestContext, None]
