from django.urls import path

from billing.views import sandbox_page
from saas.accounts.views import staff_activate_page
from saas.equipment.views import maintenance_photo_file, maintenance_photo_jpeg
from saas.workorders.views import photo_file, photo_jpeg
from schema.core.views import WuyeGraphQLView
from schema.finance.views import report_download
from schema.imports.views import import_error_file
from schema.notices.views import unreached_download
from schema.tenant import schema

urlpatterns = [
    path("graphql", WuyeGraphQLView.as_view(schema=schema)),
    path("finance/reports/<str:name>.xlsx", report_download, name="finance-report-download"),
    path("imports/jobs/<int:job_id>/errors.xlsx", import_error_file, name="import-error-file"),
    path(
        "notices/announcements/<int:announcement_id>/unreached.xlsx",
        unreached_download,
        name="announcement-unreached-download",
    ),
    path("staff/activate", staff_activate_page, name="staff-activate"),
    path("workorders/photos/<int:photo_id>", photo_file, name="work-order-photo"),
    path("workorders/photos/<int:photo_id>/jpeg", photo_jpeg, name="work-order-photo-jpeg"),
    path("equipment/maintenance-photos/<int:photo_id>", maintenance_photo_file, name="maintenance-photo"),
    path("equipment/maintenance-photos/<int:photo_id>/jpeg", maintenance_photo_jpeg, name="maintenance-photo-jpeg"),
    path("payments/sandbox/<str:out_trade_no>", sandbox_page, name="payments-sandbox"),
]

# A database out of connections (or away) answers 503 + Retry-After, not 500.
handler500 = "saas.server.server_error"
