"""Request counters for tests: per route name, per status, and token requests per grant type."""
from __future__ import annotations

import threading
from typing import Any, Dict


class Stats:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.total = 0
            self.by_route: Dict[str, int] = {}
            self.by_status: Dict[str, int] = {}
            self.token_requests: Dict[str, int] = {}

    def request(self, route: str, status: int) -> None:
        with self._lock:
            self.total += 1
            self.by_route[route] = self.by_route.get(route, 0) + 1
            self.by_status[str(status)] = self.by_status.get(str(status), 0) + 1

    def token(self, grant: str) -> None:
        with self._lock:
            self.token_requests[grant] = self.token_requests.get(grant, 0) + 1

    def snapshot(self) -> Dict[str, Any]:
        with self._lock:
            return {"requests": self.total, "by_route": dict(self.by_route), "by_status": dict(self.by_status),
                    "token_requests": dict(self.token_requests)}
