"""People who log in, and the API tokens they hold.

This app lives in the public schema (the vendor's staff) and in every tenant schema (the
company's staff and owners): a row exists in exactly one schema, so credentials from one
company are unknown on another company's host.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone


class User(AbstractUser):
    """账户 An account: vendor staff in public, staff or owners in a tenant schema."""

    display_name = models.CharField("姓名", max_length=64, blank=True)
    phone = models.CharField("手机号", max_length=11, blank=True, db_index=True)

    class Meta:
        verbose_name = "账户"
        verbose_name_plural = "账户"

    def __str__(self) -> str:
        return self.display_name or self.username


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def usable(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now(), user__is_active=True)


class ApiToken(models.Model):
    """API 令牌 An opaque bearer token; only its SHA-256 digest is stored."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = "API 令牌"
        verbose_name_plural = "API 令牌"

    def __str__(self) -> str:
        return f"token:{self.digest[:8]}…"


class StaffInvitationQuerySet(models.QuerySet["StaffInvitation"]):
    def outstanding(self) -> StaffInvitationQuerySet:
        """Neither used nor withdrawn (it may have expired: the admin then sends a new one)."""
        return self.filter(used_at__isnull=True, revoked_at__isnull=True)


class StaffInvitation(models.Model):
    """员工邀请 A one-time link texted to a new staff member to set their password.

    Only the SHA-256 digest of the link's code is stored. Sending a new invitation withdraws the
    previous one (``revoked_at``); activating uses it (``used_at``).
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_invitations")
    digest = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = StaffInvitationQuerySet.as_manager()

    class Meta:
        verbose_name = "员工邀请"
        verbose_name_plural = "员工邀请"
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"invitation:{self.digest[:8]}…"
