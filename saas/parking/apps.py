from django.apps import AppConfig


class ParkingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "saas.parking"
    label = "parking"
    verbose_name = "停车 Parking"

    def ready(self) -> None:
        from billing.models import OrderPurpose
        from billing.services.settlement import settler_register
        from saas.parking import privacy, scoping
        from saas.parking.services.payments import parking_order_settle
        from saas.residents.privacy import register_anonymise_step, register_export_section

        scoping.register()
        settler_register(OrderPurpose.PARKING, parking_order_settle)
        register_export_section("parking", privacy.parking_section)
        register_anonymise_step("parking", privacy.parking_anonymise)
