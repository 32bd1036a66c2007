"""What other domains hear when a work order ends, without work orders knowing them.

A domain that opens work orders for its own rows (equipment faults) registers a callback from its
AppConfig.ready; ``finish`` calls every callback, inside the order's transaction, when the order
reaches an end state (closed, rated or cancelled).
"""

from __future__ import annotations

from collections.abc import Callable

from saas.workorders.models import State, WorkOrder

ENDED = frozenset({State.CLOSED, State.RATED, State.CANCELLED})

_ON_ENDED: list[Callable[[WorkOrder], None]] = []


def register_order_ended(callback: Callable[[WorkOrder], None]) -> None:
    if callback not in _ON_ENDED:
        _ON_ENDED.append(callback)


def order_ended(order: WorkOrder) -> None:
    """Tell the registered domains that ``order`` has ended (no-op for any other state)."""
    if order.state in ENDED:
        for callback in _ON_ENDED:
            callback(order)
