from django.contrib import admin
from django.urls import path

from schema.core.views import WuyeGraphQLView
from schema.public import schema

admin.site.site_header = "物业云 Wuye · 平台管理"
admin.site.site_title = "Wuye"

urlpatterns = [
    path("graphql", WuyeGraphQLView.as_view(schema=schema)),
    path("admin/", admin.site.urls),
]
