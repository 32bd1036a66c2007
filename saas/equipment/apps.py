from django.apps import AppConfig


class EquipmentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "saas.equipment"
    label = "equipment"
    verbose_name = "设备 Equipment"

    def ready(self) -> None:
        from saas.equipment import scoping
        from saas.equipment.services import faults
        from saas.workorders.hooks import register_order_ended

        scoping.register()
        register_order_ended(faults.fault_close_for_order)
