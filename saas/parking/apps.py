from django.apps import AppConfig


class ParkingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "saas.parking"
    label = "parking"
    verbose_name = "停车 Parking"

    def ready(self) -> None:
        from saas.parking import scoping

        scoping.register()
