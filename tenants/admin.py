from django.contrib import admin

from tenants.models import Company, DemoBooking, Domain, Plan


class DomainInline(admin.TabularInline):
    model = Domain
    extra = 0


@admin.register(Company)
class CompanyAdmin(admin.ModelAdmin):
    list_display = ("name", "primary_domain", "status", "plan", "trial_ends_at", "suspended_at", "created_at")
    list_filter = ("status", "plan", "city")
    search_fields = ("name", "contact_name", "contact_phone", "domains__domain")
    readonly_fields = ("schema_name", "created_at", "activated_at")
    inlines = [DomainInline]

    def get_queryset(self, request):  # type: ignore[no-untyped-def]
        return Company.objects.customers().prefetch_related("domains")

    @admin.display(description="域名")
    def primary_domain(self, obj: Company) -> str:
        return next((d.domain for d in obj.domains.all() if d.is_primary), "")

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False  # companies are created by tenant_provision only (signup, console, seed)

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(Plan)
class PlanAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "monthly_price_fen", "max_houses", "is_public", "sort_order")


@admin.register(DemoBooking)
class DemoBookingAdmin(admin.ModelAdmin):
    list_display = ("company_name", "contact_name", "phone", "city", "preferred_time", "status", "scheduled_at")
    list_filter = ("status", "city")
    search_fields = ("company_name", "contact_name", "phone", "email")
