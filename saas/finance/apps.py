from django.apps import AppConfig


class FinanceConfig(AppConfig):
    name = "saas.finance"
    label = "finance"
    verbose_name = "收费 Finance"

    def ready(self) -> None:
        from django.db.models import Q

        from permissions.roles import Capability
        from permissions.scoping import ScopeRule, occupied_houses, register_scope_rule
        from saas.estates.selectors import register_house_bills_check
        from saas.finance.models import Bill, BillLine, FeeItem, MeterReading, Payment, Waiver

        def houses_of(user: object) -> Q:
            return Q(house_id__in=occupied_houses(user).values("house_id"))

        def in_communities(communities: object) -> Q:
            return Q(community_id__in=communities)

        register_scope_rule(Bill, ScopeRule(Capability.BILL_VIEW, in_communities, houses_of))
        register_scope_rule(Payment, ScopeRule(Capability.BILL_VIEW, in_communities, houses_of))
        register_scope_rule(
            BillLine,
            ScopeRule(
                Capability.BILL_VIEW,
                lambda communities: Q(bill__community_id__in=communities),
                lambda user: Q(bill__house_id__in=occupied_houses(user).values("house_id")),
            ),
        )
        register_scope_rule(
            MeterReading,
            ScopeRule(
                Capability.METER_READING_RECORD,
                lambda communities: Q(house__community_id__in=communities),
                houses_of,
            ),
        )
        register_scope_rule(
            Waiver, ScopeRule(Capability.BILL_VIEW, lambda communities: Q(bill__community_id__in=communities), None)
        )
        # A fee item is seen by staff who set up fees in one of its communities; owners see the
        # items on their bills through the bill lines.
        register_scope_rule(
            FeeItem,
            ScopeRule(Capability.BILL_VIEW, lambda communities: Q(communities__in=communities), None),
        )
        register_house_bills_check(lambda house_id: Bill.objects.filter(house_id=house_id).exists())
