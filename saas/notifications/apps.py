from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "saas.notifications"
    label = "notifications"
    verbose_name = "消息通知 Notifications"

    def ready(self) -> None:
        from saas.notifications import scoping

        scoping.register()
