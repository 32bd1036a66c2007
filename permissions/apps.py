from django.apps import AppConfig


class PermissionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "permissions"
    verbose_name = "权限与隐私"

    def ready(self) -> None:
        from permissions.audit import access_log_export_section
        from saas.residents.privacy import register_export_section

        register_export_section("accessLog", access_log_export_section)
