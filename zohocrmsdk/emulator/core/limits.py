"""Zoho CRM's API limits: the rolling credit window, per-call costs, concurrency and sub-concurrency.

All on by default so that "passes offline" means "passes live"; each limit has a switch (`SWITCHES`).
The edition and licence count come from the org's ``license_details`` unless configured. Every
window reads the app's clock (`EmulatorApp.now`), so the admin API's ``advance`` moves them.

Sources: https://www.zoho.com/crm/developer/docs/api/v6/api-limits.html (and its v2/v4/v5 copies),
help.zoho.com Kaizen #93 (rolling window, concurrency) and #203 (per-edition concurrency, the
sub-concurrency pool). Where copies conflict the strictest value is taken and the conflict named.
"""
from __future__ import annotations

import collections
import json
import math
import re
import threading
from typing import Any, Dict, List, NamedTuple, Optional, Tuple

from . import errors
from .wire import Request

WINDOW = 24 * 3600.0  # credits are given back 24 h after they were spent (a rolling window)
# heavy calls' own pool: 10 on every edition per the current pages (Kaizen #203); an older announcement
# gave 3-8 per API and edition for a few calls. That figure is not on any API page and was replaced, so
# the current 10 is kept rather than the stricter retired one.
SUB_CONCURRENCY = 10


class Edition(NamedTuple):
    concurrency: int
    per_licence: int  # credits per user licence on top of the 50,000 base
    maximum: Optional[int]  # None: unlimited


# Maxima conflict across copies of the page: Professional 500,000 (v2) / 1,000,000 / 3,000,000 (v4+),
# Enterprise 1,000,000 / 2,000,000 / 5,000,000; the strictest is kept. Older pages used a 5,000-15,000
# base instead of 50,000; the current pages' 50,000 is kept (the older text describes retired plans).
EDITIONS: Dict[str, Edition] = {
    "free": Edition(5, 0, 5000),
    "standard": Edition(10, 250, 100_000),
    "starter": Edition(10, 250, 100_000),
    "professional": Edition(15, 500, 500_000),
    "enterprise": Edition(20, 1000, 1_000_000),
    "zohoone": Edition(20, 1000, 1_000_000),
    "ultimate": Edition(25, 2000, None),
    "crmplus": Edition(25, 2000, None),
}

# the limits a test or a user may turn off one by one (`EmulatorApp(limits={...})`, ``--limit-off``)
SWITCHES = ("credits", "concurrency", "sub_concurrency", "token_throttle", "active_tokens", "code_throttle",
            "refresh_tokens", "scopes", "coql_reach", "downloads")


def edition_allowance(edition: str, licences: int) -> Optional[int]:
    """Credits per rolling 24 hours: 5,000 on Free, else 50,000 + licences x the edition's rate, capped."""
    spec = EDITIONS[edition]
    if edition == "free":
        return spec.maximum
    total = 50_000 + licences * spec.per_licence
    return total if spec.maximum is None else min(total, spec.maximum)


# -- per-call cost (api-limits page, "credit deduction" table) -------------------------------------
def _per(n: int, size: int) -> int:
    return max(1, math.ceil(n / size))


def _peek(req: Request) -> Any:
    """The JSON body, or None; read aside so that the service still sees (and reports) a bad one."""
    if not req.body or req.body[:1] not in (b"{", b"["):
        return None
    try:
        return json.loads(req.body)
    except (ValueError, RecursionError):  # a bad or absurdly deep body is the service's to report
        return None


def _items(req: Request) -> int:
    body = _peek(req)
    data = body.get("data") if isinstance(body, dict) else None
    return len(data) if isinstance(data, list) else 1


def _ids(req: Request) -> int:
    ids = req.query.get("ids")
    return len([i for i in ids.split(",") if i]) if ids else 1


_LIMIT = re.compile(r"\blimit\s+(\d+)(?:\s*,\s*(\d+))?", re.IGNORECASE)


