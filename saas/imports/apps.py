from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "saas.imports"
    label = "imports"
    verbose_name = "数据导入 Imports"

    def ready(self) -> None:
        from saas.imports import privacy, scoping
        from saas.residents.privacy import register_anonymise_step

        scoping.register()
        register_anonymise_step("imports", privacy.imports_anonymise)
