from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = "租户 Tenants"

    def ready(self) -> None:
        from corsheaders.signals import check_request_enabled

        from tenants.cors import cors_allow

        check_request_enabled.connect(cors_allow, dispatch_uid="tenants.cors")