def _coql_cost(req: Request) -> int:
    """COQL by LIMIT (COQL-Overview page): up to 200 rows 1 credit, up to 1,000 2, up to 2,000 3."""
    body = _peek(req)
    query = body.get("select_query") if isinstance(body, dict) else None
    found = _LIMIT.search(query) if isinstance(query, str) else None
    limit = int(found.group(2) or found.group(1)) if found else 200
    return 1 if limit <= 200 else 2 if limit <= 1000 else 3


def cost(service: str, action: str, req: Request) -> int:
    """Credits one call spends: 1 unless the table names the call."""
    if service == "convert":
        return 5
    if service == "records":
        if action in ("create", "update", "upsert"):
            return _per(_items(req), 10)  # 1 credit per 10 records (at most 100 per call)
        if action == "deleted":
            return 2
        if action == "list" and req.query.get("cvid"):
            return 3
    if service == "tags" and action in ("add_to_records", "remove_from_records"):
        return _per(_ids(req), 50)  # 1 credit per 50 records
    if service == "coql":
        return _coql_cost(req)
    if service == "bulk" and action == "create_read":
        return 50
    if service == "bulk" and action == "create_write":
        return 500
    return 1


def heavy(service: str, action: str, req: Request) -> bool:
    """Calls of the sub-concurrency pool: records with cvid or sort_by, lead conversion, writes of
    more than 10 records, COQL."""
    if service in ("convert", "coql"):
        return True
    if service == "records":
        if action == "list":
            return bool(req.query.get("cvid") or req.query.get("sort_by"))
        if action in ("create", "update", "upsert"):
            return _items(req) > 10
    return False


class Admission(NamedTuple):
    who: Tuple[str, str]
    heavy: bool
    headers: List[Tuple[str, str]]


