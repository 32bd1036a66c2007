"""What the Redis channel layer (channels_redis's Pub/Sub one) holds, read by tests and benchmarks."""

from __future__ import annotations

from typing import Any

from channels_redis.pubsub import RedisPubSubChannelLayer


async def group_subscribers(layer: Any, group: str) -> int | None:
    """How many connections listen to ``group`` in Redis: one per process that has channels in it,
    whatever their number. None for a layer that is not in Redis (in memory)."""
    if not isinstance(layer, RedisPubSubChannelLayer):
        return None
    in_loop = layer._get_layer()
    name = in_loop._get_group_channel_name(group)
    shard = in_loop._get_shard(name)
    shard._ensure_redis()
    counts = dict(await shard._redis.pubsub_numsub(name))
    return int(counts.get(name.encode(), counts.get(name, 0)))
