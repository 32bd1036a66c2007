from django.urls import path

from saas.workorders.views import photo_file
from schema.core.views import WuyeGraphQLView
from schema.tenant import schema

urlpatterns = [
    path("graphql", WuyeGraphQLView.as_view(schema=schema)),
    path("workorders/photos/<int:photo_id>", photo_file, name="work-order-photo"),
]
