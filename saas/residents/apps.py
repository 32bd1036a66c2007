from django.apps import AppConfig


class ResidentsConfig(AppConfig):
    name = "saas.residents"
    label = "residents"
    verbose_name = "住户 Residents"

    def ready(self) -> None:
        # The permission layer sits below the domains, so the access log joins the export from here.
        from permissions.audit import access_log_export_section
        from saas.residents import scoping
        from saas.residents.privacy import register_export_section

        scoping.register()
        register_export_section("accessLog", access_log_export_section)