class Limits:
    """The counters; thread-safe. `acquire`/`release` bracket one authenticated call."""

    def __init__(self, app: Any, enabled: Any = True, edition: Optional[str] = None,
                 licences: Optional[int] = None) -> None:
        self.app = app
        self._lock = threading.Lock()
        self.on: Dict[str, bool] = {name: True for name in SWITCHES}
        self.edition, self.licences = edition, licences
        self._org_cache: Optional[Tuple[str, int]] = None
        self.fixed_allowance: Optional[int] = None
        self.reset()
        self.configure(enabled)

    # -- configuration ------------------------------------------------------------------------
    def configure(self, enabled: Any = None, edition: Optional[str] = None, licences: Optional[int] = None,
                  allowance: Optional[int] = None, used: Optional[int] = None, **switches: bool) -> None:
        """``enabled``: True/False for all, or a mapping name -> bool; keywords switch single limits.
        ``allowance`` replaces the edition's credits per 24 h (as add-on credits would); ``used`` starts
        the window with that many credits spent now (to test the last stretch of a day)."""
        if isinstance(enabled, bool):
            self.on = {name: enabled for name in SWITCHES}
        elif isinstance(enabled, dict):
            switches = {**enabled, **switches}
        elif isinstance(enabled, str):
            if enabled not in ("on", "off"):
                raise ValueError("limits must be 'on' or 'off'")
            self.on = {name: enabled == "on" for name in SWITCHES}
        for name, value in switches.items():
            if name not in SWITCHES:
                raise ValueError(f"unknown limit {name!r} (known: {', '.join(SWITCHES)})")
            self.on[name] = bool(value)
        if edition is not None:
            if edition.lower() not in EDITIONS:
                raise ValueError(f"unknown edition {edition!r} (known: {', '.join(EDITIONS)})")
            self.edition = edition.lower()
        if licences is not None:
            self.licences = max(1, int(licences))
        if allowance is not None:
            self.fixed_allowance = max(0, int(allowance))
        if used is not None:
            with self._lock:
                self._spent = collections.deque([(self.app.now(), max(0, int(used)))])
                self.used = max(0, int(used))
        self._org_cache = None

    def reset(self) -> None:
        with self._lock:
            self._spent: collections.deque = collections.deque()  # (time, credits)
            self.used = 0
            self.in_flight: Dict[Tuple[str, str], int] = {}
            self.heavy_in_flight: Dict[Tuple[str, str], int] = {}
            self.peak: Dict[Tuple[str, str], int] = {}
            self._windows: Dict[str, collections.deque] = {}

    def throttled(self, switch: str, key: str, most: int, period: float) -> bool:
        """Count one event in ``key``'s sliding window of ``period`` seconds; True (and not counted)
        when ``most`` events already happened in it. Used by the Accounts throttles and downloads."""
        if not self.on[switch]:
            return False
        now = self.app.now()
        with self._lock:
            window = self._windows.setdefault(key, collections.deque())
            while window and window[0] <= now - period:
                window.popleft()
            if len(window) >= most:
                return True
            window.append(now)
            return False

    def _org(self) -> Tuple[str, int]:
        if self._org_cache is None:
            self._org_cache = self._read_org()
        return self._org_cache

    def _read_org(self) -> Tuple[str, int]:
        details = self.app.catalog.org().get("license_details") or {}
        edition = self.edition or str(details.get("paid_type") or details.get("trial_type") or "free")
        licences = self.licences or int(details.get("users_license_purchased") or 1)
        edition = edition.lower().replace(" ", "").replace("_", "")
        return (edition if edition in EDITIONS else "enterprise"), licences

    def allowance(self) -> Optional[int]:
        return self.fixed_allowance if self.fixed_allowance is not None else edition_allowance(*self._org())

    def concurrency(self) -> int:
        return EDITIONS[self._org()[0]].concurrency

    # -- one call -----------------------------------------------------------------------------
    def acquire(self, who: Tuple[str, str], service: str, action: str, req: Request) -> "Admission":
        """Charge the call's credits and take a concurrency slot (and a heavy-call slot) for it, or raise
        429; `release` gives the slots back. The admission carries the headers for the answer
        (``X-API-CREDITS-REMAINING`` once half the allowance is used)."""
        on = self.on
        is_heavy = on["sub_concurrency"] and heavy(service, action, req)
        budget = self.allowance() if on["credits"] else None
        price = cost(service, action, req) if budget is not None else 0
        limit = self.concurrency() if on["concurrency"] else None
        headers: List[Tuple[str, str]] = []
        with self._lock:
            count = self.in_flight.get(who, 0)
            if limit is not None and count >= limit:
                raise errors.concurrency_exceeded(limit)
            if is_heavy and self.heavy_in_flight.get(who, 0) >= SUB_CONCURRENCY:
                raise errors.concurrency_exceeded(SUB_CONCURRENCY)
            if budget is not None:
                now, spent = self.app.now(), self._spent
                while spent and spent[0][0] <= now - WINDOW:
                    self.used -= spent.popleft()[1]
                if self.used + price > budget:
                    raise errors.credits_exhausted(max(0, budget - self.used))
                spent.append((now, price))
                self.used += price
                if self.used * 2 >= budget:
                    headers.append(("X-API-CREDITS-REMAINING", str(budget - self.used)))
            self.in_flight[who] = count + 1
            if count + 1 > self.peak.get(who, 0):
                self.peak[who] = count + 1
            if is_heavy:
                self.heavy_in_flight[who] = self.heavy_in_flight.get(who, 0) + 1
        return Admission(who, is_heavy, headers)

    def release(self, admission: "Admission") -> None:
        with self._lock:
            self.in_flight[admission.who] -= 1
            if admission.heavy:
                self.heavy_in_flight[admission.who] -= 1

    def snapshot(self) -> Dict[str, Any]:
        edition, licences = self._org()
        budget = self.allowance()
        with self._lock:
            return {"switches": dict(self.on), "edition": edition, "licences": licences,
                    "credits": {"allowance": budget, "used": self.used,
                                "remaining": None if budget is None else budget - self.used},
                    "concurrency": {"limit": EDITIONS[edition].concurrency, "sub_limit": SUB_CONCURRENCY,
                                    "in_flight": sum(self.in_flight.values()),
                                    "peak": max(self.peak.values(), default=0)}}
