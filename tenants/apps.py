from django.apps import AppConfig


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = "租户 Tenants"

    def ready(self) -> None:
        from corsheaders.signals import check_request_enabled

        from saas.core import lookups
        from tenants.cors import cors_allow

        check_request_enabled.connect(cors_allow, dispatch_uid="tenants.cors")
        lookups.register()  # long __in lists as one array parameter
