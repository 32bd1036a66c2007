from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "billing"
    label = "billing"
    verbose_name = "支付 Payments"

    def ready(self) -> None:
        from django.db.models import Q

        from billing.models import PaymentOrder
        from permissions.roles import Capability
        from permissions.scoping import ScopeRule, occupied_houses, register_scope_rule

        # Staff with BILL_VIEW see the orders of their communities; owners the orders of the
        # houses they live in (whoever paid), like the bills themselves.
        register_scope_rule(
            PaymentOrder,
            ScopeRule(
                Capability.BILL_VIEW,
                lambda communities: Q(community_id__in=communities),
                lambda user: Q(house_id__in=occupied_houses(user).values("house_id")),
            ),
        )
