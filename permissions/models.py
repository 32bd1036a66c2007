"""Where staff work (guardian object permissions on Community, direct foreign keys) and the record
of every look at residents' personal information."""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from saas.estates.models import Community
from saas.residents.models import Resident


class CommunityUserObjectPermission(UserObjectPermissionBase):
    """A permission of one account on one community (direct FK: guardian's fast path)."""

    content_object = models.ForeignKey(Community, on_delete=models.CASCADE)

    class Meta(UserObjectPermissionBase.Meta):
        pass


class CommunityGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey(Community, on_delete=models.CASCADE)

    class Meta(GroupObjectPermissionBase.Meta):
        pass


class PiiAction(models.TextChoices):
    REVEAL = "reveal", "查看完整信息"
    EXPORT = "export", "导出个人信息"
    ANONYMISE = "anonymise", "匿名化"


class PiiAccessLog(models.Model):
    """个人信息访问记录 Who looked at whose personal information, which fields, why, when, from where.

    Append-only: a trigger refuses UPDATE and DELETE, and no API writes anything but new rows. The
    resident is a bare id column (no foreign-key constraint) so that the record outlives the row.
    """

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    actor_name = models.CharField("操作人", max_length=150)
    # A relation without a database constraint: the entry keeps the bare id after the resident row
    # is gone (the API's ``resident`` is then null, ``residentId`` stays).
    resident = models.ForeignKey(
        Resident, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", verbose_name="住户"
    )
    action = models.CharField("操作", max_length=16, choices=PiiAction.choices)
    fields = ArrayField(models.CharField(max_length=40), verbose_name="字段")
    reason = models.CharField("事由", max_length=200)
    client_address = models.GenericIPAddressField("来源地址", null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "个人信息访问记录"
        verbose_name_plural = "个人信息访问记录"
        indexes = [models.Index(fields=["actor", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.actor_name} {self.action} #{self.resident_id}"
