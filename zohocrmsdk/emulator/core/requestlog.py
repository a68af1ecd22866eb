"""The recent requests, for the console: a bounded ring buffer of what an app sent and what came back.

Admin and console traffic (everything under ``/__emulator__/``) is left out: the log shows the app under test,
not the tools watching it. Tokens never enter the log whole: the access token and token-like query values keep a
short prefix (enough to tell two tokens apart), client secrets nothing.
"""
from __future__ import annotations

import collections
import itertools
import threading
import time
from urllib.parse import quote
from typing import Any, Deque, Dict, List, Optional

from .admin import PREFIX
from .errors import ZohoError
from .state import Kind

CAPACITY = 200
_TOKEN_PARAMS = ("token", "access_token", "refresh_token", "code")
_SECRET_PARAMS = ("client_secret", "password")
_READABLE = "()[],:;*$@!/'"  # kept as they are in a shown query value


def mask(token: str) -> str:
    """``1000.3f2a…``: the prefix tells tokens apart, the rest stays out of sight."""
    return token[:9] + "…"


def _shown_query(query_all: Dict[str, List[str]]) -> str:
    pairs = []
    for name, values in query_all.items():
        lower = name.lower()
        for value in values:
            shown = ("…" if lower in _SECRET_PARAMS else mask(quote(value)) if lower in _TOKEN_PARAMS
                     else quote(value, safe=_READABLE))
            pairs.append(quote(name, safe=_READABLE) + "=" + shown)
    return "&".join(pairs)


class RequestLog:
    """The last `capacity` requests, oldest first; safe to use from the server's threads."""

    def __init__(self, capacity: int = CAPACITY) -> None:
        self.capacity = capacity
        self._lock = threading.Lock()
        self._entries: Deque[Dict[str, Any]] = collections.deque(maxlen=capacity)
        self._seq = itertools.count(1)
        self._users: Dict[str, Optional[str]] = {}  # access token -> its user's email (a small cache)

    def record(self, app: Any, req: Any, status: Optional[int], started: float) -> None:
        """One answered request (`status` None: the connection was dropped by a fault); `started` is
        its ``time.perf_counter()`` on arrival."""
        if req.path.startswith(PREFIX) or req.path + "/" == PREFIX:
            return
        elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
        scheme, _, token = (req.header("Authorization") or "").partition(" ")
        token = token.strip() if scheme == "Zoho-oauthtoken" else ""
        query = _shown_query(req.query_all)
        entry = {"time": time.time(), "method": req.method, "path": req.path + ("?" + query if query else ""),
                 "status": status, "ms": elapsed_ms, "user": self._user(app, token) if token else None,
                 "token": mask(token) if token else None}
        with self._lock:
            entry["seq"] = next(self._seq)
            self._entries.append(entry)

    def _user(self, app: Any, token: str) -> Optional[str]:
        if token not in self._users:
            if len(self._users) > 1000:
                self._users.clear()
            doc = app.state.get_doc(Kind.ACCESS, token)
            try:
                self._users[token] = app.users.get(doc["user_id"])["email"] if doc else None
            except (ZohoError, KeyError):  # a user removed since, or a token without one
                self._users[token] = None
        return self._users[token]

    def entries(self) -> List[Dict[str, Any]]:
        with self._lock:
            return [dict(e) for e in self._entries]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
