from django.apps import AppConfig


class NoticesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "saas.notices"
    label = "notices"
    verbose_name = "公告 Announcements"

    def ready(self) -> None:
        from saas.notices import scoping

        scoping.register()
