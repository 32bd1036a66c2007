"""What the three message emulators share: what they delivered, and failures injected on demand.

* ``fail_next(code, times)``: the next calls answer ``code`` (any address);
* ``refuse(address, code)``: every call for this address answers ``code`` (an invalid number,
  someone not following the account, no subscription left);
* ``transient_rate`` / ``permanent_rate``: random failures for load runs; a message picked for a
  permanent failure keeps failing permanently (chosen by its dedupe key), transient ones are drawn
  per call.

``deliveries`` counts what a phone or a WeChat user received, per dedupe key; ``after_permanent``
counts calls for a key that had already been refused for good (a retry that must never happen).
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Faults:
    transient_code: str
    permanent_code: str
    transient_rate: float = 0.0
    permanent_rate: float = 0.0
    rng: random.Random = field(default_factory=lambda: random.Random(15))
    queued: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    deliveries: Counter[str] = field(default_factory=Counter)
    calls: Counter[str] = field(default_factory=Counter)
    permanent_keys: set[str] = field(default_factory=set)
    after_permanent: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.transient_rate = self.permanent_rate = 0.0
            self.queued.clear()
            self.refused.clear()
            self.deliveries.clear()
            self.calls.clear()
            self.permanent_keys.clear()
            self.after_permanent = 0

    def fail_next(self, code: str, times: int = 1) -> None:
        with self.lock:
            self.queued.extend([code] * times)

    def refuse(self, address: str, code: str) -> None:
        with self.lock:
            self.refused[address] = code

    def _doomed(self, key: str) -> bool:
        digest = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
        return digest / 0xFFFFFFFF < self.permanent_rate

    def outcome(self, key: str, address: str) -> str | None:
        """The error code this call gets, or None: delivered (and counted)."""
        with self.lock:
            self.calls[key] += 1
            if key in self.permanent_keys:
                self.after_permanent += 1
            code: str | None = None
            if self.queued:
                code = self.queued.pop(0)
            elif address in self.refused:
                code = self.refused[address]
            elif self._doomed(key):
                code = self.permanent_code
            elif self.rng.random() < self.transient_rate:
                code = self.transient_code
            if code is None:
                self.deliveries[key] += 1
            elif code != self.transient_code and not code.startswith(("isp.", "InternalError", "-1")):
                self.permanent_keys.add(key)
            return code

    def delivered(self, key: str) -> bool:
        return self.deliveries[key] > 0
