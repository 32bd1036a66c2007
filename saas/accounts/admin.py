from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from saas.accounts.models import User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ("username", "display_name", "email", "phone", "is_staff", "is_active")
    fieldsets = (*DjangoUserAdmin.fieldsets, ("Wuye", {"fields": ("display_name", "phone")}))  # type: ignore[misc]
