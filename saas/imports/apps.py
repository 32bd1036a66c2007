from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "saas.imports"
    label = "imports"
    verbose_name = "数据导入 Imports"

    def ready(self) -> None:
        from saas.imports import scoping

        scoping.register()
