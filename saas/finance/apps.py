from django.apps import AppConfig


class FinanceConfig(AppConfig):
    name = "saas.finance"
    label = "finance"
    verbose_name = "收费 Finance"

    def ready(self) -> None:
        from saas.estates.selectors import register_house_bills_check
        from saas.finance import scoping
        from saas.finance.models import Bill

        scoping.register()
        register_house_bills_check(lambda house_id: Bill.objects.filter(house_id=house_id).exists())
