from django.apps import AppConfig


class ResidentsConfig(AppConfig):
    name = "saas.residents"
    label = "residents"
    verbose_name = "住户 Residents"
