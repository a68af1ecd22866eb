"""The WSGI application: one route table, authentication, faults, statistics, the request log.

A request goes: router (``services.ROUTES`` + the admin and console rows) -> fault injection -> access
token check -> ``responses`` object of the row's service -> its backend; `handle` then writes the console's
request log (`core.requestlog`). Responses raise `ZohoError` for whole-request errors and never see WSGI;
any unexpected exception becomes Zoho's INTERNAL_ERROR JSON (logged with its traceback on the server side only).
"""
from __future__ import annotations

import logging
import secrets
import time
from typing import Any, Callable, Dict, Iterable, Optional, Tuple

from .. import console, services
from ..services.users.backend import user_ref
from . import admin, errors, faults as faults_mod, scopes
from .admin import AdminAPI
from .errors import ZohoError
from .faults import DropConnection, Faults
from .limits import Limits
from .requestlog import RequestLog
from .routing import Router
from .state import Kind, State
from .stats import Stats
from .wire import Request, Response, json_response

log = logging.getLogger("zohocrmsdk.emulator")


class EmulatorApp(AdminAPI):
    """A complete emulated Zoho Accounts + CRM v6 backend, callable as a WSGI app."""

    def __init__(self, db_path: str = ":memory:", token_ttl: float = 3600,
                 clock: Optional[Callable[[], float]] = None, job_delay: float = 0.5,
                 missing_record_status: int = 204, sleep: Optional[Callable[[float], None]] = None,
                 limits: Any = True, edition: Optional[str] = None, licences: Optional[int] = None) -> None:
        self.state = State(db_path)
        self.token_ttl = token_ttl
        self.clock = clock or time.time
        self.clock_offset = 0.0  # the admin API's ``advance`` moves every time-based rule forward
        self.sleep = sleep or time.sleep
        self.job_delay = job_delay
        self.missing_record_status = missing_record_status
        self.secret = self._load_secret()
        self.stats = Stats()
        self.faults = Faults()
        self.request_log = RequestLog()
        self.public_paths = console.PAGE_FILES  # served without the admin token (core/server.py's door)
        self.limits = Limits(self, limits, edition, licences)
        services.attach_backends(self)
        self.responses: Dict[str, Any] = dict(services.responses(self), admin=admin.AdminResponses(self),
                                              console=console.ConsoleResponses(self))
        self.routes = self._routes()

    @property
    def app(self) -> "EmulatorApp":  # AdminAPI works on self.app
        return self

    def now(self) -> float:
        return self.clock() + self.clock_offset

    def actor(self) -> Dict[str, str]:
        """Who the org's settings changes are stamped with (``created_by``/``modified_by``): the org's
        current user, whom the users service knows."""
        return user_ref()

    def _load_secret(self) -> bytes:
        # persisted so page tokens survive a restart with --db
        doc = self.state.get_doc(Kind.META, "secret")
        if doc is None:
            doc = secrets.token_hex(16)
            self.state.put_doc(Kind.META, "secret", doc)
        return doc.encode()

    def _routes(self) -> Router:
        return Router(admin.ROUTES + console.ROUTES + services.ROUTES)

    # -- serving ----------------------------------------------------------------------------
    def _token(self, req: Request) -> Optional[dict]:
        scheme, _, token = (req.header("Authorization") or "").partition(" ")
        return self.accounts.access_doc(token.strip()) if scheme == "Zoho-oauthtoken" and token.strip() else None

    def _authenticate(self, req: Request, doc: Optional[dict] = None) -> None:
        """``Authorization: Zoho-oauthtoken <token>`` with the scope the path needs, else Zoho's 401 errors.
        ``doc``: the token's document when the limits hook has just read it."""
        scheme, _, token = (req.header("Authorization") or "").partition(" ")
        if scheme != "Zoho-oauthtoken" or not token.strip():
            raise errors.authentication_failure()
        doc = doc or self.accounts.access_doc(token.strip())
        if doc is None:
            raise errors.invalid_token()
        if self.limits.on["scopes"] and not scopes.allows(doc.get("scopes") or scopes.DEFAULT_SCOPES,
                                                          req.method, req.path):
            raise errors.scope_mismatch()

    def dispatch(self, req: Request) -> Tuple[str, Response]:
        label = "unknown"
        try:
            found, path_hit = self.routes.match(req.method, req.path)
            if found is not None:
                label = found.route.label
                # the one limits hook: a call with a live token spends credits and holds a concurrency slot
                token = self._token(req) if found.route.auth else None
                if token is not None:
                    admission = self.limits.acquire((token.get("user_id", ""), token["client_id"]),
                                                    found.route.service, found.route.action, req)
                    try:
                        response = self._serve(req, found, path_hit, token)
                    finally:
                        self.limits.release(admission)
                    response.headers.extend(admission.headers)
                    return label, response
            return label, self._serve(req, found, path_hit)
        except ZohoError as exc:  # refused by the limits
            return label, json_response(exc.status, exc.to_json(), exc.headers.items())

    def _serve(self, req: Request, found: Any, path_hit: bool, token: Optional[dict] = None) -> Response:
        try:
            if not req.path.startswith(admin.PREFIX):
                fired = self.faults.take(req.method, req.path)
                if fired:
                    token = None  # a fault may expire tokens (or wait while others do): read the token again
                    faults_mod.apply(self, fired)
            if found is None:
                raise errors.invalid_method() if path_hit else errors.invalid_url()
            route, params = found.route, found.params
            if route.auth:
                self._authenticate(req, token)
            for name in found.modules:
                params[name] = self.catalog.record_module(params[name])
            if route.fixed:
                params.update(route.fixed)
            return getattr(self.responses[route.service], route.action)(req, **params)
        except ZohoError as exc:
            return json_response(exc.status, exc.to_json(), exc.headers.items())
        except DropConnection:
            raise
        except Exception:  # the wire never sees a traceback
            log.exception("internal error on %s %s", req.method, req.path)
            exc = errors.internal_error()
            return json_response(exc.status, exc.to_json())

    def handle(self, req: Request) -> Response:
        started = time.perf_counter()
        try:
            label, response = self.dispatch(req)
        except DropConnection:
            self.request_log.record(self, req, None, started)
            raise
        self.request_log.record(self, req, response.status, started)
        self.stats.request(label, response.status)
        log.info("%s %s %s", req.method, req.path, response.status)
        return response

    def __call__(self, environ: dict, start_response: Callable[..., Any]) -> Iterable[bytes]:
        try:
            req = Request.from_environ(environ)
        except Exception:
            log.exception("unreadable request")
            req = Request(environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/"), "", {}, b"")
        response = self.handle(req)
        headers = list(response.headers) + [("Content-Length", str(len(response.body)))]
        start_response(response.status_line, headers)
        return [response.body]
