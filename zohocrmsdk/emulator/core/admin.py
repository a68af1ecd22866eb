"""The admin API, in one place: the Python methods tests call and their HTTP form under ``/__emulator__/``.

`AdminAPI` works on ``self.app``; the app itself and, through `AdminHandle`, `testing.Emulator` (the
context manager and the pytest fixture) and `interception.intercept` inherit it, so each control exists once. They
differ only in `default_api_domain` (the ``api_domain`` a minted token names).
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from . import errors
from .faults import Fault
from .routing import Route
from .state import Kind
from .wire import Request, Response, json_response

PREFIX = "/__emulator__/"
_AUTH_KINDS = (Kind.CLIENT, Kind.CODE, Kind.REFRESH, Kind.ACCESS)


class AdminAPI:
    app: Any

    def default_api_domain(self) -> str:
        return ""

    def grant_code(self, client_id: str, client_secret: str, redirect_uri: Optional[str] = None,
                   scopes: Any = None) -> str:
        """Register the client if new and issue a single-use grant code for it, carrying ``scopes``
        (a list or Zoho's comma-separated ``scope`` text; default: `core.scopes.DEFAULT_SCOPES`)."""
        return self.app.accounts.grant_code(client_id, client_secret, redirect_uri, scopes=scopes)

    def mint_tokens(self, client_id: str = "1000.EMULATOR", client_secret: str = "secret",
                    api_domain: Optional[str] = None, scopes: Any = None) -> Dict[str, Any]:
        """Issue a refresh + access token directly (Zoho's token JSON)."""
        return self.app.accounts.mint_tokens(client_id, client_secret, api_domain or self.default_api_domain(),
                                             scopes)

    def advance(self, seconds: float) -> float:
        """Move the emulator's clock forward (token expiry, code validity, limit windows, job delays)."""
        if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
            raise ValueError("seconds must be a number >= 0")
        self.app.clock_offset += float(seconds)
        return self.app.now()

    def configure_limits(self, enabled: Any = None, edition: Optional[str] = None, licences: Optional[int] = None,
                         allowance: Optional[int] = None, used: Optional[int] = None,
                         **switches: bool) -> Dict[str, Any]:
        """Turn limits on or off (all: ``enabled=False``; one: ``credits=False``), set the edition, licences,
        a credit allowance of its own, or the credits already spent (see `core.limits.Limits.configure`)."""
        self.app.limits.configure(enabled, edition, licences, allowance, used, **switches)
        return self.limits_status()

    def limits_status(self) -> Dict[str, Any]:
        """Switches, edition, credits used and remaining, concurrency in flight and its peak, unchecked scopes."""
        from .scopes import unchecked
        out = self.app.limits.snapshot()
        out["scopes"] = {"unchecked": unchecked((r.method, r.template) for r in self.app.routes.routes if r.auth)}
        return out

    def expire_tokens(self) -> int:
        return self.app.accounts.expire_all()

    def reset(self, auth: bool = False) -> None:
        """Forget all CRM data (and, with auth=True, OAuth clients and tokens too)."""
        app = self.app
        with app.state.tx():
            keep = [] if auth else [(k, key, d) for k in _AUTH_KINDS for key, d in app.state.list_docs(k)]
            app.state.wipe()
            app.state.put_doc(Kind.META, "secret", app.secret.decode())
            for kind, key, doc in keep:
                app.state.put_doc(kind, key, doc)
        app.stats.reset()
        app.faults.clear()
        app.request_log.clear()
        app.limits.reset()  # a fresh org: its credit window and throttles start empty

    def seed(self) -> Dict[str, int]:
        """Load a few sample accounts, contacts, leads and deals."""
        return self.app.records.seed()

    def purge_recycle_bin(self) -> int:
        return self.app.records.purge_recycle_bin()

    def add_fault(self, kind: str, path: str = "*", method: str = "*", count: Optional[int] = None,
                  delay: float = 0.0, retry_after: int = 1) -> Fault:
        return self.app.faults.add(kind, path, method, count, delay, retry_after)

    def clear_faults(self) -> None:
        self.app.faults.clear()

    def recent_requests(self) -> List[Dict[str, Any]]:
        """The app's last requests, oldest first (admin and console calls left out; tokens masked)."""
        return self.app.request_log.entries()

    def token_requests(self, grant_type: str) -> int:
        return self.app.stats.snapshot()["token_requests"].get(grant_type, 0)


class AdminHandle(AdminAPI):
    """`AdminAPI` for objects that hold an app (the test context manager, intercept mode)."""

    def stats(self) -> Dict[str, Any]:
        return self.app.stats.snapshot()


class AdminResponses:
    """The HTTP form of `AdminAPI` (no access token: it is the tester's door; the server adds the Host
    check and, beyond loopback, the admin token). Every call goes through `call`."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def call(self, req: Request, op: str) -> Response:
        """A request that changes state must declare a JSON body: a cross-site page can send a form or
        text/plain POST without asking, but not application/json (that needs a CORS preflight, which
        is never granted: no admin answer carries CORS headers)."""
        if req.method != "GET" and not req.declares_json():
            raise errors.media_type_not_supported()
        return getattr(self, op)(req)

    def index(self, req: Request) -> Response:
        return json_response(200, {"admin_api": [{"method": r.method, "path": r.template,
                                                  "does": _DOES.get(dict(r.fixed).get("op", r.action), "")}
                                                 for r in ROUTES]})

    def grant_codes(self, req: Request) -> Response:
        body = _body(req)
        for name in ("client_id", "client_secret"):
            if not body.get(name):
                raise errors.required_param(name)
        return json_response(200, {"code": self.app.grant_code(body["client_id"], body["client_secret"],
                                                               body.get("redirect_uri"), body.get("scope"))})

    def tokens(self, req: Request) -> Response:
        body = _body(req)
        return json_response(200, self.app.mint_tokens(body.get("client_id", "1000.EMULATOR"),
                                                       body.get("client_secret", "secret"),
                                                       body.get("api_domain") or req.base_url, body.get("scope")))

    def clock(self, req: Request) -> Response:
        try:
            now = self.app.advance(_body(req).get("advance", 0))
        except ValueError as exc:
            raise errors.invalid_data(str(exc))
        return json_response(200, {"status": "success", "now": now})

    def limits(self, req: Request) -> Response:
        if req.method == "POST":
            try:
                self.app.configure_limits(**_body(req))
            except (TypeError, ValueError) as exc:
                raise errors.invalid_data(str(exc))
        return json_response(200, self.app.limits_status())

    def reset(self, req: Request) -> Response:
        self.app.reset(auth=bool(_body(req).get("auth")))
        return json_response(200, {"status": "success"})

    def seed(self, req: Request) -> Response:
        return json_response(200, {"status": "success", "created": self.app.seed()})

    def stats(self, req: Request) -> Response:
        return json_response(200, self.app.stats.snapshot())

    def expire_tokens(self, req: Request) -> Response:
        return json_response(200, {"status": "success", "expired": self.app.expire_tokens()})

    def purge_recycle_bin(self, req: Request) -> Response:
        return json_response(200, {"status": "success", "purged": self.app.purge_recycle_bin()})

    def list_faults(self, req: Request) -> Response:
        return json_response(200, {"faults": self.app.faults.list()})

    def clear_faults(self, req: Request) -> Response:
        self.app.clear_faults()
        return json_response(200, {"status": "success"})

    def add_fault(self, req: Request) -> Response:
        body = _body(req)
        try:
            fault = self.app.add_fault(**{k: body[k] for k in ("kind", "path", "method", "count", "delay",
                                                               "retry_after") if k in body})
        except (TypeError, ValueError) as exc:
            raise errors.invalid_data(str(exc))
        return json_response(200, {"status": "success", "fault": fault.describe()})


def _body(req: Request) -> Dict[str, Any]:
    body = req.json() if req.body else {}
    return body if isinstance(body, dict) else {}


def _row(method: str, op: str, action: str) -> Route:
    return Route(method, PREFIX + op, "admin", "call", name="admin", auth=False, fixed=(("op", action),))


# action -> what it does, for the index at GET /__emulator__/ (a new admin row adds its line here)
_DOES = {
    "index": "this list",
    "grant_codes": "issue a grant code: {client_id, client_secret, redirect_uri?}",
    "tokens": "mint a refresh + access token: {client_id?, client_secret?, api_domain?}",
    "reset": "forget all CRM data; {auth: true} forgets OAuth clients and tokens too",
    "seed": "load sample accounts, contacts, leads and deals",
    "stats": "request counters per route and token requests per grant type",
    "expire_tokens": "expire every access token now",
    "purge_recycle_bin": "empty the recycle bin",
    "list_faults": "the injected faults",
    "clear_faults": "remove every injected fault",
    "add_fault": "inject a fault: {kind: latency|429|drop|expire_tokens|5xx, path?, method?, count?, delay?, "
                 "retry_after?}",
}

ROUTES: List[Route] = [
    _row("GET", "", "index"),
    _row("POST", "grant-codes", "grant_codes"), _row("POST", "tokens", "tokens"),
    _row("POST", "reset", "reset"), _row("POST", "seed", "seed"), _row("GET", "stats", "stats"),
    _row("POST", "expire-tokens", "expire_tokens"), _row("POST", "purge-recycle-bin", "purge_recycle_bin"),
    _row("GET", "faults", "list_faults"), _row("DELETE", "faults", "clear_faults"), _row("POST", "faults", "add_fault"),
    _row("POST", "clock", "clock"), _row("GET", "limits", "limits"), _row("POST", "limits", "limits"),
]
