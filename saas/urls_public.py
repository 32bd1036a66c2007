from django.contrib import admin
from django.urls import path

from billing.views import platform_notify, sandbox_page, tenant_notify
from schema.core.views import WuyeGraphQLView
from schema.public import schema

admin.site.site_header = "物业云 Wuye · 平台管理"
admin.site.site_title = "Wuye"

urlpatterns = [
    path("graphql", WuyeGraphQLView.as_view(schema=schema)),
    path("admin/", admin.site.urls),
    # Payment notifications: a company's (schema in the path) and the vendor's own subscriptions.
    path("payments/notify/<str:provider>/<str:schema>/", tenant_notify, name="payments-notify-tenant"),
    path("payments/notify/<str:provider>/", platform_notify, name="payments-notify-platform"),
    path("payments/sandbox/<str:out_trade_no>", sandbox_page, name="payments-sandbox-platform"),
]

# A database out of connections (or away) answers 503 + Retry-After, not 500.
handler500 = "saas.server.server_error"
