from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "billing"
    label = "billing"
    verbose_name = "支付 Payments"

    def ready(self) -> None:
        from billing import scoping

        scoping.register()
