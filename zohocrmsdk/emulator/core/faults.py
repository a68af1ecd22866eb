"""Fault injection: per path pattern and method, with an optional count of hits.

Kinds: ``latency`` (sleep `delay` seconds, then serve normally), ``429`` (TOO_MANY_REQUESTS
with Retry-After), any 5xx status (Zoho INTERNAL_ERROR-style body), ``drop`` (close the
connection without a response) and ``expire_tokens`` (expire every access token, then serve).
"""
from __future__ import annotations

import fnmatch
import itertools
import math
import threading
from typing import Any, Dict, List, Optional

from . import errors


KINDS = ("latency", "429", "drop", "expire_tokens")  # plus any status 500-599 given as digits
MAX_DELAY = 300.0  # seconds; longer is a typo, and would pin a server thread for it
MAX_RETRY_AFTER = 86400


class DropConnection(Exception):
    """Raised by the app so the server closes the socket without answering."""


class Fault:
    _ids = itertools.count(1)

    def __init__(self, kind: str, path: str = "*", method: str = "*", count: Optional[int] = None,
                 delay: float = 0.0, retry_after: int = 1) -> None:
        kind = str(kind).lower()
        if kind not in KINDS and not (kind.isdigit() and 500 <= int(kind) <= 599):
            raise ValueError(f"unknown fault kind {kind!r}: use one of {', '.join(KINDS)}, or an HTTP status 500-599 "
                             "such as '503'")
        self.kind, self.path, self.method = kind, str(path), str(method).upper()
        self.remaining = _number("count", count, int, 1, None) if count is not None else None
        self.delay = _number("delay", delay, float, 0, MAX_DELAY)
        self.retry_after = _number("retry_after", retry_after, int, 0, MAX_RETRY_AFTER)
        self.id = next(self._ids)
        self.hits = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method not in ("*", method):
            return False
        # glob by default ("/crm/v6/Leads*"); a leading "re:" means a regular expression
        if self.path.startswith("re:"):
            import re
            return re.search(self.path[3:], path) is not None
        return fnmatch.fnmatchcase(path, self.path)

    def describe(self) -> Dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "path": self.path, "method": self.method,
                "remaining": self.remaining, "delay": self.delay, "retry_after": self.retry_after,
                "hits": self.hits}


def _number(name: str, value: Any, kind: type, low: float, high: Optional[float]) -> Any:
    """A finite number within [low, high] (JSON lets NaN and Infinity through), else ValueError."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError(f"{name} must be a number")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"{name} must be a number") from None
    if not math.isfinite(number) or number < low or (high is not None and number > high):
        limit = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
        raise ValueError(f"{name} must be a finite number {limit}, not {value!r}")
    if kind is int and number != int(number):
        raise ValueError(f"{name} must be a whole number, not {value!r}")
    return kind(number)


class Faults:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rules: List[Fault] = []

    def add(self, kind: str, path: str = "*", method: str = "*", count: Optional[int] = None,
            delay: float = 0.0, retry_after: int = 1) -> Fault:
        fault = Fault(kind, path, method, count, delay, retry_after)
        with self._lock:
            self._rules.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._rules.clear()

    def list(self) -> List[Dict[str, Any]]:
        with self._lock:
            return [f.describe() for f in self._rules]

    def take(self, method: str, path: str) -> List[Fault]:
        """Consume and return the rules that fire for this request."""
        fired = []
        with self._lock:
            for fault in list(self._rules):
                if fault.matches(method, path):
                    fault.hits += 1
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            self._rules.remove(fault)
                    fired.append(fault)
        return fired


def apply(app: Any, fired: List[Fault]) -> None:
    """Run side effects in order; raise to replace the response."""
    for fault in fired:
        if fault.kind == "latency":
            app.sleep(fault.delay)
        elif fault.kind == "expire_tokens":
            app.accounts.expire_all()
        elif fault.kind == "drop":
            raise DropConnection()
        elif fault.kind == "429":
            raise errors.too_many_requests(fault.retry_after)
        else:
            raise errors.server_fault(int(fault.kind), fault.retry_after)
