from django.apps import AppConfig


class EstatesConfig(AppConfig):
    name = "saas.estates"
    label = "estates"
    verbose_name = "房产 Estates"

    def ready(self) -> None:
        from saas.estates import scoping

        scoping.register()
