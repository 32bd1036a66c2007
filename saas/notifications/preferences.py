"""Each account's choices: per category and channel, receive or not (no row: receive)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from saas.notifications.models import Channel, ChannelPreference, MessageCategory


def preferences_of(*, user: Any) -> list[tuple[str, str, bool]]:
    """(category, channel, enabled) for every pair, in a fixed order."""
    refused = set(ChannelPreference.objects.filter(user_id=user.pk, enabled=False).values_list("category", "channel"))
    return [(c, ch, (c, ch) not in refused) for c in MessageCategory.values for ch in Channel.values]


@transaction.atomic
def channel_preference_set(*, user: Any, category: str, channel: str, enabled: bool) -> ChannelPreference:
    preference, _ = ChannelPreference.objects.update_or_create(
        user_id=user.pk,
        category=MessageCategory(category),
        channel=Channel(channel),
        defaults={"enabled": enabled, "updated_at": timezone.now()},
    )
    return preference
