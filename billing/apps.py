from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "billing"
    label = "billing"
    verbose_name = "支付 Payments"

    def ready(self) -> None:
        from django.db.models import Q

        from billing.models import PaymentOrder
        from permissions.roles import Capability
        from permissions.scoping import ScopeRule, own_since_move_in, register_scope_rule

        # Staff with BILL_VIEW see the orders of their communities; owners the orders of the
        # houses they live in (whoever paid) made since their move-in, like the bills themselves.
        register_scope_rule(
            PaymentOrder,
            ScopeRule(
                Capability.BILL_VIEW,
                lambda communities: Q(community_id__in=communities),
                lambda user: own_since_move_in(user, house="house_id", dated="created_at"),
            ),
        )
