from django.urls import path

from schema.core.views import WuyeGraphQLView
from schema.tenant import schema

urlpatterns = [
    path("graphql", WuyeGraphQLView.as_view(schema=schema)),
]
