from django.apps import AppConfig


class ParkingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "saas.parking"
    label = "parking"
    verbose_name = "停车 Parking"

    def ready(self) -> None:
        from billing.models import OrderPurpose
        from billing.services.settlement import settler_register
        from saas.parking import scoping
        from saas.parking.services.payments import parking_order_settle

        scoping.register()
        settler_register(OrderPurpose.PARKING, parking_order_settle)
