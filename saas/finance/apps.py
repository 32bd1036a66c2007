from django.apps import AppConfig


class FinanceConfig(AppConfig):
    name = "saas.finance"
    label = "finance"
    verbose_name = "收费 Finance"

    def ready(self) -> None:
        from django.db.models import Q

        from permissions.roles import Capability
        from permissions.scoping import ScopeRule, own_since_move_in, register_scope_rule
        from saas.estates.selectors import register_house_bills_check
        from saas.finance.models import Bill, BillLine, FeeItem, MeterReading, Payment, Waiver

        def in_communities(communities: object) -> Q:
            return Q(community_id__in=communities)

        # Owners see a house's money from their own move-in on: bills and readings for periods
        # from its month, payments received from its day (never the previous owner's history).
        def periods_of(user: object) -> Q:
            return own_since_move_in(user, house="house_id", dated="period", by_month=True)

        register_scope_rule(Bill, ScopeRule(Capability.BILL_VIEW, in_communities, periods_of))
        register_scope_rule(
            Payment,
            ScopeRule(
                Capability.BILL_VIEW,
                in_communities,
                lambda user: own_since_move_in(user, house="house_id", dated="received_at"),
            ),
        )
        register_scope_rule(
            BillLine,
            ScopeRule(
                Capability.BILL_VIEW,
                lambda communities: Q(bill__community_id__in=communities),
                lambda user: own_since_move_in(user, house="bill__house_id", dated="bill__period", by_month=True),
            ),
        )
        register_scope_rule(
            MeterReading,
            ScopeRule(
                Capability.METER_READING_RECORD,
                lambda communities: Q(house__community_id__in=communities),
                periods_of,
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
