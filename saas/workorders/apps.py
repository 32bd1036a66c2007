from django.apps import AppConfig


class WorkordersConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "saas.workorders"
    label = "workorders"
    verbose_name = "报修工单 Work orders"

    def ready(self) -> None:
        from saas.residents.privacy import register_anonymise_step, register_export_section
        from saas.workorders import privacy, scoping

        scoping.register()
        register_export_section("workOrders", privacy.work_orders_section)
        register_anonymise_step("workOrders", privacy.work_orders_anonymise)
