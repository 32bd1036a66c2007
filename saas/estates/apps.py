from django.apps import AppConfig


class EstatesConfig(AppConfig):
    name = "saas.estates"
    label = "estates"
    verbose_name = "房产 Estates"
